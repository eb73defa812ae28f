import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import request from 'supertest';
import type { OpenChat } from './chat';
import type { TestApp } from './test-app';

/** Evidence fixtures, generated: no binary file in the repository. */

/** Random pixels compress badly: a few hundred KB, over the 50 KB minimum of a photo. */
function noise(width: number, height: number): sharp.Sharp {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });
}

export function jpeg(width = 640, height = 480): Promise<Buffer> {
  return noise(width, height).jpeg({ quality: 90 }).toBuffer();
}

/** Photos uploaded into a chat session as its widget sends them; their ids, in order. */
export async function uploadPhotos(t: TestApp, chat: OpenChat, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await request(t.app.getHttpServer())
      .post('/api/v1/uploads')
      .set(chat.auth)
      .field('sessionId', chat.sessionId)
      .attach('file', await jpeg(), { filename: 'photo.jpg', contentType: 'image/jpeg' })
      .expect(201);
    ids.push((res.body as { id: string }).id);
  }
  return ids;
}

export function png(width = 400, height = 300): Promise<Buffer> {
  return noise(width, height).png().toBuffer();
}

export function jpegWithGps(): Promise<Buffer> {
  return noise(640, 480)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Artist: 'Claire Martin' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 0/1' },
    })
    .toBuffer();
}

/** Stored 800 × 600, shown 600 × 800 (EXIF orientation 6: rotate 90° clockwise). */
export function jpegOnItsSide(): Promise<Buffer> {
  return noise(800, 600).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toBuffer();
}

/** 20,000 × 20,000 blank pixels (1.2 GB decoded) in about a megabyte of PNG. */
export function pngBomb(): Promise<Buffer> {
  return sharp({
    create: { width: 20_000, height: 20_000, channels: 3, background: '#ffffff' },
    limitInputPixels: false,
  })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

export const PHP_PAYLOAD = '<?php system($_GET["cmd"]); ?>';

export function phpScript(): Buffer {
  return Buffer.from(`${PHP_PAYLOAD}\n${'// padding\n'.repeat(6000)}`);
}

/** A PDF by its magic number, padded with random bytes. */
export function pdf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  return Buffer.concat([head, randomBytes(Math.max(0, bytes - head.length))]);
}

/** An MP4 by its `ftyp` box (brand isom), then random media data. */
export function mp4(bytes: number): Buffer {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypisom', 'latin1'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2', 'latin1'),
  ]);
  const mdat = Buffer.concat([Buffer.alloc(4), Buffer.from('mdat', 'latin1')]);
  mdat.writeUInt32BE(bytes - ftyp.length, 0);
  return Buffer.concat([ftyp, mdat, randomBytes(Math.max(0, bytes - ftyp.length - 8))]);
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const box = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body]);
};
const fullBox = (type: string, version: number, ...parts: Buffer[]) =>
  box(type, Buffer.from([version, 0, 0, 0]), ...parts);

/**
 * A HEIC container (brand heic, one HEVC-coded item with its hvcC and ispe)
 * whose coded data is random: sharp's prebuilt libvips reads its header but,
 * with no HEVC decoder, cannot decode it, exactly as with a real iPhone photo.
 */
export function heic(
  width: number,
  height: number,
  dataBytes = 60 * 1024,
  exif?: Buffer,
  appended?: Buffer,
): Buffer {
  const ftyp = box(
    'ftyp',
    Buffer.from('heic', 'latin1'),
    u32(0),
    Buffer.from('mif1heic', 'latin1'),
  );
  const hdlr = fullBox('hdlr', 0, u32(0), Buffer.from('pict', 'latin1'), Buffer.alloc(13));
  const pitm = fullBox('pitm', 0, u16(1));
  const infe = fullBox('infe', 2, u16(1), u16(0), Buffer.from('hvc1', 'latin1'), Buffer.from([0]));
  const exifInfe = fullBox(
    'infe',
    2,
    u16(2),
    u16(0),
    Buffer.from('Exif', 'latin1'),
    Buffer.from([0]),
  );
  const iinf = exif ? fullBox('iinf', 0, u16(2), infe, exifInfe) : fullBox('iinf', 0, u16(1), infe);
  const hvcC = box(
    'hvcC',
    Buffer.from([
      1, 1, 0x60, 0, 0, 0, 0x90, 0, 0, 0, 0, 0, 90, 0xf0, 0, 0xfc, 0xfd, 0xf8, 0xf8, 0, 0,
    ]),
    Buffer.from([0x0f, 0]),
  );
  const ispe = fullBox('ispe', 0, u32(width), u32(height));
  const iprp = box(
    'iprp',
    box('ipco', hvcC, ispe),
    fullBox('ipma', 0, u32(1), u16(1), Buffer.from([2, 0x81, 0x02])),
  );
  const data = randomBytes(dataBytes);
  // iloc v0: 4-byte offsets and lengths, each item in one extent (the EXIF after the image).
  const location = (id: number, offset: number, length: number) =>
    Buffer.concat([u16(id), u16(0), u16(1), u32(offset), u32(length)]);
  const meta = (offset: number) =>
    fullBox(
      'meta',
      0,
      hdlr,
      pitm,
      fullBox(
        'iloc',
        0,
        Buffer.from([0x44, 0]),
        u16(exif ? 2 : 1),
        location(1, offset, data.length),
        ...(exif ? [location(2, offset + data.length, exif.length)] : []),
      ),
      iinf,
      iprp,
    );
  const offset = ftyp.length + meta(0).length + 8;
  return Buffer.concat([
    ftyp,
    meta(offset),
    box('mdat', data, exif ?? Buffer.alloc(0)),
    appended ?? Buffer.alloc(0),
  ]);
}

/** Every file under `dir`, recursively (none when it does not exist). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * POSTs a multipart body of `fileBytes` bytes to the server, generated chunk
 * by chunk (one 1 MB buffer reused), and stops sending once the server has
 * answered. Resolves with the status, content type and body of the answer.
 */
export async function postLargeMultipart(
  server: Server,
  path: string,
  headers: Record<string, string>,
  fileBytes: number,
): Promise<{ status: number; contentType: string; body: string }> {
  if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const boundary = `----mdf${randomBytes(8).toString('hex')}`;
  const chunk = mp4(1024 * 1024);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { ...headers, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      },
      (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type']),
            body: Buffer.concat(parts).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    // Once the server has answered it may close the connection while we still send.
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    void (async () => {
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"\r\n` +
          'Content-Type: video/mp4\r\n\r\n',
      );
      for (let sent = 0; sent < fileBytes && !answered && !req.destroyed; sent += chunk.length) {
        if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
      }
      req.end(`\r\n--${boundary}--\r\n`);
    })();
  });
}
