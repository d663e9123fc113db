// Distributed ingestion against the real PostgreSQL server: `ingest --queue` enqueues, built
// `crosscheck worker` processes run the jobs, and the store ends up holding every article exactly
// once, whether two workers share the queue or one is killed holding jobs. Each test has its own
// queue schema and store schema (random names, dropped afterwards), so test files never meet.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_NAME } from '../../src/queue/boss.js';
import { BIN, runCli, tempDir } from '../cli/run-cli.js';
import { PG_SERVER as SERVER, testSchemas } from '../helpers/pg-schemas.js';

const schemas = testSchemas('crosscheck_q');
const admin = { query: (text: string, values?: unknown[]) => schemas.admin().query(text, values) };

interface Setup {
  /** The store: the server with the store schema as search_path. */
  readonly db: string;
  readonly storeSchema: string;
  readonly queueSchema: string;
  /** The flags every queue command of this test takes. */
  readonly queueArgs: readonly string[];
}

/** A fresh store schema and a queue schema name (pg-boss creates it). */
async function setup(): Promise<Setup> {
  const { schema: storeSchema, location: db } = await schemas.create();
  const queueSchema = schemas.reserve();
  return { db, storeSchema, queueSchema, queueArgs: ['--queue', SERVER, '--queue-schema', queueSchema] };
}

