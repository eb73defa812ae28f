// Builds the embeddable chat widget (web/dist/widget/mdf-chat.js) and copies the demo pages to
// web/dist/demo. Fails when the bundle is over its gzip budget: retailers' pages pay for every byte.
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(webDir, 'dist', 'widget');
const outFile = join(outDir, 'mdf-chat.js');
const BUDGET_BYTES = 60 * 1024;

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

const result = await build({
  entryPoints: [join(webDir, 'src', 'widget', 'index.ts')],
  outfile: outFile,
  bundle: true,
  minify: true,
  // A classic script: document.currentScript is only set while a classic script runs.
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15.4'],
  platform: 'browser',
  legalComments: 'none',
  sourcemap: 'linked',
  tsconfig: join(webDir, 'tsconfig.app.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
});

const code = await readFile(outFile);
const gzipped = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `mdf-chat.js: ${kb(code.length)} minified, ${kb(gzipped)} gzip (budget ${kb(BUDGET_BYTES)})`,
);

const demoSrc = join(webDir, 'src', 'demo');
const demoOut = join(webDir, 'dist', 'demo');
await rm(demoOut, { recursive: true, force: true });
await cp(demoSrc, demoOut, { recursive: true });

if (result.errors.length > 0 || gzipped > BUDGET_BYTES) {
  console.error(
    gzipped > BUDGET_BYTES
      ? `mdf-chat.js is over budget by ${kb(gzipped - BUDGET_BYTES)}`
      : 'The widget build failed',
  );
  process.exit(1);
}
