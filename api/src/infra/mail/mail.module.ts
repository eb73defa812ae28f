import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config';
import { Mailer } from './mailer';
import { OutboxMailer } from './outbox-mailer';
import { SmtpMailer } from './smtp-mailer';

/** Chooses the mailer once, from configuration: SMTP when SMTP_URL is set, else the outbox folder. */
export function mailerFor(config: AppConfig): Mailer {
  return config.mail.smtpUrl
    ? new SmtpMailer(config.mail.smtpUrl, config.mail.from)
    : new OutboxMailer(config.mail.outboxDir, config.mail.from);
}

@Global()
@Module({
  providers: [{ provide: Mailer, inject: [AppConfig], useFactory: mailerFor }],
  exports: [Mailer],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(Mailer) private readonly mailer: Mailer) {}

  onApplicationShutdown(): void {
    // Pooled SMTP connections would keep the process alive.
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
  }
}
