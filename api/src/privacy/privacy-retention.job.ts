import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { ChatRetention } from './chat-retention';

/**
 * Purges the transcripts past CHAT_RETENTION_DAYS every night (each instance;
 * batches skip the conversations another one holds). Retention counts in days,
 * so once a day is enough, at an hour when conversations are few.
 */
@Injectable()
export class PrivacyRetentionJob {
  private readonly logger = new Logger(PrivacyRetentionJob.name);

  constructor(private readonly retention: ChatRetention) {}

  @Cron(CronExpression.EVERY_DAY_AT_3AM, { name: 'privacy-retention', waitForCompletion: true })
  async run(): Promise<void> {
    try {
      const { conversations, messages } = await this.retention.purge(new Date());
      if (conversations > 0) {
        this.logger.log(
          `Purged the transcripts of ${conversations} conversation(s) (${messages} message(s))`,
        );
      }
    } catch (err) {
      this.logger.error({ err }, 'Transcript retention failed; it runs again tomorrow');
    }
  }
}
