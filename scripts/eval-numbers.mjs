#!/usr/bin/env node
// Scores the built quantity extractor (dist/extract/quantities.js) on Microsoft Recognizers-Text's English
// Number, NumberRange, Percent and Currency specs (MIT): the share of cases it reads right, per model.
// Usage: npx tsc -p tsconfig.build.json && node scripts/eval-numbers.mjs [--verbose] [--json]
//
// How a case is scored (a fair mapping between the spec's resolutions and ours):
// - A case is right when every expected result with a value is found: one of our quantities overlaps
//   the expected characters (End is inclusive in the spec) with the right value. Results without a
//   value ("dollar" alone, "percent" alone) name a unit, not a figure, and are not scored.
// - A case that expects nothing is right when we propose nothing of the model's kind: any number
//   (Number), a bound or range (NumberRange), a percentage (Percent), an ISO currency (Currency).
//   Extra figures next to expected ones are not counted against a case (refiners drop them later).
// - Number: the value is our low or high end. We report fractions of a whole as percentages
//   (annotation-guide.md: "a third" → 33.3 percent), so a fraction's percentage / 100 matches the
//   spec's value within 0.1%.
// - NumberRange: "[a,b)"-style intervals. Both ends given and different → our qualifier `range` with
//   low a and high b (open or closed ends alike: we do not mark end inclusion). "[a,a]" → value a.
//   Only a low end: "(a," → `more_than`, "[a," → `at_least`, low a, high null. Only a high end:
//   ",b)" → `less_than`, ",b]" → `at_most` or `up_to`, value b.
// - Percent: our unit `percent` with the value in percent.
// - Currency: the value in our ISO code. The spec's isoCurrency when given, else its unit name mapped
//   below; cents and pence are hundredths of the dollar and the pound (we report "50 cents" as 0.5 USD).
// Cases whose NotSupported names javascript were not passed by Microsoft's own JavaScript port and are
// reported apart. Cases we choose not to support are listed with a reason in scripts/numbers-unsupported.json
// and left out of the shares (the raw share counts them).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SPECS = process.env.NUMBERS_SPECS ?? '/work/shared/data/recognizers';
const { readDoc } = await import(`${root}dist/nlp/doc.js`);
const { createContext } = await import(`${root}dist/context.js`);
const { extractQuantities } = await import(`${root}dist/extract/quantities.js`);

const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');
const PUBLISHED = '2025-01-15';
const MODELS = ['Number-NumberModel', 'Number-NumberRangeModel', 'Number-PercentModel', 'NumberWithUnit-CurrencyModel'];

const unsupportedList = JSON.parse(readFileSync(`${root}scripts/numbers-unsupported.json`, 'utf8'));
const unsupported = new Map(unsupportedList.map((u) => [`${u.model}\u0000${u.input}`, u.reason]));
const usedUnsupported = new Set();

/** The spec's currency unit names without an isoCurrency, as the ISO codes we could report. */
const UNIT_CODES = {
  Dollar: ['USD'], Pound: ['GBP'], 'British pound': ['GBP'], Euro: ['EUR'], Rupee: ['INR', 'PKR', 'LKR', 'NPR'],
  // The spec does not say which franc; any franc code is the right currency.
  Franc: ['CHF', 'FRF', 'XOF', 'XAF', 'CDF'], 'Finnish markka': ['FIM'], Peseta: ['ESP'], 'Netherlands guilder': ['NLG'],
  Cent: ['USD'], Pence: ['GBP'], Penny: ['GBP'],
};
const HUNDREDTHS = new Set(['Cent', 'Pence', 'Penny']);

