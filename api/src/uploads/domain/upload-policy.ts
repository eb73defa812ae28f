/**
 * What an uploaded file may be, how big, who may read it back and when it is
 * purged. Pure rules: the upload pipeline sniffs the bytes and measures; these
 * functions decide.
 */

export const UPLOAD_KINDS = ['photo', 'video', 'document'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** `pending` until the scanner answers; `error` when it could not (kept, staff only). */
export const SCAN_STATUSES = ['pending', 'clean', 'infected', 'unscanned', 'error'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

export interface AcceptedType {
  mime: string;
  kind: UploadKind;
  /** For the generated download name only. */
  extension: string;
}

/** Types are recognised from the bytes (magic numbers), never from a name or a declared type. */
const ACCEPTED: Readonly<Record<string, AcceptedType>> = Object.fromEntries(
  (
    [
      ['image/jpeg', 'photo', 'jpg'],
      ['image/png', 'photo', 'png'],
      ['image/webp', 'photo', 'webp'],
      ['image/heic', 'photo', 'heic'],
      // The HEIF container that HEIC photos come in, as some phones brand it.
      ['image/heif', 'photo', 'heif'],
      ['video/mp4', 'video', 'mp4'],
      // MOV.
      ['video/quicktime', 'video', 'mov'],
      // Invoices and delivery notes.
      ['application/pdf', 'document', 'pdf'],
    ] as const
  ).map(([mime, kind, extension]) => [mime, { mime, kind, extension }]),
);

export function acceptedType(mime: string | undefined): AcceptedType | null {
  return (mime !== undefined && Object.hasOwn(ACCEPTED, mime) && ACCEPTED[mime]) || null;
}

export interface SizeRange {
  /** Inclusive. */
  min: number;
  /** Inclusive. */
  max: number;
}
export type UploadSizeLimits = Readonly<Record<UploadKind, SizeRange>>;

export type FileVerdict =
  | { ok: true; type: AcceptedType }
  | { ok: false; reason: 'unsupported-type' }
  | { ok: false; reason: 'too-large' | 'too-small'; kind: UploadKind; limit: number };

/** Type first (anything unrecognised is refused), then the size range of its kind. */
export function checkFile(
  detectedMime: string | undefined,
  size: number,
  limits: UploadSizeLimits,
): FileVerdict {
  const type = acceptedType(detectedMime);
  if (!type) return { ok: false, reason: 'unsupported-type' };
  const range = limits[type.kind];
  if (!Number.isFinite(size) || size > range.max) {
    return { ok: false, reason: 'too-large', kind: type.kind, limit: range.max };
  }
  if (size < range.min)
    return { ok: false, reason: 'too-small', kind: type.kind, limit: range.min };
  return { ok: true, type };
}

/** Beyond this a photo is a decompression bomb, not evidence (a 48 MP phone photo passes). */
export const MAX_PHOTO_PIXELS = 50_000_000;
export const MAX_PHOTO_SIDE = 12_000;

export type DimensionsVerdict =
  { ok: true } | { ok: false; reason: 'unreadable' | 'too-many-pixels' | 'side-too-long' };

/** Read from the header, before anything is decoded. */
export function checkDimensions(width: unknown, height: unknown): DimensionsVerdict {
  if (
    typeof width !== 'number' ||
    typeof height !== 'number' ||
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 1 ||
    height < 1
  ) {
    return { ok: false, reason: 'unreadable' };
  }
  if (width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE)
    return { ok: false, reason: 'side-too-long' };
  if (width * height > MAX_PHOTO_PIXELS) return { ok: false, reason: 'too-many-pixels' };
  return { ok: true };
}

/**
 * What a photo is stored as once re-encoded: the same format, except HEIC/HEIF,
 * which becomes JPEG (browsers cannot show HEIC).
 */
export function reencodedMime(mime: string): 'image/jpeg' | 'image/png' | 'image/webp' {
  if (mime === 'image/png') return 'image/png';
  if (mime === 'image/webp') return 'image/webp';
  return 'image/jpeg';
}

export interface QuotaUsage {
  files: number;
  bytes: number;
}
export interface SessionQuota {
  maxFiles: number;
  maxBytes: number;
}
export type QuotaVerdict = { ok: true } | { ok: false; exceeded: 'files' | 'bytes' };

/** Whether one more file of `incomingBytes` fits in what the session has already used. */
export function checkQuota(
  usage: QuotaUsage,
  incomingBytes: number,
  quota: SessionQuota,
): QuotaVerdict {
  if (usage.files + 1 > quota.maxFiles) return { ok: false, exceeded: 'files' };
  if (usage.bytes + incomingBytes > quota.maxBytes) return { ok: false, exceeded: 'bytes' };
  return { ok: true };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `uploads/<yyyy>/<mm>/<id>` (UTC): random, never derived from what the client sent. */
export function storageKey(id: string, now: Date): string {
  if (!UUID.test(id)) throw new Error('An upload id is a lower-case UUID');
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `uploads/${now.getUTCFullYear()}/${month}/${id}`;
}

/** Browsers show these themselves; everything else is downloaded, never rendered. */
const INLINE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];

/** The `Content-Disposition` of a download: a generated name, the client's is never echoed. */
export function contentDisposition(id: string, mime: string): string {
  const extension = acceptedType(mime)?.extension ?? 'bin';
  const mode = INLINE_TYPES.includes(mime) ? 'inline' : 'attachment';
  return `${mode}; filename="upload-${id.replace(/[^0-9a-f-]/g, '')}.${extension}"`;
}

export type Reader = { kind: 'staff' } | { kind: 'customer'; sessionId: string };
export type ReadVerdict = 'allowed' | 'hidden' | 'gone';

/**
 * Staff read anything not quarantined. A customer reads only their session's
 * files once scanned clean (or when no scanner is configured); another
 * session's file is `hidden`, as if it did not exist.
 */
export function readVerdict(
  reader: Reader,
  upload: { sessionId: string | null; scanStatus: ScanStatus },
): ReadVerdict {
  if (reader.kind === 'customer' && upload.sessionId !== reader.sessionId) return 'hidden';
  if (upload.scanStatus === 'infected') return 'gone';
  if (reader.kind === 'staff') return 'allowed';
  return upload.scanStatus === 'clean' || upload.scanStatus === 'unscanned' ? 'allowed' : 'hidden';
}

const HOUR = 3_600_000;
/** A file sent in a chat that never became part of a claim is dropped after a day. */
export const ORPHAN_TTL_HOURS = 24;

/** Files created before `orphansBefore` with no ticket, and any before `allBefore`, are purged. */
export function purgeCutoffs(
  now: Date,
  retentionDays: number,
): { orphansBefore: Date; allBefore: Date } {
  return {
    orphansBefore: new Date(now.getTime() - ORPHAN_TTL_HOURS * HOUR),
    allBefore: new Date(now.getTime() - retentionDays * 24 * HOUR),
  };
}
