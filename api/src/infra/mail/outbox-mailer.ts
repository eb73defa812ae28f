import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { Mailer, type MailMessage } from './mailer';

/**
 * The embedded default when no SMTP relay is configured: each message is
 * written as an RFC 822 .eml file in the outbox folder, where a developer
 * (or a relay added later) can pick it up.
 */
export class OutboxMailer extends Mailer {
  readonly name = 'outbox';
  private readonly transport: Transporter;

  constructor(
    readonly outboxDir: string,
    private readonly from: string,
  ) {
    super();
    this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage): Promise<void> {
    const info = (await this.transport.sendMail({ from: this.from, ...message })) as {
      message: Buffer;
    };
    await mkdir(this.outboxDir, { recursive: true, mode: 0o700 });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
    // Written aside then renamed: whoever watches the folder never reads half a message.
    const partial = join(this.outboxDir, `.${name}.part`);
    await writeFile(partial, info.message, { mode: 0o600 });
    await rename(partial, join(this.outboxDir, name));
  }
}
