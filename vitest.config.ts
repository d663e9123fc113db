import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Builds dist/ once: the CLI tests run the built bin, as users do.
    globalSetup: ['test/global-setup.ts'],
  },
});
