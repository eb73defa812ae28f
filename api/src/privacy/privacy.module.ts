import { Module } from '@nestjs/common';
import { ChatModule } from '../chat';
import { UploadsModule } from '../uploads';
import { ChatRetention } from './chat-retention';
import { CustomerDataReader } from './customer-data.reader';
import { CustomerFootprints } from './customer-footprints';
import { OutboxCopies } from './outbox-copies';
import { PrivacyAudit, privacyRequestsCounter } from './privacy-audit';
import { PrivacyController } from './privacy.controller';
import { PrivacyRetentionJob } from './privacy-retention.job';
import { PrivacyService } from './privacy.service';

/**
 * Customers' privacy rights (export, erasure) and the retention of
 * conversations. It reads and anonymises the other features' tables directly
 * (one transaction, docs/PRIVACY.md lists them); files go through the uploads
 * feature, the shared store and the schedule come from the application module.
 */
@Module({
  imports: [ChatModule, UploadsModule],
  controllers: [PrivacyController],
  providers: [
    PrivacyService,
    CustomerFootprints,
    CustomerDataReader,
    OutboxCopies,
    PrivacyAudit,
    privacyRequestsCounter,
    ChatRetention,
    PrivacyRetentionJob,
  ],
})
export class PrivacyModule {}
