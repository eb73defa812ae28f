import 'reflect-metadata';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createApp, openApiDocument } from '../app.factory';
import { loadConfig } from '../config';

/**
 * The OpenAPI document of the code, built without listening or touching the
 * configured database (a throw-away embedded one), for the console's client.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mdf-openapi-'));
  const config = loadConfig({
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
  });
  const app = await createApp(config);
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Stable text of the document: what `npm run api:client` writes and the drift test compares. */
export function openApiText(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (require.main === module) {
  const target = process.argv[2];
  buildOpenApiDocument()
    .then(async (document) => {
      const text = openApiText(document);
      if (target) await writeFile(target, text);
      else process.stdout.write(text);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
