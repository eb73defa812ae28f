// The PostgreSQL database and Redis keys of one run of deploy/nginx/e2e.sh:
//   node services.mjs check  <database-url> <redis-url>
//   node services.mjs create <database-url> <name>     prints the new database's URL
//   node services.mjs drop   <database-url> <name>
//   node services.mjs flush  <redis-url> <key-prefix>
// Messages name servers by host and port only: URLs may hold passwords.
import Redis from 'ioredis';
import pg from 'pg';

const [command, url, arg] = process.argv.slice(2);
const where = (u) => `${new URL(u).hostname}:${new URL(u).port || 'default port'}`;
const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

async function withDatabase(run) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function withRedis(redisUrl, run) {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 5000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  await redis.connect();
  try {
    return await run(redis);
  } finally {
    redis.disconnect();
  }
}

switch (command) {
  case 'check': {
    await withDatabase((c) => c.query('select 1')).catch(() => {
      console.error(
        `PostgreSQL does not answer at ${where(url)} (TEST_DATABASE_URL); start it (see .ci/run)`,
      );
      process.exit(1);
    });
    await withRedis(arg, (r) => r.ping()).catch(() => {
      console.error(
        `Redis does not answer at ${where(arg)} (TEST_REDIS_URL); start it (see .ci/run)`,
      );
      process.exit(1);
    });
    break;
  }
  case 'create': {
    if (!NAME.test(arg)) throw new Error(`not a database name: ${arg}`);
    await withDatabase((c) => c.query(`CREATE DATABASE ${arg}`));
    const created = new URL(url);
    created.pathname = `/${arg}`;
    console.log(created.toString());
    break;
  }
  case 'drop': {
    if (!NAME.test(arg)) throw new Error(`not a database name: ${arg}`);
    await withDatabase((c) => c.query(`DROP DATABASE IF EXISTS ${arg} WITH (FORCE)`));
    break;
  }
  case 'flush': {
    await withRedis(url, async (redis) => {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${arg}*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    });
    break;
  }
  default:
    throw new Error(`unknown command: ${command}`);
}
