import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  describeFileStorageContract,
  expectRefusedEverywhere,
  HOSTILE_KEYS,
  readAll,
} from '../../../test/support/file-storage-contract';
import { DiskFileStorage } from './disk-file-storage';
import { StorageUnavailableError } from './file-storage';

describe('DiskFileStorage', () => {
  let sandbox: string;

  beforeAll(async () => {
    sandbox = await mkdtemp(join(tmpdir(), 'mdf-disk-storage-'));
  });
  afterAll(async () => {
    await rm(sandbox, { recursive: true, force: true });
  });

  describeFileStorageContract(
    'disk',
    () => new DiskFileStorage(join(sandbox, 'contract', 'uploads')),
  );

  it('creates its folder on first use, private to the service', async () => {
    const dir = join(sandbox, 'first-use', 'uploads');
    const storage = new DiskFileStorage(dir);
    await expect(stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });

    await storage.putBuffer('claims/c1/photo', Buffer.from('jpeg'), 'image/jpeg');

    for (const folder of [dir, join(dir, 'claims'), join(dir, 'claims', 'c1')]) {
      expect((await stat(folder)).mode & 0o777).toBe(0o700);
    }
    for (const file of ['photo.data', 'photo.meta.json']) {
      expect((await stat(join(dir, 'claims', 'c1', file))).mode & 0o777).toBe(0o600);
    }
  });

  it('keeps the bytes as they are, and the content type in a sidecar', async () => {
    const dir = join(sandbox, 'layout');
    const storage = new DiskFileStorage(dir);
    await storage.putBuffer('a/b', Buffer.from('raw bytes'), 'text/plain; charset=utf-8');
    expect(await readFile(join(dir, 'a', 'b.data'), 'utf8')).toBe('raw bytes');
    expect(JSON.parse(await readFile(join(dir, 'a', 'b.meta.json'), 'utf8'))).toEqual({
      contentType: 'text/plain; charset=utf-8',
    });
  });

  it('serves a file whose sidecar is lost as application/octet-stream', async () => {
    const dir = join(sandbox, 'lost-sidecar');
    const storage = new DiskFileStorage(dir);
    await storage.putBuffer('orphan', Buffer.from('bytes'), 'image/png');
    await rm(join(dir, 'orphan.meta.json'));
    const found = await storage.get('orphan');
    expect(found?.contentType).toBe('application/octet-stream');
    expect((await readAll(found!.body)).toString()).toBe('bytes');
  });

  it('refuses hostile keys before touching the disk', async () => {
    const dir = join(sandbox, 'untouched', 'uploads');
    const storage = new DiskFileStorage(dir);
    const source = join(sandbox, 'hostile-source.txt');
    await writeFile(source, 'x');
    for (const key of HOSTILE_KEYS) await expectRefusedEverywhere(storage, key, source);
    await expect(stat(join(sandbox, 'untouched'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(sandbox)).not.toContain('outside');
  });

  it('leaves no temporary file behind, and reports a missing source as it is', async () => {
    const dir = join(sandbox, 'no-temp');
    const storage = new DiskFileStorage(dir);
    await storage.putBuffer('kept', Buffer.from('x'), 'text/plain');
    await expect(
      storage.putFile('lost', join(sandbox, 'no-such-file'), 'text/plain'),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    await storage.delete('kept');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a folder it cannot write to as StorageUnavailableError', async () => {
    const blocker = join(sandbox, 'a-file');
    await writeFile(blocker, 'not a folder');
    const storage = new DiskFileStorage(join(blocker, 'uploads'));
    await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.putBuffer('x', Buffer.from('x'), 'text/plain')).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });
});
