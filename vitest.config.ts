import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Builds dist/ once: the CLI tests run the built bin, as users do; then the web page, which
    // the browser tests (test/browser/) open through `crosscheck serve`.
    globalSetup: ['test/global-setup.ts', 'test/browser/global-setup.ts'],
  },
});
