/**
 * Whether a customer's chat session still admits its token: open, not expired,
 * on a site that is still active. The chat feature provides it; the
 * authentication step asks it for every customer request, so closing a session
 * or deactivating a site takes effect at once, not when the token expires.
 */
export abstract class CustomerSessions {
  abstract isOpen(sessionId: string, siteId: string, now?: Date): Promise<boolean>;
}
