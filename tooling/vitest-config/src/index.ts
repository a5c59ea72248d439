import { defineConfig } from 'vitest/config';

/** Where the workspace packages' TypeScript source is exported (see each package's `exports`). */
const SOURCE_CONDITION = '@chipwar/source';

/**
 * Tests run on source through the `@chipwar/source` export condition, so a package's tests never
 * wait for, or silently use a stale copy of, a dependency's build. Type tests run with `tsc`.
 */
export default defineConfig({
  resolve: { conditions: [SOURCE_CONDITION, 'import', 'module', 'node', 'default'] },
  ssr: {
    resolve: {
      conditions: [SOURCE_CONDITION, 'import', 'module', 'node', 'default'],
      externalConditions: [SOURCE_CONDITION],
    },
  },
  test: {
    // Generous: CI machines are small and noisy, and some tests start child processes. Speed is
    // measured by benchmarks, never by tests.
    testTimeout: 60_000,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
