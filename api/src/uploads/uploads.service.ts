import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { isUUID } from 'class-validator';
import type { Counter } from 'prom-client';
import { DataSource, type EntityManager, In, IsNull, type Repository } from 'typeorm';
import { ChatSessionEntity, ChatSessionsService } from '../chat';
import { type Principal, principalKey } from '../common/auth/principal';
import type { Page } from '../common/http/paging.dto';
import {
  DependencyUnavailableError,
  ForbiddenError,
  GoneError,
  InsufficientStorageError,
  InvalidInputError,
  NotFoundError,
  PayloadTooLargeError,
  UnprocessableError,
  UnsupportedMediaTypeError,
} from '../common/problem/domain-error';
import { AppConfig } from '../config';
import { VirusScanner } from '../infra/antivirus/virus-scanner';
import {
  FileStorage,
  StorageFullError,
  StorageUnavailableError,
} from '../infra/storage/file-storage';
import { TicketsService } from '../sav';
import {
  checkDimensions,
  checkFile,
  checkQuota,
  contentDisposition,
  type FileVerdict,
  purgeCutoffs,
  type Reader,
  readVerdict,
  type ScanStatus,
  storageKey,
  type UploadKind,
} from './domain/upload-policy';
import type { UploadBody, UploadDetailView, UploadListQuery, UploadView } from './dto/upload.dto';
import { UploadEntity } from './entities/upload.entity';
import { HeifParseError, stripHeifMetadata } from './heif-metadata';
import {
  PHOTO_FORMATS,
  readPhotoHeader,
  reencodePhoto,
  sha256Of,
  sniffMimeType,
} from './file-inspection';
import { UploadQuotaExceededError } from './upload-errors';
import { UPLOAD_REJECTIONS_METRIC, type UploadRejection, UPLOADS_METRIC } from './upload-metrics';
import { UPLOAD_SIZE_LIMITS, uploadTempDir } from './upload-limits';

/** The file multer wrote to the temporary folder. */
export interface ReceivedFile {
  path: string;
  size: number;
}

/** What will be stored: the checked (for photos, re-encoded) bytes and what they are. */
interface PreparedFile {
  path: string;
  kind: UploadKind;
  mimeType: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
}

export interface UploadDownload {
  body: Readable;
  size: number;
  mimeType: string;
  disposition: string;
}

const MB = 1024 * 1024;
const PURGE_BATCH = 100;
/** Leftovers of a crash in the temporary folder; a real upload is long finished by then. */
const TEMP_MAX_AGE_MS = 3_600_000;

function toView(u: UploadEntity): UploadView {
  return {
    id: u.id,
    kind: u.kind,
    mimeType: u.mimeType,
    size: u.size,
    sha256: u.sha256,
    scanStatus: u.scanStatus,
    ...(u.width !== null && u.height !== null ? { width: u.width, height: u.height } : {}),
  };
}

function toDetailView(u: UploadEntity): UploadDetailView {
  return {
    ...toView(u),
    sessionId: u.sessionId,
    ticketId: u.ticketId,
    uploadedBy: u.uploadedBy,
    scanSignature: u.scanSignature,
    createdAt: u.createdAt.toISOString(),
    scannedAt: u.scannedAt?.toISOString() ?? null,
  };
}

function refusal(verdict: Exclude<FileVerdict, { ok: true }>): Error {
  if (verdict.reason === 'unsupported-type') {
    return new UnsupportedMediaTypeError(
      'This file is not an accepted type: photos JPEG, PNG, WebP or HEIC, videos MP4 or MOV, PDF documents.',
    );
  }
  const limitMb = Math.round((verdict.limit / MB) * 100) / 100;
  if (verdict.reason === 'too-large') {
    return new PayloadTooLargeError(`A ${verdict.kind} may not exceed ${limitMb} MB.`, {
      limitBytes: verdict.limit,
    });
  }
  return new UnprocessableError(
    verdict.kind === 'photo'
      ? `A photo must weigh at least ${Math.round(verdict.limit / 1024)} KB: send a sharper one.`
      : 'The file is empty.',
    { limitBytes: verdict.limit },
  );
}

const REJECTION_OF: Record<Exclude<FileVerdict, { ok: true }>['reason'], UploadRejection> = {
  'unsupported-type': 'unsupported_type',
  'too-large': 'too_large',
  'too-small': 'too_small',
};

function unavailable(err: unknown): unknown {
  if (err instanceof StorageFullError) {
    return new InsufficientStorageError('There is no space left to store this file.');
  }
  return err instanceof StorageUnavailableError
    ? new DependencyUnavailableError('The file storage is unavailable.')
    : err;
}

