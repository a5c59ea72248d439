/**
 * Mutation testing of the schema package's validator and versioning rules (`npm run test:mutation`,
 * TESTING.md): Stryker changes the source one small edit at a time and checks that some test fails
 * for each.
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  // The vitest config imports @chipwar/vitest-config, which exports TypeScript that Node 20 cannot
  // load by itself (the package's `test` script uses --configLoader runner for the same reason).
  testRunnerNodeArgs: ['--import=tsx'],
  mutate: ['src/validate/**/*.ts', 'src/versioning/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
  coverageAnalysis: 'perTest',
  // The machine has two cores, shared.
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowEmojis: false, logTests: false },
};
