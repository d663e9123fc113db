// Preloaded into a child process by bench/ingest.mjs (`node --import ./bench/report-rss.mjs ...`):
// on exit, writes the process's peak resident set (KiB) and CPU time (µs), worker threads included,
// as JSON to the file named by CROSSCHECK_BENCH_RSS_FILE. Portable where /usr/bin/time is not.
import { writeFileSync } from 'node:fs';

const file = process.env['CROSSCHECK_BENCH_RSS_FILE'];
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS, cpu: userCPUTime + systemCPUTime }));
  });
}
