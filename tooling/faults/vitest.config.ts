import { defineConfig } from 'vitest/config';

// Not the shared configuration: the fault suite runs against the BUILT packages and the built
// `chipwar` binary, as a user meets them, so no @chipwar/source condition; and one file at a time,
// since its child processes run under time and memory limits that a crowded machine would distort.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/cleanup.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
