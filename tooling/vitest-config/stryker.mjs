// The mutation-testing settings every package shares (`npm run test:mutation`, TESTING.md): Stryker
// changes the source one small edit at a time and checks that some test fails for each. Plain
// JavaScript, because Stryker loads its config with Node alone.

/**
 * A package's Stryker config, mutating the source files `mutate` names (globs relative to the
 * package; test files are never mutated).
 *
 * @param {string[]} mutate
 */
export function strykerConfig(mutate) {
  return {
    testRunner: 'vitest',
    vitest: { configFile: 'vitest.config.ts' },
    // The vitest config imports @chipwar/vitest-config, which exports TypeScript that Node 20 cannot
    // load by itself (the packages' `test` scripts use --configLoader runner for the same reason).
    testRunnerNodeArgs: ['--import=tsx'],
    mutate: [...mutate, '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
    coverageAnalysis: 'perTest',
    // The machine has two cores, shared.
    concurrency: 2,
    thresholds: { high: 90, low: 80, break: 80 },
    reporters: ['clear-text', 'progress', 'json', 'html'],
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    htmlReporter: { fileName: 'reports/mutation/mutation.html' },
    clearTextReporter: { allowEmojis: false, logTests: false },
  };
}
