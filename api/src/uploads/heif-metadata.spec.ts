import { heic } from '../../test/support/uploads';
import { HeifParseError, stripHeifMetadata } from './heif-metadata';

const EXIF = Buffer.concat([
  Buffer.from([0, 0, 0, 6]),
  Buffer.from('Exif\0\0MM\0*GPSLatitude=48N51 Artist=Claire Martin', 'latin1'),
]);

describe('stripHeifMetadata', () => {
  it('blanks the EXIF item (GPS position included) and keeps the image bytes', () => {
    const photo = heic(640, 480, 4096, EXIF);
    expect(photo.includes('GPSLatitude')).toBe(true);
    const clean = stripHeifMetadata(photo);
    expect(clean.length).toBe(photo.length);
    expect(clean.includes('GPSLatitude')).toBe(false);
    expect(clean.includes('Claire Martin')).toBe(false);
    // Everything but the EXIF extent is untouched.
    const exifAt = photo.indexOf(EXIF);
    expect(clean.subarray(0, exifAt).equals(photo.subarray(0, exifAt))).toBe(true);
    expect(clean.subarray(exifAt, exifAt + EXIF.length).every((b) => b === 0)).toBe(true);
  });

  it('cuts off whatever follows the last box', () => {
    const payload = Buffer.from('<?php system($_GET["c"]); ?>', 'latin1');
    const photo = heic(320, 240, 2048, EXIF, payload);
    const clean = stripHeifMetadata(photo);
    expect(clean.length).toBe(photo.length - payload.length);
    expect(clean.includes('<?php')).toBe(false);
  });

  it('returns a photo without metadata unchanged', () => {
    const photo = heic(320, 240, 2048);
    expect(stripHeifMetadata(photo).equals(photo)).toBe(true);
  });

  it('refuses what it cannot follow rather than keep metadata', () => {
    expect(() => stripHeifMetadata(Buffer.from('not a heif file at all'))).toThrow(HeifParseError);
    const photo = heic(320, 240, 2048, EXIF);
    const broken = Buffer.from(photo);
    broken.writeUInt32BE(0xffffff, photo.indexOf('meta') - 4); // meta box larger than the file
    expect(() => stripHeifMetadata(broken)).toThrow(HeifParseError);
  });
});
