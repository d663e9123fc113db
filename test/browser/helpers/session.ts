// The set-up every browser test file shares: `crosscheck serve` on a fresh store and a headless
// chromium, started together before the file's tests and stopped after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { startServer, type Server } from './serve.js';

export interface Session {
  readonly server: Server;
  readonly browser: Browser;
}

/** Registers beforeAll/afterAll in the calling describe block; `prepare` runs once both are up. */
export function serverAndBrowser(prepare?: (server: Server) => Promise<void>): Session {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    await prepare?.(server);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('serverAndBrowser: used before its beforeAll ran');
    return value;
  };
  return {
    get server() { return started(server); },
    get browser() { return started(browser); },
  };
}
