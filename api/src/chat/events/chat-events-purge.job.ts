import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { ChatEventsService } from './chat-events.service';

/**
 * Deletes chat events past their retention every hour (each instance; a
 * second one running at the same time finds little left to delete).
 * Its own class: ChatEventsService is also registered as ChatEvents, and the
 * scheduler would see a @Cron on it twice.
 */
@Injectable()
export class ChatEventsPurgeJob {
  private readonly logger = new Logger(ChatEventsPurgeJob.name);

  constructor(private readonly events: ChatEventsService) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'chat-events-purge', waitForCompletion: true })
  async run(): Promise<void> {
    try {
      const deleted = await this.events.purge();
      if (deleted > 0) this.logger.log(`Purged ${deleted} chat event(s) older than 7 days`);
    } catch (err) {
      this.logger.error(
        `Chat events purge failed; it runs again in an hour: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
}
