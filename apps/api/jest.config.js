/** Unit tests (`*.spec.ts`, beside the code) and GraphQL end-to-end tests (`test/*.e2e-spec.ts`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  // The meilisearch client, language-tags and openid-client (with oauth4webapi and jose) are ESM-only:
  // compile them to CommonJS like our own code. The test OIDC provider runs as a child process instead.
  transform: { '^.+\\.(ts|js)$': ['@swc/jest'] },
  transformIgnorePatterns: [
    '/node_modules/(?!(\\.pnpm/(meilisearch|language-tags|openid-client|oauth4webapi|jose)@[^/]+/node_modules/)?(meilisearch|language-tags|openid-client|oauth4webapi|jose)/)',
  ],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/support/skipped-suites-reporter.js'],
  maxWorkers: 2,
  testTimeout: 60_000,
};
