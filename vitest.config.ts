import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/yield-between-tests.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: files that start servers or browsers must not all run at once.
    maxWorkers: 2,
  },
});
