// Kills `crosscheck ingest` with SIGKILL at random points of a batch and checks the store after
// each kill (test/helpers/store-invariants.ts), then lets a last run finish: the body of
// test/cli/ingest-crash-*.test.ts, one file per engine so that the two run side by side. The batch
// is 300 invented articles from bench/generate-articles.mjs, more when many kills are asked for.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { expect } from 'vitest';
import { mulberry32, writeArticlesJsonl } from '../../bench/generate-articles.mjs';
import { BIN, tempDir } from '../cli/run-cli.js';
import { adminClient, inSchema } from './pg-schemas.js';
import { checkWholeArticles, type Query } from './store-invariants.js';

/** At least this many articles; each killed run must get to commit a batch or so of them. */
const MIN_ARTICLES = 300;
const ARTICLES_PER_KILL = 24;
const SEED = envCount('CROSSCHECK_CRASH_SEED', randomBytes(4).readUInt32LE(0));
// A run starts node, the store and a worker thread: seconds on a busy machine.
const RUN_DEADLINE_MS = 60_000;

/** A whole number from the environment, for the knobs the Hardening runs turn up. */
export function envCount(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not ${value}`);
  return n;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface StoreUnderTest {
  readonly engine: 'sqlite' | 'postgres';
  readonly location: string;
  /** Articles committed so far, or null while the store has no tables yet. */
  count(): Promise<number | null>;
  readonly query: Query;
  close(): Promise<void>;
}

/** The batch as one JSONL file. */
async function batch(articles: number): Promise<string> {
  const file = join(tempDir(), 'batch.jsonl');
  await writeArticlesJsonl(file, { n: articles, seed: 7, prefix: 'crash-' });
  return file;
}

interface Run {
  readonly outcome: 'killed' | 'finished';
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs ingest over the batch; with `killAt`, SIGKILLs it `delayMs` after the store reaches that many articles. */
async function ingest(store: StoreUnderTest, file: string, killAt?: { articles: number; delayMs: number }): Promise<Run> {
  const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', store.location, '--jobs', '1', '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CROSSCHECK_DEBUG: '' },
  });
  let stdout = '', stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  let exited = false;
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => { exited = true; resolve({ code, signal }); });
  });
  const deadline = Date.now() + RUN_DEADLINE_MS;
  if (killAt) {
    while (!exited && Date.now() < deadline) {
      const n = await store.count();
      if (n !== null && n >= killAt.articles) {
        await sleep(killAt.delayMs);
        child.kill('SIGKILL');
        break;
      }
      await sleep(5);
    }
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), Math.max(0, deadline - Date.now()));
  const { code, signal } = await exit;
  clearTimeout(timer);
  if (Date.now() >= deadline) throw new Error(`ingest ran past ${RUN_DEADLINE_MS / 1000} s:\n${stderr}`);
  return { outcome: signal === 'SIGKILL' ? 'killed' : 'finished', code, stdout, stderr };
}

/** Kills ingest `kills` times at random points, checking the store after each, then lets it finish. */
export async function killAndFinish(store: StoreUnderTest, kills: number): Promise<void> {
  const articles = Math.max(MIN_ARTICLES, kills * ARTICLES_PER_KILL);
  const file = await batch(articles);
  const rand = mulberry32(SEED + (store.engine === 'sqlite' ? 0 : 1));
  const where = (what: string) => `${store.engine}, seed ${SEED} (CROSSCHECK_CRASH_SEED), ${what}`;
  let killed = 0;
  for (let k = 0; k < kills; k++) {
    const before = (await store.count()) ?? 0;
    if (before >= articles) break;
    // A point somewhere in what is left, leaving room for the kills still to come; then a few ms
    // more, so that kills land in analysis, in a commit, between batches.
    const room = Math.max(1, Math.floor((articles - before) / (kills - k + 1)));
    const killAt = { articles: before + 1 + Math.floor(rand() * room), delayMs: Math.floor(rand() * 25) };
    const run = await ingest(store, file, killAt);
    if (run.outcome === 'finished') expect(run.code, where(`run ${k + 1} ended by itself: ${run.stderr}`)).toBe(0);
    else killed++;
    const state = await checkWholeArticles(store.query, store.engine);
    // Joined, so that a failure prints every problem in full.
    expect(state.problems.join('\n'), where(`after kill ${k + 1} at ≥ ${killAt.articles} articles (+${killAt.delayMs} ms)`)).toBe('');
    if (run.outcome === 'finished') break;
  }
  // The kills were real: runs that all finished before their kill would prove nothing.
  expect(killed, where('runs killed before they finished')).toBeGreaterThanOrEqual(Math.ceil(kills / 2));

  const stored = (await store.count()) ?? 0;
  const last = await ingest(store, file);
  expect(last.code, where(`the last run: ${last.stderr}`)).toBe(0);
  const summary = JSON.parse(last.stdout) as { new: number; known: number; replaced: number; failed: number };
  // What the killed runs committed is known (not analysed again); the rest is new.
  expect(summary, where('the last run\'s summary')).toMatchObject({ known: stored, new: articles - stored, replaced: 0, failed: 0 });
  const state = await checkWholeArticles(store.query, store.engine);
  expect(state.problems.join('\n'), where('after the last run')).toBe('');
  const [distinct] = await store.query('select count(distinct content_hash) as n, count(*) as total from articles');
  expect({ texts: Number(distinct?.['n']), rows: Number(distinct?.['total']) }).toEqual({ texts: articles, rows: articles });
}

export function sqliteStore(): StoreUnderTest {
  const location = join(tempDir(), 'crash.db');
  let db: Database.Database | null = null;
  const open = () => {
    // Opened once the ingest has created the file; WAL lets this reader look while it writes.
    db ??= new Database(location, { fileMustExist: true, timeout: 10_000 });
    return db;
  };
  return {
    engine: 'sqlite',
    location,
    async count() {
      try {
        return Number((open().prepare('select count(*) as n from articles').get() as { n: number }).n);
      } catch {
        return null; // no file or no tables yet
      }
    },
    async query(sql) {
      const statement = open().prepare(sql);
      if (statement.reader) return statement.all() as Record<string, unknown>[];
      statement.run();
      return [];
    },
    async close() {
      db?.close();
    },
  };
}

/** A store in a fresh schema of the test server, dropped again by close(). */
export async function postgresStore(): Promise<StoreUnderTest> {
  const admin = await adminClient();
  const schema = `crosscheck_crash_${randomBytes(4).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  const location = inSchema(schema);
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  return {
    engine: 'postgres',
    location,
    async count() {
      try {
        return Number((await client.query<{ n: string }>('select count(*) as n from articles')).rows[0]?.n);
      } catch {
        return null; // no tables yet
      }
    },
    async query(sql) {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    },
    async close() {
      await client.end();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    },
  };
}
