/**
 * Evidence files: checked in the browser first (type and size, so the customer hears at once
 * what is wrong), then sent with XMLHttpRequest, whose upload progress fetch does not report.
 */
import type { UploadView } from './types';

const KB = 1024;
const MB = 1024 * KB;

/** The server's limits (photos 50 KB–20 MB, videos up to 100 MB); it checks them again from the bytes. */
export const UPLOAD_LIMITS = {
  photo: { min: 50 * KB, max: 20 * MB },
  video: { min: 1, max: 100 * MB },
} as const;

export type FileProblem =
  { problem: 'wrongType' } | { problem: 'tooBig'; max: string } | { problem: 'tooSmall' };

export type FileCheck = { kind: 'photo' | 'video' } | FileProblem;

export function checkFile(file: Pick<File, 'type' | 'size'>): FileCheck {
  const kind = file.type.startsWith('image/')
    ? 'photo'
    : file.type.startsWith('video/')
      ? 'video'
      : undefined;
  if (!kind) return { problem: 'wrongType' };
  const limits = UPLOAD_LIMITS[kind];
  if (file.size > limits.max) return { problem: 'tooBig', max: `${limits.max / MB} MB` };
  if (file.size < limits.min) return { problem: 'tooSmall' };
  return { kind };
}

export type UploadResult =
  | { ok: true; upload: UploadView }
  /** status 0: no answer (network); `detail` from the problem+json body when there is one. */
  | { ok: false; status: number; detail?: string };

export interface UploadRequest {
  promise: Promise<UploadResult>;
  abort(): void;
}

export function uploadFile(
  apiBase: string,
  auth: { sessionId: string; token: string },
  file: File,
  onProgress: (fraction: number) => void,
): UploadRequest {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadResult>((resolve) => {
    xhr.open('POST', `${apiBase.replace(/\/+$/, '')}/api/v1/uploads`);
    xhr.setRequestHeader('Authorization', `Bearer ${auth.token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object') {
        onProgress(1);
        resolve({ ok: true, upload: body as UploadView });
        return;
      }
      const problem = (body ?? {}) as { detail?: unknown; title?: unknown };
      const detail =
        typeof problem.detail === 'string'
          ? problem.detail
          : typeof problem.title === 'string'
            ? problem.title
            : undefined;
      resolve({ ok: false, status: xhr.status, detail });
    };
    xhr.onerror = () => resolve({ ok: false, status: 0 });
    xhr.onabort = () => resolve({ ok: false, status: 0 });
    xhr.ontimeout = () => resolve({ ok: false, status: 0 });
    const form = new FormData();
    form.append('sessionId', auth.sessionId);
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
