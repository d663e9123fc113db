// The load test behind bench/load.mjs and test/server/load-restart.test.ts: `crosscheck serve` (the
// built bin, in its own process) on a private PostgreSQL cluster (bench/load-pg-cluster.mjs) or an
// SQLite file, under a bounded loopback load (autocannon) of reads and authenticated writes of
// distinct generated articles, with the database restarted in the middle. It samples the server's
// RSS every second and afterwards checks that every acknowledged write is in the store, that every
// answer was coded JSON, that failures fell only in the outage (503 E_STORE_UNREACHABLE, the one
// code for a database that is not answering, on reads and writes alike), that no error answer named
// the database's host, port or user, that reads and writes recovered, and that the server stopped
// cleanly. Returns a summary; `failures` lists what went wrong, empty when the run passed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generateArticles } from './generate-articles.mjs';
import { startCluster } from './load-pg-cluster.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist', 'cli', 'main.js');

export const DEFAULTS = {
  db: 'postgres',
  duration: 60,
  /** Seconds into the load when the database restarts; null: no restart. */
  restartAt: 30,
  /** Milliseconds the database stays down (0: `pg_ctl restart -m fast`, which is over in ≈0.3 s). */
  downMs: 2000,
  /** After the database accepts connections again, how long failures still count as the outage. */
  graceMs: 2000,
  connections: 8,
  /** serve --jobs (analysis threads); null: serve's default. */
  jobs: null,
  /** Articles written before the load, whose ids the reads ask for. */
  seedArticles: 30,
  seed: 1,
  /** Port of the private PostgreSQL cluster; null: a free one. */
  pgPort: null,
  /** autocannon's per-request timeout, seconds: a slower answer counts as hanging. */
  timeout: 10,
  /** RSS may grow by this much from the first sample after warm-up to the end... */
  rssGrowthMb: 150,
  /** ...and by this fraction. Both must be exceeded to count as growth. */
  rssGrowthRatio: 0.5,
  log: () => {},
};

const KINDS = ['claims', 'groups', 'conflicts', 'article', 'health', 'post'];

