// Case 5: the upload storage runs out of space (a 2 MB tmpfs mounted on DATA_DIR/uploads).
// The upload that does not fit gets a clear problem+json, leaves no partial file and no row,
// every stored row has its bytes, and uploads succeed again once space is freed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { newTally, openSession, type Session } from './support/customer.mts';
import { ApiInstance, newSecret, PrivatePostgres, PrivateRedis, Scope } from './support/infra.mts';
import { report } from './support/report.mts';

const scope = new Scope();
after(() => scope.close());

const TMPFS_SIZE = '2m';

/** Random pixels compress badly: a JPEG of a few hundred KB, over a photo's 50 KB minimum. */
function photo(): Promise<Buffer> {
  return sharp(randomBytes(640 * 480 * 3), { raw: { width: 640, height: 480, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function upload(
  api: ApiInstance,
  session: Session,
): Promise<{ status: number; contentType: string; body: Record<string, unknown> }> {
  const form = new FormData();
  form.set('sessionId', session.sessionId);
  form.set('file', new Blob([new Uint8Array(await photo())], { type: 'image/jpeg' }), 'photo.jpg');
  const res = await fetch(`${api.base}/api/v1/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}` },
    body: form,
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body: (await res.json()) as Record<string, unknown>,
  };
}

/** Every file under `dir`, relative, with its size. */
function files(dir: string, prefix = ''): { path: string; size: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) return files(join(dir, entry.name), path);
    return [{ path, size: statSync(join(dir, entry.name)).size }];
  });
}

test('a full upload disk answers a clear problem, leaves nothing half-stored, and recovers', async () => {
  // Mounting a size-limited filesystem needs root.
  assert.equal(process.getuid?.(), 0, 'the disk-full case mounts a tmpfs: run the suite as root');
  const started = Date.now();
  const db = await PrivatePostgres.create(scope);
  const redis = await PrivateRedis.create(scope);
  const dataDir = scope.tempDir('mdf-chaos-disk-');
  const storage = join(dataDir, 'uploads');
  mkdirSync(storage, { mode: 0o700 });
  const mount = spawnSync(
    'mount',
    ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE},mode=0700`, 'tmpfs', storage],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(mount.status, 0, `mount tmpfs: ${mount.stderr}`);
  // Deferred after the temp dir, so it runs before the folder is removed.
  scope.defer(() => {
    const umount = spawnSync('umount', [storage], { encoding: 'utf8' });
    if (umount.status !== 0) throw new Error(`umount ${storage}: ${umount.stderr}`);
  });
  const api = await ApiInstance.start(scope, {
    database: db,
    redis,
    jwtSecret: newSecret(),
    dataDir,
    env: { UPLOAD_MAX_PER_SESSION: '1000' },
  });
  const tally = newTally();
  const session = await openSession([api], tally);

  // Fill the disk.
  const stored: string[] = [];
  let full: Awaited<ReturnType<typeof upload>> | undefined;
  for (let i = 0; i < 100 && !full; i++) {
    const res = await upload(api, session);
    if (res.status === 201) stored.push(String(res.body.id));
    else full = res;
  }
  assert.ok(full, 'the disk filled up');
  assert.ok(stored.length > 0, 'uploads fitted before it was full');
  assert.equal(full.status, 507);
  assert.match(full.contentType, /^application\/problem\+json/);
  assert.equal(full.body.type, '/problems/insufficient-storage');
  assert.ok(api.child.running);

  // Nothing half-stored: no temporary file, every row has its bytes and sidecar, no stray bytes.
  const onDisk = files(storage);
  assert.deepEqual(
    onDisk.filter((f) => f.path.endsWith('.tmp')),
    [],
    'no partial file',
  );
  const rows = await db.query<{ id: string; storage_key: string; size: string }>(
    'SELECT id, storage_key, size::text FROM upload ORDER BY created_at',
  );
  assert.deepEqual(rows.map((r) => r.id).sort(), [...stored].sort(), 'one row per stored upload');
  for (const row of rows) {
    const data = onDisk.find((f) => f.path === `${row.storage_key}.data`);
    assert.ok(data, `upload ${row.id} has its bytes`);
    assert.equal(data.size, Number(row.size), `upload ${row.id} is whole`);
    assert.ok(onDisk.some((f) => f.path === `${row.storage_key}.meta.json`));
  }
  assert.equal(onDisk.length, rows.length * 2, 'no bytes without a row');
  // The temporary copy multer wrote is gone too.
  assert.deepEqual(readdirSync(join(dataDir, 'tmp', 'uploads')), []);

  // Free space (as an operator would, outside the API), forget those rows, and upload again.
  for (const row of rows.slice(0, 3)) {
    rmSync(join(storage, `${row.storage_key}.data`));
    rmSync(join(storage, `${row.storage_key}.meta.json`));
    await db.query('DELETE FROM upload WHERE id = $1', [row.id]);
  }
  const again = await upload(api, session);
  assert.equal(again.status, 201, `an upload after space was freed: ${JSON.stringify(again.body)}`);
  const [{ n }] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM upload WHERE id = $1',
    [again.body.id],
  );
  assert.equal(n, 1);

  report('disk-full', {
    seconds: (Date.now() - started) / 1000,
    tmpfs: TMPFS_SIZE,
    uploadsBeforeFull: stored.length,
    fullStatus: full.status,
    bytesStored: rows.reduce((sum, r) => sum + Number(r.size), 0),
    uploadAfterFreeing: again.status,
  });
});
