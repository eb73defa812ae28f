export { PrivacyModule } from './privacy.module';
export { PrivacyService } from './privacy.service';
export { ChatRetention, type TranscriptPurge } from './chat-retention';
export { CustomerDataExport, CustomerErasureView } from './dto/privacy.dto';
