#!/usr/bin/env node
// Scores the built time extractor (dist/extract/times.js) on the date and date-period cases of
// Microsoft Recognizers-Text's DateTime specs (MIT) that carry a reference date; prints the share right.
// Usage: npx tsc -p tsconfig.build.json && node scripts/eval-dates.mjs [--failures] [--news]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SPEC = process.env.DATES_SPEC ?? '/work/shared/data/recognizers/DateTime-DateTimeModel.json';
const { extractTimes } = await import(`${root}dist/extract/times.js`);
const { readDoc } = await import(`${root}dist/nlp/doc.js`);
const { createContext } = await import(`${root}dist/context.js`);

const showFailures = process.argv.includes('--failures');
const newsOnly = process.argv.includes('--news');
const cases = JSON.parse(readFileSync(SPEC, 'utf8').replace(/^\uFEFF/, ''));
/** Cases we choose not to support, each with its reason (scripts/dates-unsupported.json). */
const unsupported = JSON.parse(readFileSync(`${root}scripts/dates-unsupported.json`, 'utf8'));
const skip = new Map(unsupported.cases.map((c) => [key(c.input, c.text), c.reason]));

// News-like: the expressions conflict reporting uses (weekdays, last/this/next periods, day-month
// dates, month parts, months and years, yesterday/today).
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const NEWS = [
  /^(?:on\s+)?(?:last\s+|past\s+|this\s+past\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/,
  /^(?:the\s+)?(?:last|next|this|past|previous|coming|current)\s+(?:week|month|year|quarter)$/,
  new RegExp(`^(?:on\\s+)?(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s*\\d{4})?$`),
  new RegExp(`^(?:in\\s+)?(?:early|mid|late)[-\\s]?${MONTH}(?:\\s+\\d{4})?$`),
  new RegExp(`^(?:in\\s+)?${MONTH}(?:,?\\s+\\d{4})?$`),
  /^(?:in\s+)?(?:the\s+year\s+)?\d{4}$/,
  /^(?:yesterday|today)$/,
];
const isNews = (text) => NEWS.some((re) => re.test(text));

const tally = { all: [0, 0], news: [0, 0], rawAll: [0, 0], rawNews: [0, 0], skipped: 0, unresolvable: 0, notSupportedByMsJs: [0, 0] };
const failures = [];
for (const c of cases) {
  const reference = c.Context?.ReferenceDateTime;
  if (!reference) continue;
  const expected = (c.Results ?? []).filter((r) => /^datetimeV2\.date(range)?$/.test(r.TypeName));
  if (!expected.length) continue;
  const published = reference.slice(0, 10);
  const ctx = createContext(published);
  const doc = readDoc({ id: 'spec', text: c.Input, published, outlet: null, url: null, title: null });
  const mentions = extractTimes(doc, ctx);
  for (const r of expected) {
    const want = expectedRange(r, published);
    if (!want) { tally.unresolvable++; continue; }
    const news = isNews(r.Text);
    if (newsOnly && !news) continue;
    const span = { start: r.Start, end: r.End + 1 };
    const got = mentions.filter((m) => m.span.start < span.end && span.start < m.span.end);
    const ok = got.some((m) => m.start === want.start && m.end === want.end);
    // The raw figures count every case, the unsupported ones too (the list was drawn from our failures).
    count(tally.rawAll, ok);
    if (news) count(tally.rawNews, ok);
    if (skip.has(key(c.Input, r.Text))) { tally.skipped++; continue; }
    count(tally.all, ok);
    if (news) count(tally.news, ok);
    if (/javascript/i.test(c.NotSupported ?? '')) count(tally.notSupportedByMsJs, ok);
    if (!ok) failures.push({ input: c.Input, text: r.Text, reference: published, want, got: got.map((m) => `${m.text} ${m.start}..${m.end}`) });
  }
}

const pct = ([right, total]) => `${right}/${total} = ${total ? ((100 * right) / total).toFixed(1) : '–'}%`;
if (process.argv.includes('--json')) {
  const share = ([right, total]) => ({ right, total, share: total ? right / total : null });
  console.log(JSON.stringify({
    rawAll: share(tally.rawAll), rawNews: share(tally.rawNews), all: share(tally.all), news: share(tally.news),
    notSupportedByMsJs: share(tally.notSupportedByMsJs), skipped: tally.skipped, unresolvable: tally.unresolvable,
  }, null, 2));
  process.exit(0);
}
console.log(`Recognizers DateTime specs, date and date-period cases with a reference date`);
console.log(`  all cases, unsupported ones included:  overall ${pct(tally.rawAll)}, news-like ${pct(tally.rawNews)}`);
console.log(`  supported cases only:                  overall ${pct(tally.all)}, news-like ${pct(tally.news)}`);
console.log(`  supported cases Microsoft's own JavaScript port fails: ${pct(tally.notSupportedByMsJs)}`);
console.log(`  not scored: ${tally.skipped} unsupported by choice (scripts/dates-unsupported.json), ${tally.unresolvable} without a resolution in the spec`);
if (showFailures) for (const f of failures) console.log(JSON.stringify(f));

function count(cell, ok) { cell[1]++; if (ok) cell[0]++; }
function key(input, text) { return `${input}\u0000${text}`; }

/**
 * The spec's resolution as inclusive whole days. Ambiguous cases list the past reading first,
 * which is the one a news reader wants. A single period ("2016-W44", "2018-05") ends the day
 * before its exclusive end; an explicit range ("2014 to 2018", "jan-feb 2017") ends with the
 * whole period its last endpoint names; "since X" runs to the reference day.
 */
function expectedRange(r, published) {
  const v = r.Resolution?.values?.[0];
  if (!v) return null;
  if (r.TypeName === 'datetimeV2.date') return /^\d{4}-\d{2}-\d{2}$/.test(v.value ?? '') ? { start: v.value, end: v.value } : null;
  if (!v.start) return null;
  if (!v.end) return /since/.test(v.Mod ?? '') ? { start: v.start, end: published } : null;
  const range = /^\((.+),(.+),P(\d+)(BD|[YMWD])\)$/.exec(v.timex ?? '');
  // A dash inside "2017-q1" or "2019-h2" joins a year and its part, not two endpoints.
  const bare = r.Text.replace(/^\d{4}-\d{2}-\d{2}$/, '').replace(/[-\s]?\b[qh][1-4]\b[-\s]?/g, ' ');
  const explicit = range && /\b(to|through|thru|till|until|and|between)\b|[-–~]/.test(bare);
  if (range && explicit) {
    const unit = range[4];
    if (unit === 'Y') return { start: v.start, end: `${v.end.slice(0, 4)}-12-31` };
    if (unit === 'M') return { start: v.start, end: lastOfMonth(v.end) };
    return { start: v.start, end: v.end };
  }
  return { start: v.start, end: dayBefore(v.end) };
}

function dayBefore(iso) { return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10); }
function lastOfMonth(iso) {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
