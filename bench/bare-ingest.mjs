#!/usr/bin/env node
// The "no store" side of bench/ingest.mjs: `crosscheck ingest` as it runs (the same readers, the same
// worker pool and thread count, the same ingestItems loop) over a store that keeps nothing, so the
// difference between the two runs is what the store costs. Prints the tally as JSON like
// `ingest --json`.
//
//   node bench/bare-ingest.mjs FILE.jsonl [--jobs N]
const { ingestItems } = await import('../dist/ingest/ingest-items.js');
const { readInputs } = await import('../dist/ingest/sources/read-inputs.js');
const { startPool, IN_FLIGHT_PER_THREAD } = await import('../dist/cli/worker-pool.js');
const { availableParallelism } = await import('node:os');

const argv = process.argv.slice(2);
const jobsAt = argv.indexOf('--jobs');
const threads = jobsAt >= 0 ? Number(argv[jobsAt + 1]) : availableParallelism();
const files = argv.filter((a, i) => a !== '--jobs' && argv[i - 1] !== '--jobs');
if (!files.length || !Number.isInteger(threads) || threads < 1) {
  console.error('usage: node bench/bare-ingest.mjs FILE.jsonl [--jobs N]');
  process.exit(2);
}

// Nothing is known and every put succeeds: what ingest would do with a store that cost nothing.
const put = (article, doc) => ({ status: 'new', articleId: article.id, claims: doc.claims.length });
const nullStore = {
  findArticle: async () => null,
  putArticle: async (article, doc) => put(article, doc),
  putArticles: async (items) => items.map(({ article, doc }) => put(article, doc)),
  close: async () => {},
};

const started = performance.now();
const pool = await startPool(threads, (message) => console.error(message));
try {
  const tally = await ingestItems(readInputs(files), nullStore, {
    analyse: (article) => pool.run(article, 'analyseArticle'),
    concurrency: threads * IN_FLIGHT_PER_THREAD,
    onError: (message) => console.error(message),
  });
  const { failures, ...counts } = tally;
  console.log(JSON.stringify({ ...counts, seconds: (performance.now() - started) / 1000, threads, failures }));
} finally {
  await pool.destroy();
}
