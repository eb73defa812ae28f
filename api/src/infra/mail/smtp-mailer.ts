import { createTransport, type Transporter } from 'nodemailer';
import { Mailer, type MailMessage } from './mailer';

/** Bounded waits: a dead relay must fail a send quickly, never hang a request or a job. */
export const SMTP_TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 20_000,
  dnsTimeout: 5_000,
} as const;

/** Hands messages to an SMTP relay (SMTP_URL). */
export class SmtpMailer extends Mailer {
  readonly name = 'smtp';
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    // The URL carries host, port, TLS and credentials (nodemailer parses it); the waits are ours.
    this.transport = createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }

  close(): void {
    this.transport.close();
  }
}
