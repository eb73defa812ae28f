import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { UploadsService } from './uploads.service';

/** Runs the uploads purge every hour (each instance; batches skip rows another one holds). */
@Injectable()
export class UploadsPurgeJob {
  private readonly logger = new Logger(UploadsPurgeJob.name);

  constructor(private readonly uploads: UploadsService) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'uploads-purge', waitForCompletion: true })
  async run(): Promise<void> {
    try {
      const { deleted } = await this.uploads.purge(new Date());
      if (deleted > 0) this.logger.log(`Purged ${deleted} upload(s)`);
    } catch (err) {
      this.logger.error({ err }, 'Uploads purge failed; it runs again in an hour');
    }
  }
}
