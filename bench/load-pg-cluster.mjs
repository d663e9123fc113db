// A private, throwaway PostgreSQL cluster for the load test (bench/load.mjs) and its short test:
// its own data directory, port and socket directory under the temp folder, so stopping or
// restarting it disturbs no other server on the machine. As root it runs as the postgres user
// (runuser), since PostgreSQL refuses to run as root.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The newest /usr/lib/postgresql/N/bin holding initdb and pg_ctl, or null. */
export function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(base, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

/** Why a private cluster cannot be started here, or null when it can. */
export async function clusterUnavailable() {
  if (findPgBin() === null) return 'no /usr/lib/postgresql/*/bin/initdb on this machine';
  if (isRoot) {
    try {
      await run('id', ['-u', 'postgres']);
    } catch {
      return 'running as root and there is no postgres user to run PostgreSQL as';
    }
  }
  return null;
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates and starts a cluster on 127.0.0.1:`port` (trust auth, user postgres) with a database
 * `crosscheck`. Resolves with its URL and restart / stop; stop() also removes its files.
 */
export async function startCluster({ port, database = 'crosscheck' } = {}) {
  const bin = findPgBin();
  if (bin === null) throw new Error('no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)');
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  if (isRoot) {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    chownSync(dir, Number(uid), Number(gid));
  }
  const pg = (tool, args) => {
    const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    return run(cmd, argv, { cwd: dir, maxBuffer: 16 * 1024 * 1024 }).catch((err) => {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
      throw new Error(`${tool} ${args.join(' ')} failed: ${err.stderr || err.message}\n${log}`);
    });
  };
  // The socket goes in our own folder too: the system's /var/run/postgresql may hold another server's.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`;
  const ctl = (action, ...extra) => pg('pg_ctl', [action, '-D', data, '-l', logFile, '-w', '-t', '60', ...extra, '-o', serverOptions]);

  let started = false;
  try {
    await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await ctl('start');
    started = true;
    const { default: pgClient } = await import('pg');
    const admin = new pgClient.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    try {
      await admin.query(`create database ${database}`);
    } finally {
      await admin.end();
    }
  } catch (err) {
    if (started) await ctl('stop', '-m', 'immediate').catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    dir,
    logFile,
    /**
     * A fast restart (`pg_ctl restart -m fast`): sessions are ended, committed work is kept. With
     * `downMs`, a fast stop, that long with no server at all (connections refused), then a start.
     */
    async restart({ downMs = 0 } = {}) {
      if (downMs <= 0) return void await ctl('restart', '-m', 'fast');
      await ctl('stop', '-m', 'fast');
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await ctl('start');
    },
    /** Stops the server at once and removes its files. */
    async stop() {
      if (stopped) return;
      stopped = true;
      await ctl('stop', '-m', 'immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
