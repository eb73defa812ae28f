export { UploadsModule } from './uploads.module';
export { UploadsService, type ReceivedFile, type UploadDownload } from './uploads.service';
export { UploadEntity } from './entities/upload.entity';
export {
  SCAN_STATUSES,
  type ScanStatus,
  UPLOAD_KINDS,
  type UploadKind,
} from './domain/upload-policy';
export { UploadDetailView, UploadView } from './dto/upload.dto';
