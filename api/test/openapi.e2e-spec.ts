import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildOpenApiDocument, openApiText } from '../src/cli/openapi';

/** The document the console's typed client is generated from (`npm run api:client`). */
const COMMITTED = join(__dirname, '..', '..', 'web', 'src', 'api', 'openapi.json');

describe('the OpenAPI document of the console client', () => {
  it('is the one the code builds (otherwise run `npm run api:client` at the repository root)', async () => {
    const committed = JSON.parse(await readFile(COMMITTED, 'utf8')) as unknown;
    const built = JSON.parse(openApiText(await buildOpenApiDocument())) as unknown;
    const stale =
      'web/src/api/openapi.json is not the document the API builds: run `npm run api:client` at the repository root and commit web/src/api';
    try {
      expect(built).toEqual(committed);
    } catch (err) {
      throw new Error(`${stale}\n\n${(err as Error).message}`);
    }
  });
});
