// An app per test file over a temp SQLite store holding the store fixtures (the example articles
// and the North Korea one), with the real pipeline; every response checked to carry no stack.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { buildApp, type AppOptions } from '../../src/server/build-app.js';
import type { ClaimStore } from '../../src/store/claim-store.js';
import { openStore } from '../../src/store/open-store.js';
import { fixtures } from '../store/fixtures.js';

export const TOKEN = 'test-token-0123456789abcdef';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

export interface Harness {
  readonly app: FastifyInstance;
  readonly store: ClaimStore;
  /** Where the store is, for a second handle on it; null for a store passed in. */
  readonly location: string | null;
  close(): Promise<void>;
}

/** A fresh store (filled with the fixtures unless `empty`) and an app over it. */
export async function harness(options: Partial<AppOptions> & { empty?: boolean; location?: string } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-server-'));
  const location = options.store ? null : options.location ?? join(dir, 'store.db');
  const store = options.store ?? await openStore(location!);
  if (!options.empty && !options.store) {
    await store.putArticles(fixtures().map(({ article, doc }) => ({ article, doc })));
  }
  const { empty: _e, location: _l, ...rest } = options;
  const app = await buildApp({ store, pipeline: analyse, token: TOKEN, ...rest });
  await app.ready();
  return {
    app, store, location,
    async close() {
      await app.close();
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What no response may hold: a stack frame or a path into the code. */
export const LEAK = /^\s+at .+:\d+:\d+\)?$|node_modules|\/src\/|\.ts:\d+|\.js:\d+/m;

/** A coded error response, with no stack. */
export function expectError(res: LightMyRequestResponse, status: number, code: string, message?: RegExp): void {
  expect(res.body).not.toMatch(LEAK);
  expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
  expect(res.json()).toEqual({ statusCode: status, code, message: expect.any(String) });
  if (message) expect(res.json().message).toMatch(message);
}

export const NK_TEXT = 'About 300 North Korean soldiers have been killed and 2,700 wounded fighting for Russia in the Kursk region, '
  + "South Korea's spy agency said on Monday. Ukraine's military intelligence put the toll at 1,000 killed.\n";
