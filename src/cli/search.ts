// `crosscheck search WORDS`: the stored articles that best match, each with the passage that
// matched and its best-matching claim sentence.
import { UsageError } from '../errors.js';
import type { SearchHit } from '../store/claim-store.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs } from './parse-args.js';
import { openForReading, parseLimit, STORE_OPTION_HELP } from './store-options.js';

export const SEARCH_SUMMARY = 'full-text search over stored articles and claim sentences';

export const SEARCH_HELP = `Usage:
  crosscheck search WORDS... [--db FILE|URL] [--limit N] [--json]

Finds the stored articles that best match WORDS: those holding every word first, then those holding
some of them; within each, articles holding them more often or in the title rank higher. Word
endings do not matter: "casualty" finds "casualties". Ranking reads the 2,000 matching articles
stored last, so a search takes as long in a large store as in a small one. Each hit shows the
passage that matched and, when one matches, the claim sentence.

  WORDS                what to look for, e.g. "north korean casualties"
${STORE_OPTION_HELP}
  --limit N            at most N articles (default 20, at most 1000)
  --json               print the hits as JSON
  -h, --help           show this help

Examples:
  crosscheck search north korean casualties
  crosscheck search "Kursk strike" --db postgres://crosscheck@db.example.org/news --json

${EXIT_CODES_HELP}
`;

const OPTIONS = {
  db: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runSearch(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('search', args, OPTIONS);
  if (values.help) {
    process.stdout.write(SEARCH_HELP);
    return EXIT.ok;
  }
  const text = positionals.join(' ').trim();
  if (!text) throw new UsageError('missing WORDS to search for (see: crosscheck search --help)');
  const limit = parseLimit(values.limit, 20, 1000);
  const store = await openForReading(values.db);
  try {
    const hits = await store.search(text, limit);
    process.stdout.write(values.json ? `${JSON.stringify(hits, null, 2)}\n` : renderHits(hits));
  } finally {
    await store.close();
  }
  return EXIT.ok;
}

function renderHits(hits: readonly SearchHit[]): string {
  if (!hits.length) return 'no matches\n';
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  return hits.map((h, i) => {
    const head = [h.title ?? h.articleId, h.outlet, h.published, h.everyWord ? '' : 'some of the words'].filter(Boolean).join(' · ');
    const lines = [`${i + 1}. ${oneLine(head)}  [${h.articleId}]`, `   ${oneLine(h.snippet)}`];
    if (h.claim && oneLine(h.claim.snippet) !== oneLine(h.snippet)) lines.push(`   claim: ${oneLine(h.claim.snippet)}`);
    return lines.join('\n');
  }).join('\n\n') + '\n';
}
