#!/usr/bin/env node
// Reads and writes together against `crosscheck serve` for a minute, with PostgreSQL restarted in
// the middle (bench/load-run.mjs does the work): prints requests served, errors (clean 503s during
// the outage vs anything else), p50 / p99 latency, the server's RSS at start / peak / end and
// articles acknowledged vs stored, then the same load on SQLite with no restart for comparison.
// Exits 1 if a write was lost, an answer was not coded JSON or never came, the server crashed or
// failed to stop, an error fell outside the outage or was not 503 E_STORE_UNREACHABLE, or an error
// answer named the database (its host and port, its user).
//
//   npm run build && node bench/load.mjs [--db both|postgres|sqlite] [--duration 60] [--restart-at 30]
//       [--down-ms 2000] [--no-restart] [--connections 8] [--jobs N] [--pg-port 5499] [--json]
import { availableParallelism } from 'node:os';
import { DEFAULTS, runLoad } from './load-run.mjs';
import { clusterUnavailable } from './load-pg-cluster.mjs';

const opt = { db: 'both', duration: DEFAULTS.duration, restartAt: null, restart: true, downMs: DEFAULTS.downMs, connections: DEFAULTS.connections, jobs: null, pgPort: 5499, json: false };
const USAGE = 'usage: node bench/load.mjs [--db both|postgres|sqlite] [--duration 60] [--restart-at S (default: half the duration)] [--down-ms 2000] [--no-restart] [--connections 8] [--jobs N] [--pg-port 5499] [--json]';
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const num = (min = 1) => {
    const v = Number(argv[++i]);
    if (!Number.isFinite(v) || v < min) { console.error(`load: ${a} needs a number ≥ ${min}`); process.exit(2); }
    return Math.floor(v);
  };
  if (a === '--db') opt.db = argv[++i];
  else if (a === '--duration') opt.duration = num();
  else if (a === '--restart-at') opt.restartAt = num();
  else if (a === '--down-ms') opt.downMs = num(0);
  else if (a === '--no-restart') opt.restart = false;
  else if (a === '--connections') opt.connections = num();
  else if (a === '--jobs') opt.jobs = num();
  else if (a === '--pg-port') opt.pgPort = num();
  else if (a === '--json') opt.json = true;
  else if (a === '--help' || a === '-h') { console.log(USAGE); process.exit(0); }
  else { console.error(`load: unknown argument ${a}\n${USAGE}`); process.exit(2); }
}
if (!['both', 'postgres', 'sqlite'].includes(opt.db)) { console.error(`load: --db must be both, postgres or sqlite\n${USAGE}`); process.exit(2); }
const restartAt = opt.restartAt ?? Math.floor(opt.duration / 2);
if (opt.restart && restartAt >= opt.duration) { console.error('load: --restart-at must fall inside --duration'); process.exit(2); }
const log = (line) => { if (!opt.json) process.stderr.write(`${line}\n`); };

if (opt.db !== 'sqlite') {
  const why = await clusterUnavailable();
  if (why) { console.error(`load: cannot start a private PostgreSQL cluster: ${why}`); process.exit(2); }
}

const runs = [];
for (const db of opt.db === 'both' ? ['postgres', 'sqlite'] : [opt.db]) {
  log(`\n== ${db} ==`);
  runs.push(await runLoad({
    db, duration: opt.duration, connections: opt.connections, jobs: opt.jobs, pgPort: opt.pgPort, downMs: opt.downMs,
    restartAt: db === 'postgres' && opt.restart ? restartAt : null, log,
  }));
}

if (opt.json) {
  console.log(JSON.stringify({ cores: availableParallelism(), runs }, null, 2));
} else {
  for (const r of runs) {
    const l = r.latencyMs;
    const restart = r.restart
      ? `restart at ${r.restart.atS} s (down ${r.restart.downMs} ms; DB back at ${(r.restart.dbUpAtMs / 1000).toFixed(1)} s; reads ok again after ${r.restart.recoveredAfterMs.get} ms, writes after ${r.restart.recoveredAfterMs.post} ms)`
      : 'no restart';
    console.log(`\n${r.db}: ${r.connections} connections, ${r.durationS} s, ${restart}`);
    console.log(`  requests ${r.requests.total} (${r.requests.perSecond}/s; ${Object.entries(r.requests.byKind).map(([k, n]) => `${k} ${n}`).join(', ')})`);
    console.log(`  errors: ${r.errors.outageClean503} clean 503 during the outage (${Object.entries(r.errors.outageByKind).map(([k, n]) => `${k} ${n}`).join(', ')}); by code: ${Object.entries(r.errors.byCode).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}; other ${r.errors.other}, naming the database ${r.errors.leaks}, malformed ${r.errors.malformed}, no answer ${r.errors.noAnswer} (timeouts ${r.errors.timeouts}), unanswered at the end ${r.errors.unanswered}`);
    console.log(`  latency ms: all p50 ${l.all.p50} p99 ${l.all.p99} max ${l.all.max}; ${['claims', 'groups', 'conflicts', 'article', 'health', 'post'].map((k) => `${k} p50 ${l[k].p50} p99 ${l[k].p99}`).join('; ')}`);
    console.log(`  server RSS MB: start ${r.rssMb.start}, peak ${r.rssMb.peak}, end ${r.rssMb.end} (${r.rssMb.samples} samples; every 10 s: ${r.rssMb.every10s.join(' ')})`);
    console.log(`  writes: ${r.writes.acked} acknowledged + ${r.writes.seeded} seeded, ${r.writes.storedArticles} stored, ${r.writes.missing} missing, ${r.writes.storedWithoutAck} stored without an acknowledgement (in flight when the load stopped, or cut off by the restart after the commit)`);
    console.log(`  server exit ${r.serverExit}; load average ${r.loadavg.before.join(' ')} before, ${r.loadavg.during.join(' ')} at the end (${availableParallelism()} cores); node ${r.node}`);
    console.log(r.failures.length ? `  FAILED:\n${r.failures.map((f) => `    - ${f}`).join('\n')}${r.keptFiles ? `\n    (server log kept in ${r.keptFiles})` : ''}` : '  passed');
  }
}
process.exitCode = runs.some((r) => r.failures.length) ? 1 : 0;
