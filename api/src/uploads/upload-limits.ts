import { join } from 'node:path';
import type { AppConfig } from '../config';
import { PHOTO_MAX_BYTES, PHOTO_MIN_BYTES, VIDEO_MAX_BYTES } from '../sav';
import type { UploadSizeLimits } from './domain/upload-policy';

const MB = 1024 * 1024;

/** Spec §5 for photos and videos (binary units, as there); invoices and delivery notes up to 20 MB. */
export const UPLOAD_SIZE_LIMITS: UploadSizeLimits = {
  photo: { min: PHOTO_MIN_BYTES, max: PHOTO_MAX_BYTES },
  video: { min: 1, max: VIDEO_MAX_BYTES },
  document: { min: 1, max: 20 * MB },
};

/** What multer will read of one request: one file no bigger than the largest kind, a few fields. */
export const MULTIPART_LIMITS = {
  fileSize: VIDEO_MAX_BYTES,
  files: 1,
  fields: 5,
  parts: 8,
  fieldSize: 1024,
} as const;

/** Where multer streams a request's file while it is checked; nothing stays there. */
export function uploadTempDir(config: AppConfig): string {
  return join(config.dataDir, 'tmp', 'uploads');
}
