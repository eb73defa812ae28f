/**
 * A conversation's state cached in the shared store, as the conversation
 * feature writes it (api/src/conversation/conversation-state.store.ts); the
 * privacy e2e test proves no key of an erased conversation survives.
 */
export const conversationStateKey = (sessionId: string): string => `chat:state:${sessionId}`;
