import { makeCounterProvider } from '@willsoto/nestjs-prometheus';

export const UPLOADS_METRIC = 'uploads_total';
export const UPLOAD_REJECTIONS_METRIC = 'upload_rejections_total';

/** Why the service refused a file; multer's own 100 MB cap answers before it and is not counted. */
export type UploadRejection =
  | 'unsupported_type'
  | 'too_large'
  | 'too_small'
  | 'unreadable_photo'
  | 'photo_too_large'
  | 'undecodable_photo'
  | 'quota_exceeded';

export const uploadsCounter = makeCounterProvider({
  name: UPLOADS_METRIC,
  help: 'Evidence files stored, by kind (photo, video, document) and virus scan result',
  labelNames: ['kind', 'scan_status'],
});

export const uploadRejectionsCounter = makeCounterProvider({
  name: UPLOAD_REJECTIONS_METRIC,
  help: 'Evidence files refused by their content or the session quota, by reason',
  labelNames: ['reason'],
});
