import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CronExpression, SchedulerRegistry } from '@nestjs/schedule';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ScannerUnavailableError, VirusScanner } from '../src/infra/antivirus';
import { FileStorage } from '../src/infra/storage';
import { UploadsService } from '../src/uploads';
import { bearer, staffToken } from './support/auth';
import { startTestApp, type TestApp } from './support/test-app';
import {
  filesUnder,
  heic,
  jpeg,
  jpegOnItsSide,
  jpegWithGps,
  mp4,
  PHP_PAYLOAD,
  pdf,
  phpScript,
  png,
  pngBomb,
  postLargeMultipart,
} from './support/uploads';

const SHOP = 'https://shop.example.com';
const MB = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface UploadView {
  id: string;
  kind: string;
  mimeType: string;
  size: number;
  sha256: string;
  scanStatus: string;
  width?: number;
  height?: number;
}

/** Collects any body as a Buffer (superagent hands a parser the raw response stream). */
function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const parts: Buffer[] = [];
  stream.on('data', (d: Buffer) => parts.push(d));
  stream.on('end', () => done(null, Buffer.concat(parts)));
}

describe('evidence uploads (real PostgreSQL, disk storage)', () => {
  let t: TestApp;
  let dataDir: string;
  let admin: string;
  let agent: string;
  let siteKey: string;
  let ticket: { id: string; reference: string };
  const http = () => request(t.app.getHttpServer());
  const db = () => t.app.get(DataSource);
  const rows = async () =>
    (await db().query<{ n: number }[]>('SELECT count(*)::int AS n FROM upload'))[0].n;
  const stored = () => filesUnder(t.config.storage.dir);
  const temporary = () => filesUnder(join(t.config.dataDir, 'tmp'));
  const scanner = () => t.app.get(VirusScanner);

  /** A customer's chat session, as the widget opens one. */
  async function customer(): Promise<{ sessionId: string; token: string }> {
    const res = await http()
      .post('/api/v1/chat/sessions')
      .set('Origin', SHOP)
      .send({ siteKey })
      .expect(201);
    return res.body as { sessionId: string; token: string };
  }

  function send(token: string, file: Buffer, filename = 'photo.jpg', fields = {}) {
    const req = http().post('/api/v1/uploads').set(bearer(token));
    for (const [name, value] of Object.entries(fields)) req.field(name, String(value));
    return req.attach('file', file, { filename, contentType: 'image/jpeg' });
  }

  function download(token: string, id: string) {
    return http().get(`/api/v1/uploads/${id}`).set(bearer(token)).buffer(true).parse(binary);
  }

  /** Nothing left anywhere by a refused upload: no row, no stored object, no temporary file. */
  async function expectNothingStoredSince(before: { rows: number; stored: string[] }) {
    expect(await rows()).toBe(before.rows);
    expect(await stored()).toEqual(before.stored);
    expect(await temporary()).toEqual([]);
  }
  const snapshot = async () => ({ rows: await rows(), stored: await stored() });

  /** The problem in the answer (a download's body arrives as a Buffer). */
  function expectProblem(res: request.Response, status: number): Record<string, unknown> {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = (
      Buffer.isBuffer(res.body) ? JSON.parse(res.body.toString('utf8')) : res.body
    ) as Record<string, unknown>;
    expect(problem).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//) });
    return problem;
  }

  /** A ticket on the test order, with its id. */
  async function ticketFor(description: string): Promise<{ id: string; reference: string }> {
    const { reference } = (
      await http()
        .post('/api/v1/tickets')
        .set(bearer(admin))
        .send({
          description,
          orderNumber: 'CMD-2026-700001',
          customer: { email: 'claire.martin@example.fr' },
        })
        .expect(201)
    ).body as { reference: string };
    const [{ id }] = await db().query<{ id: string }[]>(
      'SELECT id FROM ticket WHERE reference = $1',
      [reference],
    );
    return { id, reference };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mdf-uploads-'));
    t = await startTestApp({
      env: { DATA_DIR: dataDir, UPLOAD_MAX_PER_SESSION: '3', UPLOAD_SESSION_QUOTA_MB: '2' },
    });
    admin = await staffToken(t, 'admin');
    agent = await staffToken(t, 'agent');
    const site = await http()
      .post('/api/v1/widget-sites')
      .set(bearer(admin))
      .send({ name: 'Uploads shop', allowedOrigins: [SHOP] })
      .expect(201);
    siteKey = site.body.siteKey;
    await http()
      .put('/api/v1/orders/CMD-2026-700001')
      .set(bearer(admin))
      .send({
        customer: {
          email: 'claire.martin@example.fr',
          firstName: 'Claire',
          lastName: 'Martin',
          tier: 'standard',
        },
        postcode: '69003',
        purchaseDate: '2026-01-10',
        deliveryDate: '2026-01-20',
        lines: [{ sku: 'SOFA-UP-01', productName: 'Canapé', quantity: 1, unitPrice: 1200 }],
      })
      .expect(201);
    ticket = await ticketFor("Le pied du canapé s'est cassé net.");
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterEach(() => jest.restoreAllMocks());

  describe('a customer sends a photo and reads it back', () => {
    let owner: { sessionId: string; token: string };
    let upload: UploadView;
    let original: Buffer;

    beforeAll(async () => {
      owner = await customer();
      original = await jpeg();
      const res = await send(owner.token, original).expect(201);
      upload = res.body as UploadView;
    });

    it('answers what was stored: a re-encoded JPEG, its size, hash and scan status', async () => {
      expect(upload).toEqual({
        id: expect.stringMatching(UUID),
        kind: 'photo',
        mimeType: 'image/jpeg',
        size: expect.any(Number),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        // No CLAMAV_HOST: the embedded default does not scan.
        scanStatus: 'unscanned',
        width: 640,
        height: 480,
      });
      const [row] = await db().query<Record<string, unknown>[]>(
        'SELECT session_id, ticket_id, uploaded_by, storage_key, scanned_at FROM upload WHERE id = $1',
        [upload.id],
      );
      expect(row).toMatchObject({
        session_id: owner.sessionId,
        ticket_id: null,
        uploaded_by: `session:${owner.sessionId}`,
        storage_key: expect.stringMatching(new RegExp(`^uploads/\\d{4}/\\d{2}/${upload.id}$`)),
        scanned_at: expect.any(Date),
      });
      expect(await temporary()).toEqual([]);
    });

    it('serves the bytes to their owner, with safe headers', async () => {
      const res = await download(owner.token, upload.id).expect(200);
      const body = res.body as Buffer;
      expect(createHash('sha256').update(body).digest('hex')).toBe(upload.sha256);
      expect(body.length).toBe(upload.size);
      expect(res.headers).toMatchObject({
        'content-type': 'image/jpeg',
        'content-length': String(upload.size),
        'content-disposition': `inline; filename="upload-${upload.id}.jpg"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
      expect(res.headers['content-security-policy']).toContain('sandbox');
    });

    it('serves them to an agent too', async () => {
      const res = await download(agent, upload.id).expect(200);
      expect((res.body as Buffer).length).toBe(upload.size);
    });

    it("hides it from another session's customer as if it did not exist", async () => {
      const other = await customer();
      const hidden = expectProblem(await download(other.token, upload.id), 404);
      const unknown = expectProblem(
        await download(other.token, '3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b'),
        404,
      );
      expect(hidden.detail).toBe(unknown.detail);
    });

    it('answers 404 to an unknown or malformed id', async () => {
      expectProblem(await download(agent, '3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b'), 404);
      expectProblem(await download(agent, 'not-a-uuid'), 404);
      expectProblem(await download(agent, '..%2F..%2Fetc%2Fpasswd'), 404);
    });

    it('answers 401 to a caller without credentials, before reading any file', async () => {
      const before = await snapshot();
      expectProblem(
        await http().post('/api/v1/uploads').attach('file', original, 'photo.jpg'),
        401,
      );
      expectProblem(await http().get(`/api/v1/uploads/${upload.id}`), 401);
      await expectNothingStoredSince(before);
    });

    it('lists the session files for staff', async () => {
      const res = await http()
        .get('/api/v1/uploads')
        .query({ sessionId: owner.sessionId })
        .set(bearer(agent))
        .expect(200);
      expect(res.body).toMatchObject({ total: 1, items: [{ id: upload.id, ticketId: null }] });
    });
  });

  describe('validation by content, never by name', () => {
    it('refuses a PHP script named photo.jpg (415) and stores nothing', async () => {
      const { token } = await customer();
      const before = await snapshot();
      const res = await send(token, phpScript(), 'photo.jpg');
      expectProblem(res, 415);
      await expectNothingStoredSince(before);
    });

    it('re-encodes a JPEG carrying a PHP payload after its image data, without it', async () => {
      const { token } = await customer();
      const polyglot = Buffer.concat([await jpeg(), Buffer.from(PHP_PAYLOAD)]);
      const upload = (await send(token, polyglot).expect(201)).body as UploadView;
      const body = (await download(token, upload.id).expect(200)).body as Buffer;
      expect(body.includes(PHP_PAYLOAD)).toBe(false);
      expect(body.includes('<?php')).toBe(false);
      expect((await sharp(body).metadata()).format).toBe('jpeg');
    });

    it('strips EXIF (GPS position, author) from a photo', async () => {
      const original = await jpegWithGps();
      expect((await sharp(original).metadata()).exif).toBeDefined();
      const { token } = await customer();
      const upload = (await send(token, original).expect(201)).body as UploadView;
      const body = (await download(token, upload.id).expect(200)).body as Buffer;
      const meta = await sharp(body).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(body.includes('Claire Martin')).toBe(false);
    });

    it('turns a photo upright from its EXIF orientation', async () => {
      const { token } = await customer();
      const upload = (await send(token, await jpegOnItsSide()).expect(201)).body as UploadView;
      expect(upload).toMatchObject({ width: 600, height: 800 });
      const body = (await download(token, upload.id).expect(200)).body as Buffer;
      const meta = await sharp(body).metadata();
      expect([meta.width, meta.height, meta.orientation]).toEqual([600, 800, undefined]);
    });

    it('keeps PNG as PNG', async () => {
      const { token } = await customer();
      const upload = (await send(token, await png(), 'scan.png').expect(201)).body as UploadView;
      expect(upload).toMatchObject({ kind: 'photo', mimeType: 'image/png', width: 400 });
    });

    it('refuses a 20,000 × 20,000 PNG bomb (422) from its header, without decoding it', async () => {
      const bomb = await pngBomb();
      const { token } = await customer();
      const before = await snapshot();
      const rss = process.memoryUsage().rss;
      const res = await send(token, bomb, 'bomb.png');
      expectProblem(res, 422);
      expect(res.body).toMatchObject({ width: 20_000, height: 20_000 });
      // Decoded, it would take 1.2 GB.
      expect(process.memoryUsage().rss - rss).toBeLessThan(200 * MB);
      await expectNothingStoredSince(before);
    });

    it('refuses a photo under 50 KB (422)', async () => {
      const { token } = await customer();
      const tiny = await sharp({
        create: { width: 64, height: 64, channels: 3, background: '#884422' },
      })
        .jpeg()
        .toBuffer();
      const before = await snapshot();
      expectProblem(await send(token, tiny), 422);
      await expectNothingStoredSince(before);
    });

    it('keeps a HEIC photo it cannot decode without its EXIF/GPS or appended bytes, after checking its header', async () => {
      const { token } = await customer();
      const exif = Buffer.from('Exif\0\0MM\0*GPSLatitude=48N51;GPSLongitude=2E21', 'latin1');
      const appended = Buffer.from('<?php echo "hidden"; ?>', 'latin1');
      const sent = heic(4032, 3024, 60 * 1024, exif, appended);
      const res = await send(token, sent, 'IMG_0001.HEIC').expect(201);
      expect(res.body).toMatchObject({
        kind: 'photo',
        mimeType: 'image/heic',
        width: 4032,
        height: 3024,
      });
      const file = await download(token, (res.body as UploadView).id).expect(200);
      expect(file.headers['content-disposition']).toMatch(
        /^attachment; filename="upload-.+\.heic"$/,
      );
      const body = file.body as Buffer;
      expect(body.length).toBe(sent.length - appended.length);
      expect(body.includes('GPSLatitude')).toBe(false);
      expect(body.includes('<?php')).toBe(false);
      const before = await snapshot();
      expectProblem(await send(token, heic(20_000, 20_000), 'IMG_0002.HEIC'), 422);
      await expectNothingStoredSince(before);
    });

    it('stores a video and a PDF as sent, served as attachments', async () => {
      const { token } = await customer();
      const video = (await send(token, mp4(300_000), 'clip.mp4').expect(201)).body as UploadView;
      expect(video).toMatchObject({ kind: 'video', mimeType: 'video/mp4', size: 300_000 });
      expect(video.width).toBeUndefined();
      const invoice = (await send(token, pdf(80_000), 'facture.pdf').expect(201))
        .body as UploadView;
      expect(invoice).toMatchObject({ kind: 'document', mimeType: 'application/pdf' });
      const res = await download(token, invoice.id).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="upload-${invoice.id}.pdf"`,
      );
    });

    it('ignores a hostile file name: random key, generated download name', async () => {
      const { token } = await customer();
      const upload = (await send(token, await jpeg(), '../../etc/passwd.jpg').expect(201))
        .body as UploadView;
      const [row] = await db().query<{ storage_key: string }[]>(
        'SELECT storage_key FROM upload WHERE id = $1',
        [upload.id],
      );
      expect(row.storage_key).toMatch(new RegExp(`^uploads/\\d{4}/\\d{2}/${upload.id}$`));
      expect((await stored()).every((f) => f.startsWith(t.config.storage.dir))).toBe(true);
      expect((await filesUnder(dataDir)).filter((f) => f.includes('passwd'))).toEqual([]);
      const res = await download(token, upload.id).expect(200);
      expect(res.headers['content-disposition']).toBe(`inline; filename="upload-${upload.id}.jpg"`);
    });
  });

  describe('malformed requests are problems, and leave nothing', () => {
    it('answers 400 without a file', async () => {
      const { token } = await customer();
      const res = await http().post('/api/v1/uploads').set(bearer(token)).field('sessionId', '');
      expectProblem(res, 400);
      expectProblem(await http().post('/api/v1/uploads').set(bearer(token)).send({}), 400);
    });

    it('answers 400 to two files, an unexpected file field or an unknown field', async () => {
      const { token } = await customer();
      const photo = await jpeg();
      const before = await snapshot();
      expectProblem(
        await http()
          .post('/api/v1/uploads')
          .set(bearer(token))
          .attach('file', photo, 'a.jpg')
          .attach('file', photo, 'b.jpg'),
        400,
      );
      expectProblem(
        await http().post('/api/v1/uploads').set(bearer(token)).attach('photo', photo, 'a.jpg'),
        400,
      );
      expectProblem(await send(token, photo, 'a.jpg', { comment: 'hello' }), 400);
      expectProblem(await send(token, photo, 'a.jpg', { sessionId: 'not-a-uuid' }), 400);
      await expectNothingStoredSince(before);
    });

    it('refuses a file over 100 MB (413) while it streams, and stores nothing', async () => {
      const { token } = await customer();
      const before = await snapshot();
      const res = await postLargeMultipart(
        t.app.getHttpServer(),
        '/api/v1/uploads',
        bearer(token),
        101 * MB,
      );
      expect(res.status).toBe(413);
      expect(res.contentType).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(res.body)).toMatchObject({
        status: 413,
        type: '/problems/payload-too-large',
      });
      await expectNothingStoredSince(before);
    });

    it('refuses a photo over 20 MB (413) though under the request limit', async () => {
      const { token } = await customer();
      const big = Buffer.concat([await jpeg(), Buffer.alloc(21 * MB)]);
      const before = await snapshot();
      expectProblem(await send(token, big), 413);
      await expectNothingStoredSince(before);
    });
  });

  describe('who uploads where', () => {
    it("refuses a customer another session's id, or a ticket (403)", async () => {
      const { token } = await customer();
      const other = await customer();
      const photo = await jpeg();
      const before = await snapshot();
      expectProblem(await send(token, photo, 'a.jpg', { sessionId: other.sessionId }), 403);
      expectProblem(await send(token, photo, 'a.jpg', { ticketId: ticket.reference }), 403);
      await expectNothingStoredSince(before);
    });

    it("accepts a customer's own session id", async () => {
      const { token, sessionId } = await customer();
      await send(token, await jpeg(), 'a.jpg', { sessionId }).expect(201);
    });

    it("lets staff attach evidence to a ticket by reference, which updates the ticket's completeness", async () => {
      const photo = (
        await send(agent, await jpeg(), 'a.jpg', { ticketId: ticket.reference }).expect(201)
      ).body as UploadView;
      // By id as well as by reference.
      await send(admin, mp4(200_000), 'clip.mp4', { ticketId: ticket.id }).expect(201);
      const detail = (
        await http().get(`/api/v1/tickets/${ticket.reference}`).set(bearer(agent)).expect(200)
      ).body as {
        analysis: { evidence: { photos: number; videos: number; completeness: number } };
        timeline: { kind: string; note: string | null }[];
      };
      // Structural: 3 photos and 1 video asked; 1 + 1 received.
      expect(detail.analysis.evidence).toMatchObject({ photos: 3, videos: 1, completeness: 50 });
      expect(detail.timeline.filter((e) => e.kind === 'evidence')).toHaveLength(2);
      const list = await http()
        .get('/api/v1/uploads')
        .query({ ticketId: ticket.reference })
        .set(bearer(agent))
        .expect(200);
      expect(list.body.total).toBe(2);
      expect(list.body.items.map((u: UploadView) => u.id)).toContain(photo.id);
    });

    it('moves a ticket on from evidence collection once enough evidence has arrived', async () => {
      const claim = await ticketFor('Le coussin est affaissé, la mousse est creusée.');
      const status = async () =>
        (await http().get(`/api/v1/tickets/${claim.reference}`).set(bearer(agent)).expect(200))
          .body as { status: string; timeline: { to: string | null }[] };
      expect((await status()).status).toBe('evidence_collection');
      // Cushions: 2 photos asked.
      await send(agent, await jpeg(), 'a.jpg', { ticketId: claim.reference }).expect(201);
      expect((await status()).status).toBe('evidence_collection');
      await send(agent, await jpeg(), 'b.jpg', { ticketId: claim.reference }).expect(201);
      const after = await status();
      expect(after.status).not.toBe('evidence_collection');
      expect(after.timeline.map((e) => e.to)).toEqual(
        expect.arrayContaining(['priority_assessment', 'decision_pending', after.status]),
      );
    });

    it("links a session's files to a claim (the chat flow's attachmentIds), and only that session's", async () => {
      const other = await ticketFor('Le coussin est affaissé, la mousse est creusée.');
      const owner = await customer();
      const stranger = await customer();
      const mine = (await send(owner.token, await jpeg()).expect(201)).body as UploadView;
      const theirs = (await send(stranger.token, await jpeg()).expect(201)).body as UploadView;
      const service = t.app.get(UploadsService);
      expect(
        await service.attachToTicket(
          [mine.id, theirs.id, 'not-a-uuid'],
          other.id,
          owner.sessionId,
          'system',
        ),
      ).toBe(1);
      const detail = (
        await http().get(`/api/v1/tickets/${other.reference}`).set(bearer(agent)).expect(200)
      ).body as { analysis: { evidence: { completeness: number } } };
      // Cushions: 2 photos asked, 1 received.
      expect(detail.analysis.evidence.completeness).toBe(50);
      const [row] = await db().query<{ ticket_id: string | null }[]>(
        'SELECT ticket_id FROM upload WHERE id = $1',
        [theirs.id],
      );
      expect(row.ticket_id).toBeNull();
    });

    it('refuses staff an unknown ticket (404) or no target at all (400)', async () => {
      const photo = await jpeg();
      const before = await snapshot();
      expectProblem(await send(agent, photo, 'a.jpg', { ticketId: 'SAV-2026-999999' }), 404);
      expectProblem(await send(agent, photo, 'a.jpg'), 400);
      await expectNothingStoredSince(before);
    });
  });

  describe('per-session quota (3 files, 2 MB here)', () => {
    it('refuses the file after the last one allowed (409) and stores nothing', async () => {
      const { token } = await customer();
      for (let i = 0; i < 3; i++) await send(token, mp4(1000), 'clip.mp4').expect(201);
      const before = await snapshot();
      const res = await send(token, mp4(1000), 'clip.mp4');
      expectProblem(res, 409);
      expect(res.body.type).toBe('/problems/upload-quota-exceeded');
      await expectNothingStoredSince(before);
    });

    it('refuses the file that would pass the byte quota (409)', async () => {
      const { token } = await customer();
      await send(token, pdf(1.5 * MB), 'a.pdf').expect(201);
      const before = await snapshot();
      expectProblem(await send(token, pdf(0.6 * MB), 'b.pdf'), 409);
      await expectNothingStoredSince(before);
      await send(token, pdf(0.4 * MB), 'c.pdf').expect(201);
    });

    it('holds under concurrent uploads: exactly the quota gets in', async () => {
      const { token, sessionId } = await customer();
      const statuses = await Promise.all(
        Array.from({ length: 8 }, async () => (await send(token, mp4(2000), 'clip.mp4')).status),
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(3);
      expect(statuses.filter((s) => s === 409)).toHaveLength(5);
      const [{ n }] = await db().query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM upload WHERE session_id = $1',
        [sessionId],
      );
      expect(n).toBe(3);
      expect(await temporary()).toEqual([]);
    });
  });

  describe('virus scan', () => {
    it('quarantines an infected file: metadata and signature kept, bytes deleted, never served', async () => {
      jest
        .spyOn(scanner(), 'scan')
        .mockResolvedValueOnce({ status: 'infected', signature: 'Eicar-Test-Signature' });
      const { token } = await customer();
      const upload = (await send(token, pdf(10_000), 'facture.pdf').expect(201)).body as UploadView;
      expect(upload.scanStatus).toBe('infected');
      const [row] = await db().query<{ scan_signature: string; storage_key: string }[]>(
        'SELECT scan_signature, storage_key FROM upload WHERE id = $1',
        [upload.id],
      );
      expect(row.scan_signature).toBe('Eicar-Test-Signature');
      expect(await t.app.get(FileStorage).get(row.storage_key)).toBeNull();
      expectProblem(await download(token, upload.id), 410);
      expectProblem(await download(agent, upload.id), 410);
    });

    it('keeps a file the scanner could not check, for staff only', async () => {
      jest
        .spyOn(scanner(), 'scan')
        .mockRejectedValueOnce(new ScannerUnavailableError('clamd did not answer'));
      const { token } = await customer();
      const upload = (await send(token, await jpeg()).expect(201)).body as UploadView;
      expect(upload.scanStatus).toBe('error');
      expectProblem(await download(token, upload.id), 404);
      await download(agent, upload.id).expect(200);
    });

    it('serves a file scanned clean to its owner', async () => {
      const scan = jest.spyOn(scanner(), 'scan').mockResolvedValueOnce({ status: 'clean' });
      const { token } = await customer();
      const upload = (await send(token, await jpeg()).expect(201)).body as UploadView;
      expect(upload.scanStatus).toBe('clean');
      expect(scan).toHaveBeenCalledTimes(1);
      await download(token, upload.id).expect(200);
    });
  });

  describe('clean-up', () => {
    const ageBy = (id: string, hours: number) =>
      db().query(
        `UPDATE upload SET created_at = now() - make_interval(hours => $2) WHERE id = $1`,
        [id, hours],
      );
    const exists = async (id: string) =>
      (await db().query<{ id: string }[]>('SELECT id FROM upload WHERE id = $1', [id])).length ===
      1;
    const keyOf = async (id: string) =>
      (
        await db().query<{ storage_key: string }[]>(
          'SELECT storage_key FROM upload WHERE id = $1',
          [id],
        )
      )[0].storage_key;

    it('purges files with no ticket after 24 h, keeps recent ones and ticket evidence', async () => {
      const { token } = await customer();
      const oldOrphan = (await send(token, await jpeg()).expect(201)).body as UploadView;
      const recentOrphan = (await send(token, await jpeg()).expect(201)).body as UploadView;
      const evidence = (
        await send(agent, await jpeg(), 'a.jpg', { ticketId: ticket.reference }).expect(201)
      ).body as UploadView;
      await ageBy(oldOrphan.id, 25);
      await ageBy(recentOrphan.id, 23);
      await ageBy(evidence.id, 24 * 400);
      const oldKey = await keyOf(oldOrphan.id);

      const { deleted } = await t.app.get(UploadsService).purge(new Date());
      expect(deleted).toBeGreaterThanOrEqual(1);
      expect(await exists(oldOrphan.id)).toBe(false);
      expect(await t.app.get(FileStorage).get(oldKey)).toBeNull();
      expect(await exists(recentOrphan.id)).toBe(true);
      expect(await exists(evidence.id)).toBe(true);
      await download(agent, evidence.id).expect(200);
    });

    it('purges ticket evidence past the retention period (730 days) once the claim is over', async () => {
      const evidence = (
        await send(agent, await jpeg(), 'a.jpg', { ticketId: ticket.reference }).expect(201)
      ).body as UploadView;
      const key = await keyOf(evidence.id);
      await ageBy(evidence.id, 24 * 731);
      const status = async () =>
        (
          await db().query<{ status: string }[]>('SELECT status FROM ticket WHERE reference = $1', [
            ticket.reference,
          ])
        )[0].status;
      const before = await status();
      expect(['closed', 'cancelled']).not.toContain(before);

      // Still open: its evidence stays, however old.
      await t.app.get(UploadsService).purge(new Date());
      expect(await exists(evidence.id)).toBe(true);

      await db().query(`UPDATE ticket SET status = 'closed' WHERE reference = $1`, [
        ticket.reference,
      ]);
      try {
        await t.app.get(UploadsService).purge(new Date());
        expect(await exists(evidence.id)).toBe(false);
        expect(await t.app.get(FileStorage).get(key)).toBeNull();
      } finally {
        await db().query(`UPDATE ticket SET status = $2 WHERE reference = $1`, [
          ticket.reference,
          before,
        ]);
      }
    });

    it('runs hourly, and sweeps temporary files a crash left behind', async () => {
      expect(t.app.get(SchedulerRegistry).getCronJob('uploads-purge').cronTime.source).toBe(
        CronExpression.EVERY_HOUR,
      );
      const dir = join(t.config.dataDir, 'tmp', 'uploads');
      await mkdir(dir, { recursive: true });
      const stale = join(dir, 'stale');
      const fresh = join(dir, 'fresh');
      await writeFile(stale, 'left by a crash');
      await writeFile(fresh, 'being received');
      const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
      await utimes(stale, twoHoursAgo, twoHoursAgo);
      await t.app.get(UploadsService).purge(new Date());
      expect(await temporary()).toEqual([fresh]);
      await rm(fresh);
    });

    it('deletes every file of a session on request (erasure)', async () => {
      const { token, sessionId } = await customer();
      await send(token, await jpeg()).expect(201);
      await send(token, pdf(5000), 'a.pdf').expect(201);
      expect(await t.app.get(UploadsService).deleteForSession(sessionId)).toBe(2);
      const [{ n }] = await db().query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM upload WHERE session_id = $1',
        [sessionId],
      );
      expect(n).toBe(0);
    });

    it('leaves storage holding exactly the files the database knows', async () => {
      const keys = await db().query<{ storage_key: string }[]>(
        "SELECT storage_key FROM upload WHERE scan_status <> 'infected'",
      );
      const data = (await stored()).filter((f) => f.endsWith('.data'));
      expect(data.length).toBe(keys.length);
    });
  });
});
