export { Mailer, type MailMessage } from './mailer';
export { SmtpMailer, SMTP_TIMEOUTS } from './smtp-mailer';
export { OutboxMailer } from './outbox-mailer';
export { MailModule, mailerFor } from './mail.module';