/**
 * Evidence files: checked by their content, photos re-encoded without their
 * metadata, stored under a random key, scanned, read back only by their
 * session's customer or staff, and purged when no longer needed.
 */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    @InjectRepository(UploadEntity) private readonly uploads: Repository<UploadEntity>,
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly scanner: VirusScanner,
    private readonly sessions: ChatSessionsService,
    private readonly tickets: TicketsService,
    private readonly config: AppConfig,
    @InjectMetric(UPLOADS_METRIC) private readonly stored: Counter<string>,
    @InjectMetric(UPLOAD_REJECTIONS_METRIC) private readonly rejections: Counter<string>,
  ) {}

  /**
   * Takes a file multer has written to the temporary folder and removes it
   * whatever happens: a refused file leaves nothing behind (no row, no object).
   */
  async upload(
    file: ReceivedFile | undefined,
    body: UploadBody,
    principal: Principal,
  ): Promise<UploadView> {
    const temporary = file ? [file.path] : [];
    try {
      const target = await this.target(body, principal);
      if (!file) {
        throw new InvalidInputError('A file is required.', [
          { field: 'file', message: 'file is required (multipart part "file")' },
        ]);
      }
      const prepared = await this.prepare(file, temporary);
      return await this.store(prepared, target, principalKey(principal));
    } finally {
      await Promise.all(temporary.map((path) => rm(path, { force: true })));
    }
  }

  /** The bytes of an upload, for whoever may read them (see readVerdict). */
  async open(id: string, principal: Principal): Promise<UploadDownload> {
    const upload = isUUID(id) ? await this.uploads.findOneBy({ id }) : null;
    const reader: Reader | null =
      principal.kind === 'staff'
        ? { kind: 'staff' }
        : principal.kind === 'customer'
          ? { kind: 'customer', sessionId: principal.sessionId }
          : null;
    const verdict = upload && reader ? readVerdict(reader, upload) : 'hidden';
    if (!upload || verdict === 'hidden') throw new NotFoundError('No such upload.');
    if (verdict === 'gone') {
      throw new GoneError('This file was found infected by the virus scan and deleted.');
    }
    const object = await this.storage.get(upload.storageKey).catch((err: unknown) => {
      throw unavailable(err);
    });
    if (!object) throw new NotFoundError('No such upload.');
    return {
      body: object.body,
      size: object.size,
      mimeType: upload.mimeType,
      disposition: contentDisposition(upload.id, upload.mimeType),
    };
  }

  /** Staff: the files of a chat session or a ticket, newest first. */
  async list(query: UploadListQuery): Promise<Page<UploadDetailView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    if (!query.sessionId && !query.ticketId) {
      throw new InvalidInputError('Give a sessionId or a ticketId.', [
        { field: 'sessionId', message: 'sessionId or ticketId is required' },
      ]);
    }
    const ticket = query.ticketId ? await this.tickets.findRef(query.ticketId) : null;
    if (query.ticketId && !ticket) return { items: [], total: 0, page, pageSize };
    const [items, total] = await this.uploads.findAndCount({
      where: {
        ...(query.sessionId ? { sessionId: query.sessionId } : {}),
        ...(ticket ? { ticketId: ticket.id } : {}),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: items.map(toDetailView), total, page, pageSize };
  }

  /**
   * Links files sent in a chat session to the claim they support (for the
   * chat flow's `attachmentIds`), then updates the claim's evidence. Only
   * files of that session not yet linked elsewhere move; returns how many did.
   */
  async attachToTicket(
    uploadIds: string[],
    ticketId: string,
    sessionId: string,
    actor: string,
  ): Promise<number> {
    const ids = uploadIds.filter((id) => isUUID(id));
    if (ids.length === 0) return 0;
    const result = await this.uploads
      .createQueryBuilder()
      .update(UploadEntity)
      .set({ ticketId })
      .where({ id: In(ids), sessionId })
      .andWhere('ticket_id IS NULL')
      .execute();
    const moved = result.affected ?? 0;
    if (moved > 0) await this.refreshEvidence(ticketId, actor);
    return moved;
  }

  /**
   * Files a chat session uploaded and not yet linked to a claim; with `ids`,
   * only those (ids of other sessions or already linked are left out).
   */
  async sessionFiles(
    sessionId: string,
    ids?: string[],
  ): Promise<{ id: string; kind: UploadEntity['kind']; scanStatus: ScanStatus }[]> {
    if (!isUUID(sessionId)) return [];
    const wanted = ids?.filter((id) => isUUID(id));
    if (wanted && wanted.length === 0) return [];
    const files = await this.uploads.find({
      where: { sessionId, ticketId: IsNull(), ...(wanted ? { id: In(wanted) } : {}) },
      select: { id: true, kind: true, scanStatus: true },
      order: { createdAt: 'ASC' },
    });
    return files.map((f) => ({ id: f.id, kind: f.kind, scanStatus: f.scanStatus }));
  }

  /**
   * The bytes of a session's photos that passed the scan (or were not scanned), at
   * most `limit`, oldest first: what a vision model may look at for the claim.
   */
  async sessionPhotos(
    sessionId: string,
    limit: number,
  ): Promise<{ id: string; mimeType: string; data: Buffer }[]> {
    if (!isUUID(sessionId)) return [];
    const photos = await this.uploads.find({
      where: { sessionId, kind: 'photo', scanStatus: In(['clean', 'unscanned']) },
      order: { createdAt: 'ASC' },
      take: limit,
    });
    const read: { id: string; mimeType: string; data: Buffer }[] = [];
    for (const photo of photos) {
      const object = await this.storage.get(photo.storageKey).catch(() => null);
      if (!object) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Uint8Array));
      read.push({ id: photo.id, mimeType: photo.mimeType, data: Buffer.concat(chunks) });
    }
    return read;
  }

  /**
   * The hourly clean-up: files that never became part of a claim after 24 h,
   * and every file past the retention period, leave storage and database.
   * Stale temporary files left by a crash go too.
   */
  async purge(now = new Date()): Promise<{ deleted: number }> {
    const { orphansBefore, allBefore } = purgeCutoffs(now, this.config.uploads.retentionDays);
    // Evidence past the retention period goes only once its claim is over: an open claim
    // (even a very old one) keeps its photos until it is closed or cancelled.
    const deleted = await this.deleteWhere(
      `(u.ticket_id IS NULL AND u.created_at < :orphansBefore)
        OR (u.created_at < :allBefore AND NOT EXISTS (
          SELECT 1 FROM ticket t WHERE t.id = u.ticket_id AND t.status NOT IN (:...finished)))`,
      { orphansBefore, allBefore, finished: ['closed', 'cancelled'] },
    );
    await this.sweepTemporaryFolder(now);
    return { deleted };
  }

  /** Erasure: every file of a chat session, bytes and rows. */
  deleteForSession(sessionId: string): Promise<number> {
    if (!isUUID(sessionId)) return Promise.resolve(0);
    return this.deleteWhere('u.session_id = :sessionId', { sessionId });
  }

  /** Erasure: every file of a ticket (by id), bytes and rows. */
  deleteForTicket(ticketId: string): Promise<number> {
    if (!isUUID(ticketId)) return Promise.resolve(0);
    return this.deleteWhere('u.ticket_id = :ticketId', { ticketId });
  }

  /** Where the file goes: a customer's own session; for staff, a ticket and/or a session. */
  private async target(
    body: UploadBody,
    principal: Principal,
  ): Promise<{ sessionId: string | null; ticketId: string | null }> {
    if (principal.kind === 'customer') {
      if (body.sessionId !== undefined && body.sessionId !== principal.sessionId) {
        throw new ForbiddenError('A customer may upload to their own chat session only.');
      }
      if (body.ticketId !== undefined) {
        throw new ForbiddenError(
          'Files sent in the chat are linked to a claim by the assistant or an agent.',
        );
      }
      return { sessionId: principal.sessionId, ticketId: null };
    }
    if (principal.kind !== 'staff')
      throw new ForbiddenError('Only chat customers and staff upload.');
    if (!body.sessionId && !body.ticketId) {
      throw new InvalidInputError('Give the ticketId (or sessionId) this file belongs to.', [
        { field: 'ticketId', message: 'ticketId or sessionId is required' },
      ]);
    }
    const ticket = body.ticketId ? await this.tickets.findRef(body.ticketId) : null;
    if (body.ticketId && !ticket) throw new NotFoundError('No such ticket.');
    if (body.sessionId) await this.sessions.getSession(body.sessionId);
    return { sessionId: body.sessionId ?? null, ticketId: ticket?.id ?? null };
  }

  /** Recognises the file by its bytes and applies the rules of its kind. */
  private async prepare(file: ReceivedFile, temporary: string[]): Promise<PreparedFile> {
    const verdict = checkFile(await sniffMimeType(file.path), file.size, UPLOAD_SIZE_LIMITS);
    if (!verdict.ok) throw this.rejected(REJECTION_OF[verdict.reason], refusal(verdict));
    const { type } = verdict;
    if (type.kind !== 'photo') {
      return {
        path: file.path,
        kind: type.kind,
        mimeType: type.mime,
        size: file.size,
        sha256: await sha256Of(file.path),
        width: null,
        height: null,
      };
    }
    const header = await readPhotoHeader(file.path);
    if (!header || header.format !== PHOTO_FORMATS[type.mime]) {
      throw this.rejected('unreadable_photo', new UnprocessableError('This photo cannot be read.'));
    }
    const dimensions = checkDimensions(header.width, header.height);
    if (!dimensions.ok) {
      throw this.rejected(
        'photo_too_large',
        new UnprocessableError(
          'This image is too large: at most 50 megapixels and 12,000 pixels a side.',
          { width: header.width, height: header.height },
        ),
      );
    }
    const cleaned = `${file.path}-clean`;
    temporary.push(cleaned);
    try {
      const out = await reencodePhoto(file.path, cleaned, type.mime);
      return {
        path: cleaned,
        kind: 'photo',
        mimeType: out.mimeType,
        size: (await stat(cleaned)).size,
        sha256: await sha256Of(cleaned),
        width: out.width,
        height: out.height,
      };
    } catch (err) {
      if (header.format === 'heif' && header.compression === 'hevc') {
        // Prebuilt libvips has no HEVC decoder (patents): the HEIC photo cannot be
        // re-encoded, so its metadata (EXIF with GPS, XMP) is blanked in place instead,
        // and anything appended cut off. Its dimensions were checked above.
        const stripped = this.stripHeic(await readFile(file.path));
        await writeFile(cleaned, stripped, { mode: 0o600 });
        return {
          path: cleaned,
          kind: 'photo',
          mimeType: type.mime,
          size: stripped.length,
          sha256: createHash('sha256').update(stripped).digest('hex'),
          width: header.width,
          height: header.height,
        };
      }
      this.logger.warn({ err }, 'Photo refused: it could not be decoded');
      throw this.rejected(
        'undecodable_photo',
        new UnprocessableError('This photo cannot be decoded.'),
      );
    }
  }

  private stripHeic(photo: Buffer): Buffer {
    try {
      return stripHeifMetadata(photo);
    } catch (err) {
      if (!(err instanceof HeifParseError)) throw err;
      this.logger.warn('HEIC photo refused: its structure could not be followed');
      throw this.rejected('unreadable_photo', new UnprocessableError('This photo cannot be read.'));
    }
  }

  /** Counts a refused file by why, and hands back the error to throw. */
  private rejected(reason: UploadRejection, error: Error): Error {
    this.rejections.inc({ reason });
    return error;
  }

  /** Quota, row, bytes, scan, evidence: in that order, undoing what was done if storing fails. */
  private async store(
    file: PreparedFile,
    target: { sessionId: string | null; ticketId: string | null },
    uploadedBy: string,
  ): Promise<UploadView> {
    const id = randomUUID();
    const key = storageKey(id, new Date());
    const upload = await this.reserve(
      {
        id,
        storageKey: key,
        sessionId: target.sessionId,
        ticketId: target.ticketId,
        kind: file.kind,
        mimeType: file.mimeType,
        size: file.size,
        sha256: file.sha256,
        width: file.width,
        height: file.height,
        scanStatus: 'pending',
        scanSignature: null,
        uploadedBy,
        scannedAt: null,
      },
      target.sessionId,
    );
    try {
      await this.storage.putFile(key, file.path, file.mimeType);
    } catch (err) {
      await this.storage.delete(key).catch(() => undefined);
      await this.uploads.delete({ id });
      throw unavailable(err);
    }
    const scan = await this.scan(file.path);
    upload.scanStatus = scan.status;
    upload.scanSignature = scan.signature;
    upload.scannedAt = new Date();
    await this.uploads.update(
      { id },
      { scanStatus: scan.status, scanSignature: scan.signature, scannedAt: upload.scannedAt },
    );
    this.stored.inc({ kind: file.kind, scan_status: scan.status });
    if (scan.status === 'infected') {
      // Quarantine: the row keeps what was found; the bytes go.
      this.logger.warn({ uploadId: id, signature: scan.signature }, 'Infected upload quarantined');
      await this.storage.delete(key).catch((err: unknown) => {
        this.logger.error(
          { err, uploadId: id },
          'Could not delete the bytes of an infected upload',
        );
      });
    } else if (target.ticketId && file.kind !== 'document') {
      await this.refreshEvidence(target.ticketId, uploadedBy).catch((err: unknown) => {
        this.logger.error({ err, uploadId: id }, "Could not update the ticket's evidence");
      });
    }
    return toView(upload);
  }

  /** Inserts the row under the session's lock, so concurrent uploads cannot pass the quota. */
  private reserve(
    row: Omit<UploadEntity, 'createdAt'>,
    sessionId: string | null,
  ): Promise<UploadEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (sessionId) {
        const session = await manager.getRepository(ChatSessionEntity).findOne({
          where: { id: sessionId },
          select: { id: true },
          lock: { mode: 'pessimistic_write' },
        });
        if (!session) throw new NotFoundError('No such chat session.');
        const usage = await manager
          .getRepository(UploadEntity)
          .createQueryBuilder('u')
          .select('count(*)::int', 'files')
          .addSelect('coalesce(sum(u.size), 0)::text', 'bytes')
          .where('u.session_id = :sessionId', { sessionId })
          .getRawOne<{ files: number; bytes: string }>();
        const quota = this.config.uploads;
        const verdict = checkQuota(
          { files: usage?.files ?? 0, bytes: Number(usage?.bytes ?? 0) },
          row.size,
          { maxFiles: quota.maxPerSession, maxBytes: quota.sessionQuotaBytes },
        );
        if (!verdict.ok) {
          throw this.rejected(
            'quota_exceeded',
            new UploadQuotaExceededError(
              verdict.exceeded === 'files'
                ? `This chat session may hold at most ${quota.maxPerSession} files.`
                : `This chat session may hold at most ${Math.floor(quota.sessionQuotaBytes / MB)} MB of files.`,
              { maxFiles: quota.maxPerSession, maxBytes: quota.sessionQuotaBytes },
            ),
          );
        }
      }
      await manager.getRepository(UploadEntity).insert(row);
      return manager.getRepository(UploadEntity).findOneByOrFail({ id: row.id });
    });
  }

  /** The scanner's verdict on what was stored; a scanner failure keeps the file as `error`. */
  private async scan(path: string): Promise<{ status: ScanStatus; signature: string | null }> {
    const content = createReadStream(path);
    try {
      const result = await this.scanner.scan(content);
      return result.status === 'infected'
        ? { status: 'infected', signature: result.signature.slice(0, 200) }
        : { status: result.status, signature: null };
    } catch (err) {
      this.logger.warn({ err }, 'Virus scan failed; the file is kept for staff only');
      return { status: 'error', signature: null };
    } finally {
      content.destroy();
    }
  }

  /** Recounts the claim's photos and videos (not quarantined) under the ticket's lock. */
  private async refreshEvidence(ticketId: string, actor: string): Promise<void> {
    await this.tickets.recordEvidence(
      ticketId,
      async (manager: EntityManager) => {
        const rows = await manager
          .getRepository(UploadEntity)
          .createQueryBuilder('u')
          .select('u.kind', 'kind')
          .addSelect('count(*)::int', 'n')
          .where('u.ticket_id = :ticketId', { ticketId })
          .andWhere("u.scan_status <> 'infected'")
          .groupBy('u.kind')
          .getRawMany<{ kind: UploadKind; n: number }>();
        const count = (kind: UploadKind) => rows.find((r) => r.kind === kind)?.n ?? 0;
        return { photos: count('photo'), videos: count('video') };
      },
      actor,
    );
  }

  /**
   * Deletes matching uploads in batches: bytes first, then the row, so a
   * storage failure leaves the row for the next run rather than orphan bytes.
   */
  private async deleteWhere(where: string, params: Record<string, unknown>): Promise<number> {
    let deleted = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const rows = await manager
          .getRepository(UploadEntity)
          .createQueryBuilder('u')
          .select(['u.id', 'u.storageKey'])
          .where(where, params)
          .orderBy('u.created_at', 'ASC')
          .limit(PURGE_BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const row of rows) {
          await this.storage.delete(row.storageKey).catch((err: unknown) => {
            throw unavailable(err);
          });
        }
        if (rows.length > 0) {
          await manager.getRepository(UploadEntity).delete({ id: In(rows.map((r) => r.id)) });
        }
        return rows.length;
      });
      deleted += batch;
      if (batch < PURGE_BATCH) return deleted;
    }
  }

  private async sweepTemporaryFolder(now: Date): Promise<void> {
    const dir = uploadTempDir(this.config);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && now.getTime() - info.mtimeMs > TEMP_MAX_AGE_MS) {
        await rm(path, { force: true });
      }
    }
  }
}