/** `count` invented articles, each with its own figure and town, as a JSONL file. */
function articles(count: number, tag: string): string {
  const towns = ['Sosnovy Brod', 'Kharkiv', 'Avdiivka', 'Kursk', 'Belgorod', 'Izium', 'Bakhmut', 'Kupiansk'];
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({
    id: `${tag}-${i}`,
    text: `At least ${i * 7 + 3} people were killed in ${towns[i % towns.length]} on Friday, the regional governor said. `
      + `Another ${i + 2} were wounded, according to the ministry (${tag} #${i}).`,
    published: '2025-12-13',
    outlet: 'Test Wire',
  }));
  const file = join(tempDir(), `${tag}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function startWorker(s: Setup, extra: readonly string[]): { child: ChildProcess; exit: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', s.db, ...s.queueArgs, ...extra], {
    env: { ...process.env, CROSSCHECK_DEBUG: '' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { child, exit };
}

/** Rows and distinct content hashes in the store: equal when no article was stored twice. */
async function storeCounts(s: Setup): Promise<{ rows: number; hashes: number; claims: number }> {
  const { rows } = await admin.query(`select count(*)::int as rows, count(distinct content_hash)::int as hashes,
    (select count(*)::int from ${s.storeSchema}.claims) as claims from ${s.storeSchema}.articles`);
  return rows[0];
}

interface JobRow { id: string; state: string; retry_count: number; worker: string | null; status: string | null; message: string | null }

async function jobs(s: Setup): Promise<JobRow[]> {
  const { rows } = await admin.query(`select id::text, state::text, retry_count, output->>'worker' as worker, output->>'status' as status,
    output->>'message' as message from ${s.queueSchema}.job where name = $1 order by created_on, id`, [QUEUE_NAME]);
  return rows;
}

const ENQUEUE_SUMMARY = /^(\d+) articles?: (\d+) enqueued, (\d+) already queued, (\d+) already stored, (\d+) failed/;

function enqueued(stdout: string) {
  const m = ENQUEUE_SUMMARY.exec(stdout);
  if (!m) throw new Error(`no summary in ${JSON.stringify(stdout)}`);
  const [, articles, fresh, queued, stored, failed] = m.map(Number);
  return { articles, enqueued: fresh, queued, stored, failed };
}

describe('distributed ingestion: ingest --queue and workers', () => {
  it('two workers on one queue store 40 articles exactly once; enqueueing twice makes no second job', async () => {
    const s = await setup();
    const file = articles(40, 'two');
    const first = await runCli(['ingest', file, ...s.queueArgs]);
    expect(first.code, first.stderr).toBe(0);
    expect(enqueued(first.stdout)).toEqual({ articles: 40, enqueued: 40, queued: 0, stored: 0, failed: 0 });
    const again = await runCli(['ingest', file, ...s.queueArgs]);
    expect(enqueued(again.stdout)).toEqual({ articles: 40, enqueued: 0, queued: 40, stored: 0, failed: 0 });
    expect((await jobs(s)).length).toBe(40);

    // One job at a time each: the test machine may have only two CPUs for both.
    const a = startWorker(s, ['--once', '--concurrency', '1']);
    const b = startWorker(s, ['--once', '--concurrency', '1']);
    const [ra, rb] = await Promise.all([a.exit, b.exit]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);

    expect(await storeCounts(s)).toMatchObject({ rows: 40, hashes: 40 });
    const rows = await jobs(s);
    expect(rows.length).toBe(40);
    expect(rows.every((j) => j.state === 'completed' && j.retry_count === 0 && j.status === 'new')).toBe(true);
    // Both workers took part, and between them completed each job once.
    const byWorker = new Map<string, number>();
    for (const j of rows) byWorker.set(j.worker ?? '?', (byWorker.get(j.worker ?? '?') ?? 0) + 1);
    expect([...byWorker.keys()].map((w) => Number(w.split(':').pop())).sort()).toEqual([a.child.pid, b.child.pid].sort());
    expect([...byWorker.values()].reduce((x, y) => x + y)).toBe(40);
    // The workers' own tallies agree: 40 new between them, none stored twice.
    const news = [ra.stderr, rb.stderr].map((e) => Number(/queue empty: \d+ jobs?: (\d+) new, 0 already known/.exec(e)?.[1]));
    expect(news[0]! + news[1]!).toBe(40);
    console.info(`two workers: jobs per worker ${JSON.stringify(Object.fromEntries(byWorker))}; store ${JSON.stringify(await storeCounts(s))}`);

    // With the store at hand, a third enqueue finds every article stored and sends nothing.
    const third = await runCli(['ingest', file, ...s.queueArgs, '--db', s.db]);
    expect(enqueued(third.stdout)).toEqual({ articles: 40, enqueued: 0, queued: 0, stored: 40, failed: 0 });
  }, 40_000);

  it('a worker killed with SIGKILL while holding jobs loses none: the other worker redoes them, each article stored once', async () => {
    const s = await setup();
    const file = articles(40, 'kill');
    // Jobs held 2 s without completion are taken for lost.
    const r = await runCli(['ingest', file, ...s.queueArgs, '--job-timeout', '2']);
    expect(r.code, r.stderr).toBe(0);

    const doomed = startWorker(s, ['--concurrency', '4']);
    // The worker takes its first jobs before its analysis threads have loaded: kill it then.
    const deadline = Date.now() + 15_000;
    while ((await jobs(s)).every((j) => j.state !== 'active')) {
      if (Date.now() > deadline) throw new Error('the worker never took a job');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    doomed.child.kill('SIGKILL');
    await doomed.exit;
    const orphans = (await jobs(s)).filter((j) => j.state === 'active').map((j) => j.id);
    expect(orphans.length).toBeGreaterThan(0);

    const survivor = startWorker(s, ['--once', '--concurrency', '1']);
    const done = await survivor.exit;
    expect(done.code, done.stderr).toBe(0);

    expect(await storeCounts(s)).toMatchObject({ rows: 40, hashes: 40 });
    const rows = await jobs(s);
    expect(rows.length).toBe(40);
    expect(rows.filter((j) => j.state !== 'completed')).toEqual([]);
    // The orphans went back to the queue (a retry each) and the survivor completed them.
    for (const id of orphans) {
      const job = rows.find((j) => j.id === id);
      expect(job?.retry_count).toBeGreaterThanOrEqual(1);
      expect(job?.worker).toMatch(new RegExp(`:${survivor.child.pid}$`));
    }
    console.info(`killed worker held ${orphans.length} jobs; redone: ${rows.filter((j) => j.retry_count > 0).map((j) => j.status).join(', ')}; store ${JSON.stringify(await storeCounts(s))}`);
  }, 40_000);

  it('a job that is not an article fails with a clear message after its retries; the others are stored', async () => {
    const s = await setup();
    const file = articles(5, 'bad');
    expect((await runCli(['ingest', file, ...s.queueArgs])).code).toBe(0);
    // Put on the queue by something other than crosscheck's ingest.
    const boss = new PgBoss({ connectionString: SERVER, schema: s.queueSchema, supervise: false, schedule: false });
    boss.on('error', () => undefined);
    await boss.start();
    await boss.send(QUEUE_NAME, { v: 1, article: { id: 'x', text: 42, published: '2025-12-13' }, origin: 'scraper#7' });
    await boss.send(QUEUE_NAME, { hello: 'world' });
    await boss.stop({ graceful: false, wait: true });

    const w = startWorker(s, ['--once', '--concurrency', '1']);
    const done = await w.exit;
    expect(done.code).toBe(1);
    expect(done.stderr).toMatch(/job \S+ \(scraper#7\) failed, attempt 1 of 3: not an article job: article\.text: .*expected string/i);
    expect(done.stderr).toMatch(/job \S+ \(no origin given\) failed, attempt 3 of 3: not an article job: payload version nothing, expected 1/);
    expect(await storeCounts(s)).toMatchObject({ rows: 5, hashes: 5 });
    const rows = await jobs(s);
    expect(rows.filter((j) => j.state === 'completed').length).toBe(5);
    const failed = rows.filter((j) => j.state === 'failed');
    expect(failed.map((j) => [j.retry_count, j.message])).toEqual([
      [2, expect.stringMatching(/^not an article job: article\.text: /)],
      [2, 'not an article job: payload version nothing, expected 1 (enqueued by another crosscheck version?)'],
    ]);

    const status = await runCli(['queue', 'status', ...s.queueArgs, '--json']);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      jobs: { created: 0, retry: 0, active: 0, completed: 5, failed: 2 },
      failures: expect.arrayContaining([expect.objectContaining({ origin: 'scraper#7', articleId: 'x', attempts: 3 })]),
    });
  }, 30_000);

  it('a queue server that is down is named in a clear error, exit 1, for ingest --queue and worker', async () => {
    const down = new URL(SERVER);
    down.port = '1'; // nothing listens on tcpmux
    const file = articles(2, 'down');
    const r = await runCli(['ingest', file, '--queue', down.toString()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`crosscheck: cannot reach the queue's PostgreSQL server ${down} (schema crosscheck_queue): connection refused (is the server running?)\n`);
    const s = await setup();
    const w = await runCli(['worker', '--db', s.db, '--queue', down.toString(), '--once']);
    expect(w.code).toBe(1);
    expect(w.stderr).toMatch(/crosscheck: cannot reach the queue's PostgreSQL server postgres:\/\/root@127\.0\.0\.1:1\/.*connection refused/);
  });

  it('SIGTERM stops an idle worker cleanly, exit 0', async () => {
    const s = await setup();
    const w = startWorker(s, ['--concurrency', '1']);
    // Running once it has said where it takes jobs from.
    await new Promise<void>((resolve) => w.child.stderr!.on('data', (d: string) => { if (d.includes('taking jobs')) resolve(); }));
    w.child.kill('SIGTERM');
    const done = await w.exit;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toMatch(/SIGTERM: finishing the jobs in flight[\s\S]*stopped: 0 jobs/);
  });
});