const figures = {};
for (const model of MODELS) {
  const cases = JSON.parse(readFileSync(`${SPECS}/${model}.json`, 'utf8').replace(/^\uFEFF/, ''));
  const tally = { cases: cases.length, jsSupported: 0, unsupportedByUs: 0, notScored: 0, rawRight: 0,
    js: [0, 0], all: [0, 0], msJsFails: [0, 0] };
  const failures = [];
  for (const c of cases) {
    const js = !/javascript/i.test(c.NotSupported ?? '');
    if (js) tally.jsSupported++;
    const expected = (c.Results ?? []).filter((r) => valueOf(r) !== null);
    if (c.Results?.length && !expected.length) { tally.notScored++; continue; }
    const doc = readDoc({ id: 'spec', text: c.Input, published: PUBLISHED, outlet: null, url: null, title: null });
    const got = extractQuantities(doc, createContext(PUBLISHED));
    const missed = expected.filter((r) => !found(model, r, got));
    const extra = expected.length ? [] : got.filter((q) => relevant(model, q));
    const ok = missed.length === 0 && extra.length === 0;
    if (ok) tally.rawRight++;
    const key = `${model}\u0000${c.Input}`;
    if (unsupported.has(key)) { tally.unsupportedByUs++; usedUnsupported.add(key); continue; }
    count(tally.all, ok);
    count(js ? tally.js : tally.msJsFails, ok);
    if (!ok) {
      failures.push({ js, input: c.Input, missed: missed.map((r) => `${r.Text}=${JSON.stringify(r.Resolution)}`),
        extra: extra.map(show(c.Input)), got: got.map(show(c.Input)) });
    }
  }
  figures[model] = { ...tally, shareJs: share(tally.js), shareAll: share(tally.all), rawShare: tally.rawRight / (tally.cases - tally.notScored) };
  if (!asJson) {
    console.log(`\n== ${model}: ${tally.cases} cases, ${tally.jsSupported} supported by Microsoft's JavaScript port`);
    console.log(`  JS-supported, ours to support: ${pct(tally.js)}`);
    console.log(`  all cases, ours to support:    ${pct(tally.all)}   (of which JS-unsupported: ${pct(tally.msJsFails)})`);
    console.log(`  raw, every scored case:        ${tally.rawRight}/${tally.cases - tally.notScored}`);
    console.log(`  not scored: ${tally.unsupportedByUs} unsupported by choice, ${tally.notScored} with no value in the spec`);
    if (verbose) for (const f of failures) console.log(`  ${f.js ? 'FAIL' : 'fail (not JS)'} ${JSON.stringify(f.input)}\n      missed ${JSON.stringify(f.missed)} extra ${JSON.stringify(f.extra)} got ${JSON.stringify(f.got)}`);
  }
}
const stale = unsupportedList.filter((u) => !usedUnsupported.has(`${u.model}\u0000${u.input}`));
if (asJson) console.log(JSON.stringify(figures, null, 2));
if (stale.length) console.error(`numbers-unsupported.json: ${stale.length} entries match no case: ${stale.map((s) => s.input).join(' | ')}`);

function count(cell, ok) { cell[1]++; if (ok) cell[0]++; }
function share([right, total]) { return total ? right / total : null; }
function pct([right, total]) { return `${right}/${total} = ${total ? ((100 * right) / total).toFixed(1) : '–'}%`; }
function show(input) {
  return (q) => `${input.slice(q.span.start, q.span.end)} ${q.low}..${q.high} ${q.qualifier} ${q.unit}`;
}

function valueOf(r) {
  const v = r.Resolution?.value;
  return v === null || v === undefined || v === '' || v === 'null' ? null : v;
}

function close(a, b, loose = false) {
  if (a === null || a === undefined || b === null) return false;
  return Math.abs(a - b) <= (loose ? 1e-3 : 1e-9) * Math.max(1, Math.abs(b));
}

/** Our number as the spec's: a fraction we report in percent is its percentage / 100. */
function sameNumber(q, ours, theirs) {
  if (close(ours, theirs)) return true;
  return q.rules.includes('extract/fraction') && ours !== null && close(ours / 100, theirs, true);
}

function overlaps(q, r) {
  const start = r.Start, end = r.End + 1;
  return q.span.start < end && start < q.span.end;
}

function relevant(model, q) {
  if (model === 'Number-NumberModel') return true;
  if (model === 'Number-NumberRangeModel') return !['exact', 'approximately', 'nearly'].includes(q.qualifier);
  if (model === 'Number-PercentModel') return q.unit === 'percent';
  return /^[A-Z]{3}$/.test(q.unit);
}

function found(model, r, got) {
  const near = got.filter((q) => overlaps(q, r));
  const v = r.Resolution.value;
  if (model === 'Number-NumberModel') return near.some((q) => sameNumber(q, q.low, Number(v)) || sameNumber(q, q.high, Number(v)));
  if (model === 'Number-PercentModel') return near.some((q) => q.unit === 'percent' && close(q.low, Number(String(v).replace('%', ''))));
  if (model === 'Number-NumberRangeModel') return near.some((q) => rangeMatches(q, v));
  const codes = r.Resolution.isoCurrency ? [r.Resolution.isoCurrency] : UNIT_CODES[r.Resolution.unit] ?? [];
  const amount = Number(v) / (HUNDREDTHS.has(r.Resolution.unit) ? 100 : 1);
  return near.some((q) => codes.includes(q.unit) && close(q.low, amount));
}

function rangeMatches(q, interval) {
  const m = /^([[(])\s*(-?[\d.]*)\s*,\s*(-?[\d.]*)\s*([\])])$/.exec(interval);
  if (!m) return false;
  const a = m[2] === '' ? null : Number(m[2]);
  const b = m[3] === '' ? null : Number(m[3]);
  if (a !== null && b !== null) {
    if (a === b) return sameNumber(q, q.low, a) && sameNumber(q, q.high, a);
    return q.qualifier === 'range' && sameNumber(q, q.low, a) && sameNumber(q, q.high, b);
  }
  if (a !== null) return q.qualifier === (m[1] === '(' ? 'more_than' : 'at_least') && sameNumber(q, q.low, a) && q.high === null;
  if (b !== null) {
    const qualifiers = m[4] === ')' ? ['less_than'] : ['at_most', 'up_to'];
    return qualifiers.includes(q.qualifier) && sameNumber(q, q.high ?? q.low, b);
  }
  return false;
}
