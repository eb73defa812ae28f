import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
import sharp from 'sharp';
import { MAX_PHOTO_PIXELS, reencodedMime } from './domain/upload-policy';

// Every image here comes from a stranger: nothing of it is worth keeping in libvips' cache.
sharp.cache(false);

/**
 * Decoding refuses anything over the pixel limit (a second line behind the
 * header check) and fails on corrupt data rather than guessing.
 */
const DECODE_OPTIONS: sharp.SharpOptions = {
  limitInputPixels: MAX_PHOTO_PIXELS,
  failOn: 'error',
};

const REENCODE_TIMEOUT_SECONDS = 60;

/** The type the bytes say they are (magic numbers), or undefined for anything unrecognised. */
export async function sniffMimeType(path: string): Promise<string | undefined> {
  return (await fileTypeFromFile(path))?.mime;
}

export interface PhotoHeader {
  /** libvips' loader name: jpeg, png, webp, heif. */
  format: string;
  width: number;
  height: number;
  /** For HEIF: hevc (HEIC) or av1. */
  compression?: string;
}

/** Dimensions as the header states them, without decoding the pixels; null when unreadable. */
export async function readPhotoHeader(path: string): Promise<PhotoHeader | null> {
  try {
    // Only the header is read: no pixel limit here, so a bomb is measured, then refused.
    const meta = await sharp(path, { limitInputPixels: false, failOn: 'error' }).metadata();
    if (meta.width === undefined || meta.height === undefined) return null;
    return {
      format: meta.format,
      width: meta.autoOrient?.width ?? meta.width,
      height: meta.autoOrient?.height ?? meta.height,
      compression: meta.compression,
    };
  } catch {
    return null;
  }
}

/** The format libvips reports for each accepted photo type. */
export const PHOTO_FORMATS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heif',
  'image/heif': 'heif',
};

/**
 * Decodes the photo and writes a fresh one to `target`: upright (EXIF
 * orientation applied), without any metadata (EXIF, GPS, XMP, ICC, comments)
 * and without whatever followed the image data in the file.
 */
export async function reencodePhoto(
  source: string,
  target: string,
  mime: string,
): Promise<{ mimeType: string; width: number; height: number }> {
  const mimeType = reencodedMime(mime);
  const image = sharp(source, DECODE_OPTIONS)
    .rotate()
    .timeout({ seconds: REENCODE_TIMEOUT_SECONDS });
  if (mimeType === 'image/png') image.png({ compressionLevel: 9 });
  else if (mimeType === 'image/webp') image.webp({ quality: 85 });
  else image.jpeg({ quality: 85 });
  const info = await image.toFile(target);
  return { mimeType, width: info.width, height: info.height };
}

/** Hex SHA-256 of a file, streamed. */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
