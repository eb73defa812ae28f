import fc from 'fast-check';
import {
  acceptedType,
  checkDimensions,
  checkFile,
  checkQuota,
  contentDisposition,
  MAX_PHOTO_PIXELS,
  purgeCutoffs,
  readVerdict,
  reencodedMime,
  type ScanStatus,
  storageKey,
  type UploadSizeLimits,
} from './upload-policy';

const KB = 1024;
const MB = 1024 * KB;
const LIMITS: UploadSizeLimits = {
  photo: { min: 50 * KB, max: 20 * MB },
  video: { min: 1, max: 100 * MB },
  document: { min: 1, max: 20 * MB },
};

describe('checkFile: type from the bytes, then the size range of its kind', () => {
  it.each([
    ['image/jpeg', 2 * MB, 'photo'],
    ['image/png', 50 * KB, 'photo'],
    ['image/webp', 20 * MB, 'photo'],
    ['image/heic', 3 * MB, 'photo'],
    ['image/heif', 3 * MB, 'photo'],
    ['video/mp4', 100 * MB, 'video'],
    ['video/quicktime', 1, 'video'],
    ['application/pdf', 20 * MB, 'document'],
  ])('accepts %s of %i bytes as a %s', (mime, size, kind) => {
    expect(checkFile(mime, size, LIMITS)).toEqual({
      ok: true,
      type: expect.objectContaining({ kind }),
    });
  });

  it.each([
    [undefined],
    ['image/gif'],
    ['image/avif'],
    ['image/svg+xml'],
    ['text/html'],
    ['application/x-php'],
    ['application/zip'],
    ['video/x-msvideo'],
    ['constructor'],
    ['__proto__'],
  ])('refuses %s as an unsupported type', (mime) => {
    expect(checkFile(mime, 1 * MB, LIMITS)).toEqual({ ok: false, reason: 'unsupported-type' });
  });

  it.each([
    ['image/jpeg', 20 * MB + 1, 'too-large', 20 * MB],
    ['image/jpeg', 50 * KB - 1, 'too-small', 50 * KB],
    ['video/mp4', 100 * MB + 1, 'too-large', 100 * MB],
    ['video/mp4', 0, 'too-small', 1],
    ['application/pdf', 20 * MB + 1, 'too-large', 20 * MB],
    ['image/png', Number.NaN, 'too-large', 20 * MB],
  ])('refuses %s of %d bytes: %s (limit %d)', (mime, size, reason, limit) => {
    expect(checkFile(mime, size, LIMITS)).toMatchObject({ ok: false, reason, limit });
  });

  it('never accepts a size outside its range, whatever the type', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -1, max: 200 * MB }), (mime, size) => {
        const verdict = checkFile(mime, size, LIMITS);
        if (!verdict.ok) return true;
        const range = LIMITS[verdict.type.kind];
        return size >= range.min && size <= range.max && acceptedType(mime) !== null;
      }),
    );
  });
});

describe('checkDimensions: decompression bombs are refused from the header', () => {
  it.each([
    [4000, 3000],
    [8000, 6000],
    [12_000, 4000],
    [1, 1],
  ])('accepts %i × %i', (w, h) => expect(checkDimensions(w, h)).toEqual({ ok: true }));

  it.each([
    [20_000, 20_000, 'side-too-long'],
    [12_001, 100, 'side-too-long'],
    [100, 12_001, 'side-too-long'],
    [8000, 7000, 'too-many-pixels'],
    [0, 100, 'unreadable'],
    [Number.NaN, 100, 'unreadable'],
    [undefined, 100, 'unreadable'],
    [1.5, 100, 'unreadable'],
  ])('refuses %s × %s: %s', (w, h, reason) =>
    expect(checkDimensions(w, h)).toEqual({ ok: false, reason }),
  );

  it('never accepts more than the pixel limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        (w, h) => (checkDimensions(w, h).ok ? w * h <= MAX_PHOTO_PIXELS : true),
      ),
    );
  });
});

