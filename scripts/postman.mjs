#!/usr/bin/env node
// The Postman collection of the REST API, generated from the OpenAPI document the API
// builds (web/src/api/openapi.json, kept current by `npm run api:client` and its drift test):
//
//   npm run api:postman            writes docs/postman/meuble-de-france-sav.postman_collection.json
//   node scripts/postman.mjs --check   fails when that file is not what the document gives
//
// Requests are grouped by tag; {{baseUrl}} defaults to http://localhost:3000, and the
// bearer token ({{bearerToken}}) or partner key ({{apiKey}}) are collection variables.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'web/src/api/openapi.json');
const target = join(root, 'docs/postman/meuble-de-france-sav.postman_collection.json');

const spec = JSON.parse(readFileSync(source, 'utf8'));

// The converter fills examples the document does not give with random values: a seeded
// sequence makes the file the same from one run to the next.
let seed = 20261126;
Math.random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
// Loaded after the sequence is in place: its example generator keeps Math.random as it finds it.
const { default: Converter } = await import('openapi-to-postmanv2');

const collection = await new Promise((resolve, reject) =>
  Converter.convert(
    { type: 'json', data: spec },
    {
      folderStrategy: 'Tags',
      requestParametersResolution: 'Example',
      exampleParametersResolution: 'Example',
      includeAuthInfoInExample: false,
      optimizeConversion: true,
      stackLimit: 10,
    },
    (err, result) => {
      if (err) return reject(err);
      if (!result.result) return reject(new Error(result.reason));
      resolve(result.output[0].data);
    },
  ),
);

// Stable output: the converter draws random ids; ids become hashes of where they stand.
function stabilise(node, path) {
  if (Array.isArray(node)) return node.map((child, i) => stabilise(child, `${path}/${i}`));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'response' && Array.isArray(value)) {
      // Saved example answers are invented by the converter: the API docs show the real shapes.
      out[key] = [];
    } else if ((key === 'id' || key === '_postman_id') && typeof value === 'string') {
      out[key] = createHash('sha256').update(`${path}/${key}`).digest('hex').slice(0, 32);
    } else {
      out[key] = stabilise(value, `${path}/${key}`);
    }
  }
  return out;
}

const stable = stabilise(collection, '');
stable.variable = [
  { key: 'baseUrl', value: 'http://localhost:3000', type: 'string' },
  { key: 'bearerToken', value: '', type: 'string' },
  { key: 'apiKey', value: '', type: 'string' },
];
stable.auth = {
  type: 'bearer',
  bearer: [{ key: 'token', value: '{{bearerToken}}', type: 'string' }],
};
const text = `${JSON.stringify(stable, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* missing */
  }
  if (current !== text) {
    console.error(`${target} is not up to date with the OpenAPI document: run npm run api:postman`);
    process.exit(1);
  }
  console.log('Postman collection up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
