// Fails the build when the console's initial JavaScript (what index.html loads before any
// lazy route) grows past 300 KB gzip. The widget's own build checks its 60 KB budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 300 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'console', 'browser');
const html = readFileSync(join(root, 'index.html'), 'utf8');
const files = [
  ...new Set(
    [
      ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ].map((m) => m[1]),
  ),
];
if (files.length === 0) {
  console.error(`console budget: no script in ${root}/index.html; build the console first`);
  process.exit(1);
}
const size = files.reduce(
  (sum, f) => sum + gzipSync(readFileSync(join(root, f)), { level: 9 }).length,
  0,
);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ok = size <= BUDGET_BYTES;
console.log(
  `console initial JavaScript: ${kb(size)} gzip in ${files.length} files (budget ${kb(BUDGET_BYTES)}) ${ok ? 'ok' : 'EXCEEDED'}`,
);
process.exitCode = ok ? 0 : 1;