describe('checkQuota: per chat session, in files and bytes', () => {
  const quota = { maxFiles: 3, maxBytes: 10 * MB };

  it.each([
    [{ files: 0, bytes: 0 }, 10 * MB, { ok: true }],
    [{ files: 2, bytes: 9 * MB }, 1 * MB, { ok: true }],
    [{ files: 3, bytes: 0 }, 1, { ok: false, exceeded: 'files' }],
    [{ files: 2, bytes: 9 * MB }, 1 * MB + 1, { ok: false, exceeded: 'bytes' }],
    [{ files: 0, bytes: 0 }, 10 * MB + 1, { ok: false, exceeded: 'bytes' }],
  ])('with %o used, a file of %i bytes: %o', (usage, incoming, verdict) => {
    expect(checkQuota(usage, incoming, quota)).toEqual(verdict);
  });

  it('never lets the total go over either limit', () => {
    fc.assert(
      fc.property(
        fc.nat(10),
        fc.nat(20 * MB),
        fc.nat(20 * MB),
        (files, bytes, incoming) =>
          !checkQuota({ files, bytes }, incoming, quota).ok ||
          (files + 1 <= quota.maxFiles && bytes + incoming <= quota.maxBytes),
      ),
    );
  });
});

describe('reencodedMime', () => {
  it.each([
    ['image/jpeg', 'image/jpeg'],
    ['image/png', 'image/png'],
    ['image/webp', 'image/webp'],
    ['image/heic', 'image/jpeg'],
    ['image/heif', 'image/jpeg'],
  ])('%s is stored as %s', (from, to) => expect(reencodedMime(from)).toBe(to));
});

describe('storageKey', () => {
  const id = '3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b';

  it('is uploads/<yyyy>/<mm>/<id> in UTC', () => {
    expect(storageKey(id, new Date('2026-01-31T23:30:00-02:00'))).toBe(`uploads/2026/02/${id}`);
  });

  it.each(['../../etc/passwd', 'photo.jpg', id.toUpperCase(), ''])('refuses %j as an id', (bad) => {
    expect(() => storageKey(bad, new Date())).toThrow();
  });
});

describe('contentDisposition: a generated name, inline for images browsers show', () => {
  const id = '3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b';

  it.each([
    ['image/jpeg', `inline; filename="upload-${id}.jpg"`],
    ['image/webp', `inline; filename="upload-${id}.webp"`],
    ['image/heic', `attachment; filename="upload-${id}.heic"`],
    ['video/mp4', `attachment; filename="upload-${id}.mp4"`],
    ['application/pdf', `attachment; filename="upload-${id}.pdf"`],
    ['text/html', `attachment; filename="upload-${id}.bin"`],
  ])('%s → %s', (mime, header) => expect(contentDisposition(id, mime)).toBe(header));

  it('keeps nothing but id characters in the name', () => {
    expect(contentDisposition('a"; x=1\r\n', 'image/png')).toBe('inline; filename="upload-a1.png"');
  });
});

describe('readVerdict', () => {
  const own = 'session-a';
  const file = (scanStatus: ScanStatus, sessionId: string | null = own) => ({
    sessionId,
    scanStatus,
  });

  it.each<[ScanStatus, string, string]>([
    ['clean', 'allowed', 'allowed'],
    ['unscanned', 'allowed', 'allowed'],
    ['pending', 'hidden', 'allowed'],
    ['error', 'hidden', 'allowed'],
    ['infected', 'gone', 'gone'],
  ])('a %s file: owner %s, staff %s', (status, owner, staff) => {
    expect(readVerdict({ kind: 'customer', sessionId: own }, file(status))).toBe(owner);
    expect(readVerdict({ kind: 'staff' }, file(status))).toBe(staff);
  });

  it.each<ScanStatus>(['clean', 'infected', 'error'])(
    "hides another session's %s file, and a staff-only one, from a customer",
    (status) => {
      expect(readVerdict({ kind: 'customer', sessionId: own }, file(status, 'session-b'))).toBe(
        'hidden',
      );
      expect(readVerdict({ kind: 'customer', sessionId: own }, file(status, null))).toBe('hidden');
    },
  );
});

describe('purgeCutoffs', () => {
  it('drops orphans after 24 h and everything after the retention period', () => {
    const now = new Date('2026-06-15T12:00:00Z');
    expect(purgeCutoffs(now, 730)).toEqual({
      orphansBefore: new Date('2026-06-14T12:00:00Z'),
      allBefore: new Date('2024-06-15T12:00:00Z'),
    });
  });
});
