// `crosscheck checks [ARTICLE_ID]`: the in-article checks of stored articles — stated conversions
// against the month's reference rate, shares against their counts.
import { CrosscheckError, UsageError } from '../errors.js';
import { loadClaims } from '../reconcile/load-claims.js';
import type { Check, ClaimsDoc } from '../types.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs } from './parse-args.js';
import { STORE_OPTION_HELP, openForReading } from './store-options.js';

export const CHECKS_SUMMARY = 'in-article checks: conversions and shares against their figures';
export const CHECKS_HELP = `Usage:
  crosscheck checks [ARTICLE_ID] [--all] [--db FILE|URL] [--json]

Lists the in-article checks of one stored article, or of every stored article that has any: a
stated conversion ("5 million won (approximately $3,704)") against the reference rate of the
publication month (data/fx/usd-reference-rates.json, its source named there), and a share against
the counts it is a share of. Each check says pass, mismatch (with the size of the gap and what would
explain it) or info (a share the article leaves to the reader).

  ARTICLE_ID           one article (ids come from crosscheck ingest, claims or search)
  --all                with no ARTICLE_ID, include passing checks too (default: mismatches and info)
${STORE_OPTION_HELP}
  --json               print the checks as JSON
  -h, --help           show this help

${EXIT_CODES_HELP}
`;

interface ArticleChecks { articleId: string; outlet: string | null; published: string; checks: { check: Check; figures: string[] }[] }

function describe(doc: ClaimsDoc, text: string): ArticleChecks {
  return {
    articleId: doc.article.id, outlet: doc.article.outlet, published: doc.article.published,
    checks: (doc.checks ?? []).map((check) => ({
      check,
      figures: check.claims.map((i) => { const c = doc.claims[i]; return c ? text.slice(c.valueSpan.start, c.valueSpan.end) : '?'; }),
    })),
  };
}

export async function runChecks(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('checks', args, {
    db: { type: 'string' }, json: { type: 'boolean' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { process.stdout.write(CHECKS_HELP); return EXIT.ok; }
  if (positionals.length > 1) throw new UsageError('give at most one ARTICLE_ID');
  const store = await openForReading(values.db);
  const results: ArticleChecks[] = [];
  try {
    const ids = positionals[0] ? [positionals[0]] : [...new Set((await loadClaims(store, { measure: 'money' })).map((c) => c.articleId)
      .concat((await loadClaims(store, { measure: 'percentage' })).map((c) => c.articleId))
      .concat((await loadClaims(store, { measure: 'deployed' })).map((c) => c.articleId)))];
    for (const id of ids) {
      const stored = await store.getArticle(id);
      if (!stored) throw new CrosscheckError('E_NOT_FOUND', `no article "${id}" in the store`);
      const r = describe(stored.doc, stored.article.text);
      if (!positionals[0] && !values.all) r.checks = r.checks.filter((c) => c.check.verdict !== 'pass');
      if (r.checks.length || positionals[0]) results.push(r);
    }
  } finally {
    await store.close();
  }
  if (values.json) { process.stdout.write(`${JSON.stringify(results, null, 2)}\n`); return EXIT.ok; }
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.articleId} · ${r.outlet ?? '—'} · ${r.published}`);
    if (!r.checks.length) lines.push('  no checks: no stated conversion or share in this article');
    for (const { check, figures } of r.checks) lines.push(`  ${check.verdict.toUpperCase().padEnd(8)} ${check.kind.padEnd(10)} ${figures.join(' / ')}: ${check.note}`);
  }
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : 'no checks to show\n');
  return EXIT.ok;
}
