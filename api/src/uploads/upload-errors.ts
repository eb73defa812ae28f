import { DomainError } from '../common/problem/domain-error';

/** The chat session already holds as many files, or as many bytes, as it may. */
export class UploadQuotaExceededError extends DomainError {
  readonly status = 409;
  readonly slug = 'upload-quota-exceeded';
  readonly title = 'Upload quota exceeded';
}