describe('worker and queue command lines', () => {
  it('worker --help and queue --help document the flags and exit codes', async () => {
    for (const [args, flags] of [
      [['worker', '--help'], ['--db', '--queue', '--queue-schema', '--concurrency', '--once', '--log-every', 'SIGTERM', 'Exit codes']],
      [['queue', '--help'], ['status', '--queue', '--queue-schema', '--json', 'Exit codes']],
      [['ingest', '--help'], ['--queue URL', '--queue-schema', '--job-timeout']],
    ] as const) {
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(0);
      for (const flag of flags) expect(r.stdout).toContain(flag);
    }
  });

  it.each([
    [['worker', '--db', 'local.db'], /--queue postgres:\/\/\.\.\. is needed when the store is an SQLite file/],
    [['worker', '--db', SERVER, '--concurrency', '0'], /--concurrency must be a whole number from 1 to 256/],
    [['worker', '--queue', 'queue.db', '--db', SERVER], /--queue must be a PostgreSQL URL/],
    [['worker', '--db', SERVER, '--queue-schema', 'bad-name'], /--queue-schema must be letters, digits and underscores/],
    [['ingest', 'x.txt', '--job-timeout', '5'], /--queue-schema and --job-timeout apply to --queue/],
    [['ingest', 'x.txt', '--queue', SERVER, '--job-timeout', '0'], /--job-timeout must be a whole number of seconds/],
    [['queue', 'status'], /missing --queue/],
    [['queue', 'purge', '--queue', SERVER], /unknown action "purge"/],
  ])('usage error %j exits 2', async (args, message) => {
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
