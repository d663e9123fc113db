// `crosscheck explain FILE --published D --at OFFSET`: why the claim at an offset came out as it
// did — its value, measure, source, time and place, and every rule that produced them.
import { UsageError } from '../errors.js';
import { readArticle } from '../ingest/article-input.js';
import { explainClaim } from '../output/explain-claim.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs } from './parse-args.js';

export const EXPLAIN_SUMMARY = 'why the claim at a character offset came out as it did';
export const EXPLAIN_HELP = `Usage:
  crosscheck explain FILE|- --published YYYY-MM-DD --at OFFSET [--json]

Runs the pipeline on one article and explains the claim whose number covers OFFSET (a character
offset into the text, as in a claim's valueSpan), or the nearest claim and the messages there
when no number is at OFFSET: the rules that produced it, read back in words.

  --published DATE     publication date, YYYY-MM-DD (required)
  --at OFFSET          character offset into the article text (0-based, UTF-16 code units)
  --json               print the claim and the messages near it as JSON
  -h, --help           show this help

${EXIT_CODES_HELP}
`;

export async function runExplain(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', args, {
    published: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { process.stdout.write(EXPLAIN_HELP); return EXIT.ok; }
  const [file, extra] = positionals;
  if (file === undefined || extra !== undefined) throw new UsageError("give one FILE (or '-' for stdin) (see: crosscheck explain --help)");
  if (values.at === undefined || !/^\d+$/.test(values.at)) throw new UsageError('--at OFFSET is required: a whole number, a character offset into the text');
  const at = Number(values.at);
  const article = await readArticle(file, { published: values.published });
  if (at > article.text.length) throw new UsageError(`--at ${at} is past the end of the text (${article.text.length} characters)`);
  const { analyse } = await import('../pipeline.js');
  const doc = analyse(article);
  const exact = doc.claims.find((c) => c.valueSpan.start <= at && at < c.valueSpan.end);
  const distance = (s: { start: number; end: number }) => (at < s.start ? s.start - at : at >= s.end ? at - s.end + 1 : 0);
  const nearest = exact ?? [...doc.claims].sort((a, b) => distance(a.valueSpan) - distance(b.valueSpan))[0];
  const messages = doc.messages.filter((m) => m.span && m.span.start <= at + 40 && at - 40 <= m.span.end);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ at, exact: !!exact, claim: nearest ?? null, messages }, null, 2)}\n`);
    return EXIT.ok;
  }
  const out: string[] = [];
  if (!nearest) out.push(`no claims in this article (${doc.messages.length} messages)`);
  else {
    if (!exact) out.push(`no number at offset ${at}; the nearest claim:`);
    out.push(explainClaim(doc, nearest, article.text));
  }
  for (const m of messages) out.push(`message ${m.ruleId} at ${m.span?.start}–${m.span?.end}: ${m.text}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return EXIT.ok;
}
