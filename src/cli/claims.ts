// `crosscheck claims`: stored claims filtered by measure, source, place and time, newest first,
// as lines to read, JSON, or CSV. Pages through the store, so a large export streams.
import { UsageError } from '../errors.js';
import type { ClaimQuery, StoredClaim } from '../store/claim-store.js';
import { csvLine, type CsvValue } from '../output/csv.js';
import { formatFigure } from '../output/format-figure.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs } from './parse-args.js';
import { openForReading, parseDate, parseLimit, parseMeasure, parsePlace, STORE_OPTION_HELP } from './store-options.js';

export const CLAIMS_SUMMARY = 'list stored claims by measure, source, place and time';

const MAX_ROWS = 10_000_000;
/** The store's largest page. */
const PAGE = 1000;

export const CLAIMS_HELP = `Usage:
  crosscheck claims [--measure M] [--source NAME] [--place CC[-RR]] [--from DATE] [--to DATE]
                    [--db FILE|URL] [--limit N] [--json | --csv]

Lists the stored claims that pass every filter given, newest article first.

  --measure M          one of: killed, wounded, casualties, missing, captured, arrested, deployed,
                       displaced, affected, money, duration, percentage, quantity
  --source NAME        claims whose source or relay name contains NAME (any case): --source KCNA
  --place CC[-RR]      an ISO country code (RU), or country and region (RU-KRS)
  --from DATE          claims whose time reaches DATE or later (YYYY-MM-DD); a claim without a
                       time of its own is dated by its article's publication day
  --to DATE            claims whose time starts on DATE or earlier
${STORE_OPTION_HELP}
  --limit N            at most N claims (default 50)
  --json               a JSON array of claims, each with its article id, outlet, date and sentence
  --csv                CSV (RFC 4180), one claim a row, with a header line
  -h, --help           show this help

Examples:
  crosscheck claims --measure killed --place RU
  crosscheck claims --source KCNA --from 2025-01-01 --to 2025-03-31 --csv --limit 100000 > kcna.csv

${EXIT_CODES_HELP}
`;

const OPTIONS = {
  measure: { type: 'string' },
  source: { type: 'string' },
  place: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  db: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runClaims(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('claims', args, OPTIONS);
  if (values.help) {
    process.stdout.write(CLAIMS_HELP);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see: crosscheck claims --help)`);
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
  const measure = parseMeasure(values.measure);
  const place = parsePlace(values.place);
  const from = parseDate('--from', values.from);
  const to = parseDate('--to', values.to);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const limit = parseLimit(values.limit, 50, MAX_ROWS);
  const filter: ClaimQuery = {
    ...(measure ? { measure } : {}), ...(place ? { place } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}),
    ...(values.source !== undefined ? { source: values.source } : {}),
  };
  const format = values.json ? json : values.csv ? csv : lines;

  const store = await openForReading(values.db);
  try {
    const out = process.stdout;
    out.write(format.start);
    let written = 0;
    let cursor: string | null = null;
    do {
      const page: { claims: StoredClaim[]; nextCursor: string | null } =
        await store.queryClaims({ ...filter, limit: Math.min(PAGE, limit - written), ...(cursor ? { cursor } : {}) });
      for (const claim of page.claims) out.write(format.row(claim, written++));
      cursor = page.nextCursor;
    } while (cursor && written < limit);
    out.write(format.end(written));
  } finally {
    await store.close();
  }
  return EXIT.ok;
}

interface Format {
  readonly start: string;
  row(claim: StoredClaim, index: number): string;
  end(count: number): string;
}

// An array written a claim a line: valid JSON, and a consumer can still read it line by line.
const json: Format = {
  start: '[',
  row: (c, i) => `${i ? ',' : ''}\n${JSON.stringify(c)}`,
  end: (n) => (n ? '\n]\n' : ']\n'),
};

const CSV_COLUMNS = [
  'claim_id', 'article_id', 'published', 'outlet', 'measure', 'low', 'high', 'qualifier', 'unit', 'counted', 'subject',
  'sources', 'source_types', 'via', 'cue', 'hedged', 'time_start', 'time_end', 'time_text',
  'country', 'region', 'place_text', 'sentence',
] as const;

const csv: Format = {
  start: csvLine(CSV_COLUMNS),
  row: (c) => csvLine(csvRow(c)),
  end: () => '',
};

function csvRow(c: StoredClaim): CsvValue[] {
  // Several sources in one cell, "; "-separated: a spreadsheet row stays one claim.
  const names = (refs: readonly { name: string }[]) => refs.map((s) => s.name).join('; ');
  return [
    c.id, c.articleId, c.published, c.outlet, c.measure, c.value.low, c.value.high, c.value.qualifier, c.value.unit,
    c.counted, c.subject, names(c.sources), c.sources.map((s) => s.type).join('; '), names(c.via), c.cue, c.hedged,
    c.time?.start, c.time?.end, c.time?.text, c.place?.country, c.place?.region, c.place?.text, c.sentence.replace(/\s+/g, ' ').trim(),
  ];
}

const lines: Format = {
  start: '',
  row: (c) => {
    const who = c.sources.length ? c.sources.map((s) => s.name).join(', ') : '(the outlet)';
    const via = c.via.length ? ` via ${c.via.map((v) => v.name).join(', ')}` : '';
    const where = c.place ? ` · ${c.place.text}, ${c.place.country}` : '';
    const when = c.time ? ` · ${c.time.start === c.time.end ? c.time.start : `${c.time.start}..${c.time.end}`}` : '';
    const head = `${c.published}  ${formatFigure(c.value)} ${c.measure}${c.hedged ? ' (hedged)' : ''} · ${who}${via}${when}${where}`;
    return `${head}\n    ${c.sentence.replace(/\s+/g, ' ').trim()}\n    [${c.articleId}${c.outlet ? ` · ${c.outlet}` : ''}]\n`;
  },
  end: (n) => `${n} claim${n === 1 ? '' : 's'}\n`,
};
