/** One e-mail to one recipient; `html` is already escaped by whoever built it. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * The outgoing e-mail port: SMTP when configured, else an outbox folder.
 * `send` rejects when the message could not be handed over; callers decide
 * whether to retry.
 */
export abstract class Mailer {
  abstract readonly name: string;
  abstract send(message: MailMessage): Promise<void>;
}
