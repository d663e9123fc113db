// `crosscheck mark CLAIM_ID --rating R` marks a figure for review; `crosscheck claimreview` prints
// the marked figures as schema.org ClaimReview JSON-LD.
import { CrosscheckError, UsageError } from '../errors.js';
import { claimReview } from '../output/claim-review.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs } from './parse-args.js';
import { STORE_OPTION_HELP, openForReading } from './store-options.js';

export const MARK_SUMMARY = 'mark a claim for review (exported by claimreview)';
export const MARK_HELP = `Usage:
  crosscheck mark CLAIM_ID --rating WORDS [--note TEXT] [--by NAME] [--db FILE|URL]

Marks a stored claim (ids come from crosscheck claims --json) with your verdict, for export as
schema.org ClaimReview by crosscheck claimreview. The mark points at the figure's characters in its
article, so it survives a re-extraction. Marking the same figure again replaces the mark.

  --rating WORDS       the verdict: "False", "Misleading", "Accurate", "Outdated rate"...
  --note TEXT          why (the review's body)
  --by NAME            who reviewed it (the review's author)
${STORE_OPTION_HELP}
  -h, --help           show this help

${EXIT_CODES_HELP}
`;

export const CLAIMREVIEW_SUMMARY = 'the marked claims as schema.org ClaimReview JSON-LD';
export const CLAIMREVIEW_HELP = `Usage:
  crosscheck claimreview [--db FILE|URL]

Prints every marked claim (see crosscheck mark) as a JSON array of schema.org ClaimReview objects:
the claim as the article states it, its author and appearance, and the verdict.

${STORE_OPTION_HELP}
  -h, --help           show this help

${EXIT_CODES_HELP}
`;

export async function runMark(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('mark', args, {
    rating: { type: 'string' }, note: { type: 'string' }, by: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { process.stdout.write(MARK_HELP); return EXIT.ok; }
  const [id, extra] = positionals;
  if (!id || extra !== undefined) throw new UsageError('give one CLAIM_ID (see: crosscheck claims --json)');
  if (!values.rating?.trim()) throw new UsageError('--rating is required: your verdict in words, e.g. --rating Misleading');
  const store = await openForReading(values.db);
  try {
    const claim = await store.getClaim(id);
    if (!claim) throw new CrosscheckError('E_NOT_FOUND', `no claim "${id}" in the store (see: crosscheck claims --json)`);
    await store.putMark({
      articleId: claim.articleId, valueStart: claim.valueSpan.start, valueEnd: claim.valueSpan.end,
      rating: values.rating.trim(), note: values.note ?? null, markedBy: values.by ?? null, markedAt: new Date().toISOString(),
    });
    process.stdout.write(`marked claim ${id} (${claim.articleId} at ${claim.valueSpan.start}–${claim.valueSpan.end}): ${values.rating.trim()}\n`);
  } finally {
    await store.close();
  }
  return EXIT.ok;
}

export async function runClaimReview(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('claimreview', args, { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) { process.stdout.write(CLAIMREVIEW_HELP); return EXIT.ok; }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const store = await openForReading(values.db);
  const reviews: Record<string, unknown>[] = [];
  try {
    for (const mark of await store.listMarks()) {
      const stored = await store.getArticle(mark.articleId);
      if (!stored) continue;
      // The figure as the current extraction reads it (null if a re-extraction no longer finds it).
      const claim = stored.doc.claims.find((c) => c.valueSpan.start === mark.valueStart && c.valueSpan.end === mark.valueEnd) ?? null;
      reviews.push(claimReview(mark, claim, stored.article));
    }
  } finally {
    await store.close();
  }
  process.stdout.write(`${JSON.stringify(reviews, null, 2)}\n`);
  return EXIT.ok;
}
