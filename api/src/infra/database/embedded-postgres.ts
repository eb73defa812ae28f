import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL in the API's own process (PGlite, persisted under the data
 * directory), served on a loopback port so TypeORM uses the same `pg` driver
 * and the same migrations as with a real server.
 */
export class EmbeddedPostgres {
  private static readonly logger = new Logger('EmbeddedPostgres');

  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
    readonly dataDir: string,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const dir = join(dataDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
    const db = await PGlite.create({ dataDir: dir, extensions: { unaccent, pg_trgm } });
    const port = await freeLoopbackPort();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 4 });
    await server.start();
    EmbeddedPostgres.logger.log(
      `Embedded PostgreSQL (PGlite) on 127.0.0.1:${port}, data in ${dir}`,
    );
    return new EmbeddedPostgres(db, server, `postgres://postgres@127.0.0.1:${port}/postgres`, dir);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}
