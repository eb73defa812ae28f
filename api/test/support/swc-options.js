// The compiler settings of the build (.swcrc), for TypeScript compiled on the fly by the tests.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const options = JSON.parse(readFileSync(join(__dirname, '../../.swcrc'), 'utf8'));
delete options.$schema;

module.exports = { ...options, swcrc: false };
