// Loads a TypeScript worker entry (`workerData.entry`) in a worker thread under Jest, compiled
// on the fly by SWC with the project's settings; the build ships compiled JavaScript instead.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { workerData } = require('node:worker_threads');
const { transformSync } = require('@swc/core');

const swc = JSON.parse(readFileSync(join(__dirname, '../../.swcrc'), 'utf8'));
delete swc.$schema;

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    ...swc,
    swcrc: false,
    sourceMaps: false,
    filename,
  });
  module._compile(code, filename);
};

module.exports = require(workerData.entry);
