/** Component tests: `*.test.ts(x)` beside the code, in jsdom, compiled by SWC. */
module.exports = {
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  testEnvironmentOptions: { customExportConditions: ['require', 'node', 'default'] },
  roots: ['<rootDir>/src'],
  testRegex: '\\.test\\.tsx?$',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!.*(@u-elements|@digdir|invokers-polyfill|marked))'],
  moduleNameMapper: { '\\.css$': '<rootDir>/src/test/style-stub.cjs' },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  maxWorkers: 2,
  // A test's several async steps can each wait up to asyncUtilTimeout on the shared 2-core machine.
  testTimeout: 20_000,
};
