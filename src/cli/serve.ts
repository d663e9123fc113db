// `crosscheck serve`: the HTTP API (src/server) and the built web page in one process, logging
// one JSON line per request to stdout, and stopping cleanly on SIGTERM or SIGINT. Articles are
// analysed on worker threads with the per-article time limit, so the main thread only answers.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { UsageError } from '../errors.js';
import { articleTimeoutMs, DEFAULT_ARTICLE_TIMEOUT_MS } from '../limits.js';
import { DEFAULT_STORE, isPostgresLocation } from '../store/location.js';
import type { ClaimsDoc } from '../types.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs, parseJobs } from './parse-args.js';

export const SERVE_SUMMARY = 'the HTTP API and the web page, on one port';

const MIN_TOKEN = 16;
const DEFAULT_WEB = fileURLToPath(new URL('../web', import.meta.url));

export const SERVE_HELP = `Usage:
  crosscheck serve [--db FILE|postgres://...] [--port 8080] [--host 127.0.0.1] [--private]
                   [--body-limit BYTES] [--jobs N] [--web DIR]

Serves the HTTP API (routes listed at /openapi.json) and, when it has been built, the web page at /.

  --db FILE|URL        the store: an SQLite file (created if missing; default ${DEFAULT_STORE}) or
                       postgres://user@host/database
  --port N             TCP port (default 8080; 0 picks a free one)
  --host ADDR          address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for all)
  --private            reads need the token too (the page's own files stay open)
  --body-limit BYTES   largest request body (default 2097152, 2 MB); larger ones get 413
  --jobs N             analysis threads for POST /articles (default: one per CPU but one, at least
                       one: ${serveThreads()} here); reads never wait for an analysis
  --web DIR            the built web page (default: dist/web next to this program)
  -h, --help           show this help

Writes (POST /articles) need "Authorization: Bearer $CROSSCHECK_TOKEN". Without CROSSCHECK_TOKEN in
the environment every write is refused (401) and the server is read-only. The token must be at
least ${MIN_TOKEN} characters, e.g. export CROSSCHECK_TOKEN=$(openssl rand -hex 24).

An article whose analysis runs longer than CROSSCHECK_ARTICLE_TIMEOUT_MS (default ${DEFAULT_ARTICLE_TIMEOUT_MS}) is
stopped and refused with 422 E_ANALYSIS_TIMEOUT; nothing is stored for it. While the database is
not answering (a PostgreSQL restart) requests get 503 E_STORE_UNREACHABLE, naming no host or port,
and /health says so; the server reconnects by itself once the database is back.

Logs: one JSON line per request on stdout (request id, method, url, status, ms). SIGTERM or SIGINT
stops accepting connections, lets requests in flight finish, closes the store and exits 0.

${EXIT_CODES_HELP}
`;

/** Analysis threads by default: a core is left to the main thread, which answers every request. */
function serveThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${value}"`);
  return n;
}

function parseBodyLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1024 || n > 1024 ** 3) throw new UsageError(`--body-limit must be a number of bytes from 1024 to 1073741824, not "${value}"`);
  return n;
}

function readToken(isPrivate: boolean): string | null {
  const token = process.env['CROSSCHECK_TOKEN'] ?? '';
  if (token === '') {
    if (isPrivate) throw new UsageError('--private needs CROSSCHECK_TOKEN: without it nobody could read');
    return null;
  }
  if (token.length < MIN_TOKEN || /\s/.test(token)) {
    throw new UsageError(`CROSSCHECK_TOKEN must be at least ${MIN_TOKEN} characters without spaces (e.g. $(openssl rand -hex 24))`);
  }
  return token;
}

export async function runServe(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('serve', args, {
    db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, private: { type: 'boolean' },
    'body-limit': { type: 'string' }, jobs: { type: 'string' }, web: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { process.stdout.write(SERVE_HELP); return EXIT.ok; }
  if (positionals.length) throw new UsageError(`serve takes no arguments, not "${positionals[0]}" (see: crosscheck serve --help)`);
  const port = parsePort(values.port);
  const host = values.host ?? '127.0.0.1';
  const bodyLimit = parseBodyLimit(values['body-limit']);
  const isPrivate = values.private ?? false;
  const token = readToken(isPrivate);
  const threads = parseJobs(values.jobs) ?? serveThreads();
  // Read now, so that a bad value is a usage error before anything starts.
  const timeoutMs = articleTimeoutMs();

  // Loaded after the arguments are checked: --help and usage errors never open a database.
  const [{ openStore }, { buildApp }, { startPool }] = await Promise.all([
    import('../store/open-store.js'), import('../server/build-app.js'), import('./worker-pool.js'),
  ]);
  const location = values.db ?? DEFAULT_STORE;
  const store = await openStore(location);
  const logger = pino({ base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime });
  // The threads start, and load the language model, before the port opens.
  const analysis = await startPool(threads, (message) => logger.error(message), timeoutMs).catch(async (err: unknown) => {
    await store.close().catch(() => undefined);
    throw err;
  });
  const app = await buildApp({
    store, pipeline: (article) => analysis.run<ClaimsDoc>(article, 'analyseArticle'),
    token, private: isPrivate, logger, webRoot: values.web ?? DEFAULT_WEB,
    ...(bodyLimit === undefined ? {} : { bodyLimit }),
  }).catch(async (err: unknown) => {
    // Live threads would keep the process up after the error is reported.
    await analysis.destroy();
    await store.close().catch(() => undefined);
    throw err;
  });
  // After the requests in flight are answered (fastify runs onClose hooks then), not before.
  app.addHook('onClose', async () => { await analysis.destroy(); });

  let stopping: Promise<number> | null = null;
  const stop = (signal: NodeJS.Signals): Promise<number> => {
    stopping ??= (async () => {
      logger.info({ signal }, 'shutting down');
      // A request that never ends must not keep the process up for ever.
      const timer = setTimeout(() => { logger.error('shutdown took over 10 s; exiting'); process.exit(EXIT.inputFailed); }, 10_000);
      timer.unref();
      try {
        await app.close();
        await store.close();
        logger.info('stopped');
        return EXIT.ok;
      } catch (err) {
        logger.error({ err }, 'shutdown failed');
        return EXIT.inputFailed;
      }
    })();
    return stopping;
  };
  const stopped = new Promise<number>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => { void stop(signal).then(resolve); });
  });

  try {
    await app.listen({ port, host });
  } catch (err) {
    await app.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${host} is in use: choose another with --port`);
    if (code === 'EACCES') throw new UsageError(`no permission to listen on ${host}:${port} (ports below 1024 need root)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on ${host}: no such address on this machine`);
    throw err;
  }
  const address = app.server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  const where = isPostgresLocation(location) ? 'PostgreSQL' : location;
  logger.info({ url, store: where, private: isPrivate, writes: token !== null, threads, articleTimeoutMs: timeoutMs }, 'listening');
  // For the person who started it; stdout stays JSON lines for the log collector.
  process.stderr.write(`crosscheck: serving ${url} (store ${where}; ${token === null ? 'read-only: set CROSSCHECK_TOKEN to allow writes' : 'writes need the bearer token'}${isPrivate ? '; reads need it too' : ''})\n`);
  return stopped;
}