export async function runLoad(options = {}) {
  const opt = { ...DEFAULTS, ...options };
  const log = opt.log;
  const failures = [];
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-load-'));
  const token = randomBytes(24).toString('hex');
  let cluster = null, server = null, keep = false;
  const loadBefore = loadavg();
  // Interrupted (Ctrl-C): no private PostgreSQL or server left running behind.
  const interrupted = (signal) => {
    server?.child.kill('SIGKILL');
    void (cluster ? cluster.stop() : Promise.resolve()).finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.kill(process.pid, signal);
    });
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    // -------------------------------------------------------------------------------------------
    // The store and the server
    let location;
    if (opt.db === 'postgres') {
      let t = performance.now();
      cluster = await startCluster({ port: opt.pgPort ?? undefined });
      location = cluster.url;
      log(`private PostgreSQL cluster at ${cluster.url} (${cluster.dir}) in ${ms(performance.now() - t)}`);
    } else if (opt.db === 'sqlite') {
      location = join(dir, 'load.db');
    } else {
      throw new Error(`db must be postgres or sqlite, not ${opt.db}`);
    }
    if (opt.restartAt !== null && !cluster) throw new Error('a restart needs --db postgres');

    const serverLog = join(dir, 'server.log');
    server = startServer(location, token, opt.jobs, serverLog);
    const url = await server.url;
    log(`server at ${url} (pid ${server.child.pid}), log ${serverLog}`);

    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const body = (a) => JSON.stringify({ text: a.text, published: a.published, outlet: a.outlet, title: a.title });
    const acked = new Map(); // article id → how it was acknowledged
    const seedIds = [];
    for (const a of generateArticles({ n: opt.seedArticles, seed: 10_000 + opt.seed, prefix: 'seed-' })) {
      const res = await fetch(`${url}/articles`, { method: 'POST', headers: auth, body: body(a) });
      const doc = await res.json();
      if (res.status !== 201 && res.status !== 200) throw new Error(`seeding: ${res.status} ${JSON.stringify(doc)}`);
      seedIds.push(doc.article.id);
      acked.set(doc.article.id, 'seed');
    }
    log(`seeded ${seedIds.length} articles`);

    // -------------------------------------------------------------------------------------------
    // The load
    const articles = generateArticles({ n: 10_000_000, seed: opt.seed, prefix: 'load-' });
    const sent = Object.fromEntries(KINDS.map((k) => [k, 0]));
    const answered = Object.fromEntries(KINDS.map((k) => [k, 0]));
    const latencies = Object.fromEntries(KINDS.map((k) => [k, []]));
    /** Every answer: [ms since the load started, kind index, status]. */
    const answers = [];
    const malformed = [];
    /** Error answers that name the database (its host and port, its user, its file). */
    const leaks = [];
    const secrets = opt.db === 'postgres'
      ? (({ hostname, port, username }) => [hostname, `:${port}`, `${username}@`])(new URL(location))
      : [location];
    const reqErrors = [];
    let t0 = 0;
    let lastKind = null;
    let pick = 0;
    const now = () => performance.now() - t0;

    const onResponse = (kind) => (status, text, _context, headers) => {
      answered[kind]++;
      lastKind = kind;
      answers.push([now(), KINDS.indexOf(kind), status]);
      let json;
      try {
        json = JSON.parse(text);
        if (!/^application\/json\b/.test(header(headers, 'content-type'))) throw new Error('not labelled JSON');
      } catch {
        malformed.push({ t: now(), kind, status, contentType: header(headers, 'content-type'), body: text.slice(0, 200) });
        return;
      }
      if (status >= 200 && status < 300) {
        if (kind === 'post') {
          const id = json?.article?.id;
          if (typeof id !== 'string') malformed.push({ t: now(), kind, status, body: text.slice(0, 200) });
          else acked.set(id, status === 201 ? 'new' : 'known');
        }
      } else if (json === null || typeof json !== 'object' || json.statusCode !== status || typeof json.code !== 'string' || typeof json.message !== 'string') {
        malformed.push({ t: now(), kind, status, body: text.slice(0, 200) });
      } else {
        answers[answers.length - 1].push(json.code);
        if (secrets.some((secret) => text.includes(secret))) leaks.push({ t: now(), kind, status, body: text.slice(0, 300) });
      }
    };
    const request = (kind, req, setup) => ({
      ...req,
      setupRequest: (r) => { sent[kind]++; return setup ? setup(r) : r; },
      onResponse: onResponse(kind),
    });
    const requests = [
      request('claims', { method: 'GET', path: '/claims?limit=20' }),
      request('groups', { method: 'GET', path: '/groups?limit=20' }),
      request('conflicts', { method: 'GET', path: '/conflicts?limit=20' }),
      request('article', { method: 'GET', path: `/articles/${seedIds[0]}` }, (r) => ({ ...r, path: `/articles/${encodeURIComponent(seedIds[pick++ % seedIds.length])}` })),
      request('health', { method: 'GET', path: '/health' }),
      request('post', { method: 'POST', path: '/articles', headers: auth }, (r) => ({ ...r, body: body(articles.next().value) })),
    ];

    const rss = [];
    const sample = () => {
      try {
        const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1]);
        if (kb) rss.push([now(), kb / 1024]);
      } catch { /* the server is gone: reported below */ }
    };

    let outage = null;
    let restartError = null;
    log(`load: ${opt.connections} connections for ${opt.duration} s${opt.restartAt === null ? '' : `, PostgreSQL restart at ${opt.restartAt} s (down ${opt.downMs} ms)`}`);
    t0 = performance.now();
    sample();
    const sampler = setInterval(sample, 1000);
    const restartTimer = opt.restartAt === null ? null : setTimeout(() => {
      outage = { down: now(), up: null };
      log(`  ${s(outage.down)}: restarting PostgreSQL`);
      cluster.restart({ downMs: opt.downMs }).then(
        () => { outage.up = now(); log(`  ${s(outage.up)}: PostgreSQL accepts connections again`); },
        (err) => { restartError = err; },
      );
    }, opt.restartAt * 1000);

    const instance = autocannon({
      url, connections: opt.connections, pipelining: 1, duration: opt.duration, timeout: opt.timeout, requests,
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (lastKind !== null) latencies[lastKind].push(responseTime);
      lastKind = null;
    });
    instance.on('reqError', (err) => { reqErrors.push({ t: now(), error: String(err?.code ?? err?.message ?? err) }); });
    const result = await instance;
    clearInterval(sampler);
    sample();
    if (restartTimer) clearTimeout(restartTimer);
    // A restart still under way must finish before the store is read.
    for (let i = 0; outage && outage.up === null && restartError === null && i < 600; i++) await sleep(100);
    if (restartError) failures.push(`the PostgreSQL restart failed: ${restartError.message}`);
    const loadDuring = loadavg();

    // -------------------------------------------------------------------------------------------
    // Checks
    const serverAlive = server.child.exitCode === null && server.child.signalCode === null;
    if (!serverAlive) failures.push(`the server died during the load (exit ${server.child.exitCode ?? server.child.signalCode}):\n${server.stderr().trim().split('\n').slice(-40).join('\n')}`);

    const windowEnd = outage?.up === null || outage === null ? null : outage.up + opt.graceMs;
    const inOutage = (t) => outage !== null && t >= outage.down && (windowEnd === null || t <= windowEnd);
    let ok = 0, outageClean = 0;
    const outageByKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
    /** Error answers by code, wherever they fell. */
    const byCode = {};
    const other = [];
    for (const [t, k, status, code] of answers) {
      if (status >= 200 && status < 300) { ok++; continue; }
      byCode[code ?? 'none'] = (byCode[code ?? 'none'] ?? 0) + 1;
      if (inOutage(t) && status === 503 && code === 'E_STORE_UNREACHABLE') { outageClean++; outageByKind[KINDS[k]]++; }
      else other.push({ t: Math.round(t), kind: KINDS[k], status, code });
    }
    if (other.length) failures.push(`${other.length} error answers outside the outage or not a 503 E_STORE_UNREACHABLE (first: ${JSON.stringify(other.slice(0, 3))})`);
    if (leaks.length) failures.push(`${leaks.length} error answers named the database (first: ${JSON.stringify(leaks[0])})`);
    if (malformed.length) failures.push(`${malformed.length} answers were not coded JSON (first: ${JSON.stringify(malformed[0])})`);
    if (reqErrors.length) failures.push(`${reqErrors.length} requests got no answer (timeouts ${result.timeouts}; first: ${JSON.stringify(reqErrors.slice(0, 3))})`);
    const sentTotal = KINDS.reduce((n, k) => n + sent[k], 0);
    const answeredTotal = KINDS.reduce((n, k) => n + answered[k], 0);
    // autocannon drops what is in flight when the time is up: at most one request a connection.
    const unanswered = sentTotal - answeredTotal - reqErrors.length;
    if (unanswered > opt.connections) failures.push(`${unanswered} requests were sent but never answered (connections closed under them)`);

    const recovery = {};
    if (outage) {
      if (outage.up !== null) {
        for (const kind of ['get', 'post']) {
          const first = answers.find(([t, k, status]) => t > outage.up && status >= 200 && status < 300 && (kind === 'post') === (KINDS[k] === 'post'));
          recovery[kind] = first ? Math.round(first[0] - outage.up) : null;
          if (!first) failures.push(`${kind === 'post' ? 'writes' : 'reads'} never succeeded again after the restart`);
        }
      }
      if (outageClean === 0 && opt.downMs > 0) failures.push('no request met the outage: the restart was not exercised');
    }
    const afterOutage = windowEnd === null ? [] : answers.filter(([t]) => t > windowEnd);
    if (windowEnd !== null && !afterOutage.some(([, k, status]) => KINDS[k] === 'post' && status < 300)) failures.push('no write succeeded after the outage window');

    // Every acknowledged write is in the store, read straight from the database.
    const stored = await storedIds(opt.db, location);
    const missing = [...acked.keys()].filter((id) => !stored.has(id));
    if (missing.length) failures.push(`${missing.length} acknowledged articles are not in the store (first: ${missing.slice(0, 5).join(', ')})`);

    // Memory: from the first sample after a warm-up of 5 s (threads loaded, caches filled) to the end.
    const warm = rss.find(([t]) => t >= Math.min(5000, (opt.duration * 1000) / 4)) ?? rss[0];
    const rssStart = warm?.[1] ?? 0;
    const rssPeak = Math.max(...rss.map(([, mb]) => mb));
    const rssEnd = rss.at(-1)?.[1] ?? 0;
    if (rssEnd - rssStart > opt.rssGrowthMb && rssEnd > rssStart * (1 + opt.rssGrowthRatio)) {
      failures.push(`RSS grew from ${rssStart.toFixed(0)} MB to ${rssEnd.toFixed(0)} MB`);
    }

    // A clean stop.
    server.child.kill('SIGTERM');
    const exit = await Promise.race([server.exit, sleep(15_000).then(() => 'hung')]);
    if (serverAlive && exit !== 0) failures.push(`the server did not stop cleanly on SIGTERM (${exit})`);
    if (exit === 'hung') server.child.kill('SIGKILL');

    const postsAcked = [...acked.values()].filter((v) => v !== 'seed').length;
    keep = failures.length > 0;
    return {
      db: opt.db,
      durationS: opt.duration,
      connections: opt.connections,
      restart: outage ? { atS: opt.restartAt, downMs: opt.downMs, dbDownAtMs: Math.round(outage.down), dbUpAtMs: outage.up === null ? null : Math.round(outage.up), recoveredAfterMs: recovery } : null,
      requests: { total: answeredTotal, ok, perSecond: Math.round(answeredTotal / opt.duration), byKind: answered },
      errors: { outageClean503: outageClean, outageByKind, byCode, other: other.length, leaks: leaks.length, malformed: malformed.length, noAnswer: reqErrors.length, timeouts: result.timeouts, unanswered },
      latencyMs: {
        all: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
        ...Object.fromEntries(KINDS.map((k) => [k, percentiles(latencies[k])])),
      },
      rssMb: {
        start: Math.round(rssStart), peak: Math.round(rssPeak), end: Math.round(rssEnd), samples: rss.length,
        // One sample every 10 s, to tell a leak (a steady climb) from a heap that grew once and stays.
        every10s: rss.filter((_, i) => i % 10 === 0).map(([, mb]) => Math.round(mb)),
      },
      writes: { acked: postsAcked, seeded: seedIds.length, storedArticles: stored.size, missing: missing.length, storedWithoutAck: stored.size - acked.size },
      serverExit: exit,
      loadavg: { before: round2(loadBefore), during: round2(loadDuring) },
      node: process.version,
      failures,
      keptFiles: keep ? dir : null,
    };
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    server?.closeLog();
    if (cluster) {
      // A failed run keeps the server log; the database goes either way (it is large and private).
      await cluster.stop();
    }
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

