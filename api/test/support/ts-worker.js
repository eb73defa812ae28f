// Loads a TypeScript worker entry (`workerData.entry`) in a worker thread under Jest, compiled
// on the fly by SWC with the project's settings; the build ships compiled JavaScript instead.
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { transformSync } = require('@swc/core');
const swc = require('./swc-options');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    ...swc,
    sourceMaps: false,
    filename,
  });
  module._compile(code, filename);
};

module.exports = require(workerData.entry);
