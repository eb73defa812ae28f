// Unit tests (src/**/*.spec.ts) and e2e tests (test/**/*.e2e-spec.ts, real PostgreSQL
// and Redis) run together so coverage is measured over both.
const swc = require('./test/support/swc-options');

const transform = { '^.+\\.ts$': ['@swc/jest', swc] };

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
  // A dynamic import names the compiled file (`./s3-file-storage.js`); tests load the source.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    },
  ],
  collectCoverageFrom: [
    '<rootDir>/src/**/*.ts',
    '!<rootDir>/src/main.ts',
    '!<rootDir>/src/**/*.spec.ts',
  ],
  testTimeout: 60_000,
  coverageProvider: 'v8',
  coverageDirectory: '<rootDir>/coverage',
  coverageReporters: ['text-summary', 'lcov', 'json-summary'],
  coverageThreshold: { global: { lines: 80 } },
};