function startServer(location, token, jobs, logFile) {
  const fd = openSync(logFile, 'a');
  const args = [BIN, 'serve', '--db', location, '--port', '0', ...(jobs ? ['--jobs', String(jobs)] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, CROSSCHECK_TOKEN: token, CROSSCHECK_DEBUG: '' }, stdio: ['ignore', fd, 'pipe'],
  });
  let stderr = '';
  const url = new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (d) => {
      stderr += d;
      const m = /serving (http:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${stderr}`)));
  });
  url.catch(() => undefined);
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return { child, url, exit, stderr: () => stderr, closeLog: () => { try { closeSync(fd); } catch { /* closed */ } } };
}

async function storedIds(db, location) {
  if (db === 'postgres') {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      return new Set((await client.query('select id from articles')).rows.map((r) => r.id));
    } finally {
      await client.end();
    }
  }
  const { default: Database } = await import('better-sqlite3');
  const handle = new Database(location, { readonly: true, fileMustExist: true });
  try {
    return new Set(handle.prepare('select id from articles').all().map((r) => r.id));
  } finally {
    handle.close();
  }
}

/** A response header by name, whatever its case (autocannon keeps the raw names). */
function header(headers, name) {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? '' : String(headers[key]);
}

function percentiles(values) {
  if (!values.length) return { n: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
  return { n: values.length, p50: at(0.5), p99: at(0.99), max: Math.round(sorted[sorted.length - 1]) };
}

const sleep = (msec) => new Promise((resolve) => setTimeout(resolve, msec));
const ms = (v) => `${Math.round(v)} ms`;
const s = (v) => `${(v / 1000).toFixed(1)} s`;
const round2 = (xs) => xs.map((x) => Math.round(x * 100) / 100);
