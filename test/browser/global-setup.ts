// Builds the web page (dist/web) once before the browser tests, after test/global-setup.ts has
// built dist/cli: the server they start serves exactly what `npm run build` ships. Skipped, like
// the tests, when there is no chromium to run them.
import { build } from 'vite';
import { join } from 'node:path';
import { hasChromium, SKIP_MESSAGE } from './helpers/chromium.js';
import { ROOT } from './helpers/serve.js';

export default async function setup(): Promise<void> {
  if (!hasChromium) {
    console.warn(SKIP_MESSAGE);
    return;
  }
  // Vitest sets NODE_ENV=test, which would give React's development build: build what users get.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}
