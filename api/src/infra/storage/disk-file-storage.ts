import { randomBytes } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import {
  access,
  type FileHandle,
  mkdir,
  open,
  readFile,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FileStorage, storageError, type StoredObject } from './file-storage';
import { assertStorageKey } from './storage-key';

const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
/** Created, never overwritten, readable by the service only, synced before close. */
const NEW_PRIVATE_FILE = { flag: 'wx', mode: 0o600, flush: true } as const;

/**
 * The embedded default: files on local disk under one folder, created on first
 * use and private to the service (folders 0700, files 0600).
 *
 * Layout: `<dir>/<key>.data` holds the bytes and `<key>.meta.json` its
 * `{ "contentType": … }`. The suffixes let `a` and `a/b` coexist, as in S3;
 * keys never contain a dot, so they never collide with these names or with the
 * `.<random>.tmp` files that writes go through (fsync, then rename: atomic).
 */
export class DiskFileStorage extends FileStorage {
  readonly kind = 'disk' as const;
  readonly root: string;
  /** Per-key queue, so no reader pairs one version's bytes with another's content type. */
  private readonly locks = new Map<string, Promise<void>>();

  constructor(dir: string) {
    super();
    this.root = resolve(dir);
  }

  async putFile(key: string, source: string, contentType: string): Promise<void> {
    const paths = this.paths(key);
    // Opened first so that a missing or unreadable source is the caller's error, as is.
    const body = (await open(source, 'r')).createReadStream();
    try {
      await this.write(key, paths, contentType, (temp) =>
        pipeline(body, createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true })),
      );
    } finally {
      body.destroy();
    }
  }

  async putBuffer(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.write(key, this.paths(key), contentType, (temp) =>
      writeFile(temp, body, NEW_PRIVATE_FILE),
    );
  }

  async get(key: string): Promise<StoredObject | null> {
    const paths = this.paths(key);
    const found = await this.run(() =>
      this.withKeyLock(key, async () => {
        let data: FileHandle;
        try {
          data = await open(paths.data, 'r');
        } catch (err) {
          if (isMissing(err)) return null;
          throw err;
        }
        try {
          const { size } = await data.stat();
          return { data, size, contentType: await readContentType(paths.meta) };
        } catch (err) {
          await data.close();
          throw err;
        }
      }),
    );
    if (!found) return null;
    // The open handle keeps these bytes readable even if the key is replaced meanwhile.
    return {
      body: found.data.createReadStream(),
      size: found.size,
      contentType: found.contentType,
    };
  }

  async delete(key: string): Promise<void> {
    const paths = this.paths(key);
    await this.run(() =>
      this.withKeyLock(key, async () => {
        // Bytes first: a crash in between leaves an orphan sidecar, never a visible file.
        await rm(paths.data, { force: true });
        await rm(paths.meta, { force: true });
      }),
    );
  }

  async ping(): Promise<void> {
    await this.run(async () => {
      await mkdir(this.root, { recursive: true, mode: 0o700 });
      await access(this.root, constants.R_OK | constants.W_OK);
    });
  }

  private paths(key: string): { data: string; meta: string } {
    assertStorageKey(key);
    const base = join(this.root, key);
    return { data: `${base}.data`, meta: `${base}.meta.json` };
  }

  /** Writes the bytes and the sidecar to temporary files, then renames both into place. */
  private async write(
    key: string,
    paths: { data: string; meta: string },
    contentType: string,
    fill: (temp: string) => Promise<void>,
  ): Promise<void> {
    const dir = dirname(paths.data);
    const data = tempName(dir);
    const meta = tempName(dir);
    let committed = false;
    try {
      await this.run(async () => {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await fill(data);
        await writeFile(meta, JSON.stringify({ contentType }), NEW_PRIVATE_FILE);
        await this.withKeyLock(key, async () => {
          // Sidecar first: a crash in between leaves an orphan sidecar, never bytes without a type.
          await rename(meta, paths.meta);
          await rename(data, paths.data);
        });
      });
      committed = true;
    } finally {
      // Best effort: the original error is the one worth reporting.
      if (!committed)
        await Promise.allSettled([rm(data, { force: true }), rm(meta, { force: true })]);
    }
  }

  private async run<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      throw storageError(err);
    }
  }

  private async withKeyLock<T>(key: string, op: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const mine = previous.then(() => done);
    this.locks.set(key, mine);
    await previous;
    try {
      return await op();
    } finally {
      release();
      if (this.locks.get(key) === mine) this.locks.delete(key);
    }
  }
}

/** A fresh name in `dir` that no key can take (keys have no dot). */
function tempName(dir: string): string {
  return join(dir, `.${randomBytes(12).toString('hex')}.tmp`);
}

async function readContentType(metaPath: string): Promise<string> {
  let raw: string;
  try {
    raw = await readFile(metaPath, 'utf8');
  } catch (err) {
    if (isMissing(err)) return DEFAULT_CONTENT_TYPE;
    throw err;
  }
  try {
    const meta = JSON.parse(raw) as { contentType?: unknown };
    return typeof meta.contentType === 'string' ? meta.contentType : DEFAULT_CONTENT_TYPE;
  } catch {
    return DEFAULT_CONTENT_TYPE;
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
