// Times: chrono-node with the publication date as reference, the past preferred, resolved to
// whole-day ranges (src/extract/time/ holds our parsers, refiners and the resolution).
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { TimeMention } from '../types.js';
import { toIso } from './time/calendar.js';
import { wordBefore } from './time/chrono-kit.js';
import { createTimeChrono } from './time/configuration.js';
import { lexicon } from './time/lexicon.js';
import { resolve } from './time/resolve.js';

const chrono = createTimeChrono();

export function extractTimes(doc: Doc, ctx: Context): TimeMention[] {
  let results;
  try {
    results = chrono.parse(doc.text, chronoReference(ctx.reference));
  } catch (error) {
    // A chrono bug must not take the article down; the other extractors still run.
    ctx.report({ ruleId: 'time/chrono-failed', span: null, severity: 'warning', text: String(error) });
    return [];
  }
  const mentions: TimeMention[] = [];
  for (const result of results) {
    const span = widen(doc.text, result.index, result.index + result.text.length);
    const text = doc.text.slice(span.start, span.end);
    const resolution = resolve(result);
    if (resolution.kind === 'drop') {
      if (resolution.reason) {
        ctx.report({ ruleId: 'time/unresolved', span, severity: 'info', text: `"${text}": ${resolution.reason}` });
      }
      continue;
    }
    mentions.push({
      kind: 'time', span, text,
      start: toIso(resolution.range.start), end: toIso(resolution.range.end),
      certain: resolution.certain, rules: resolution.rules,
    });
  }
  return mentions;
}

/**
 * chrono reads its reference with local-time getters, so the UTC midnight in ctx.reference would
 * be the day before west of Greenwich. Noon local time on the same calendar day reads right in
 * every zone (and no DST switch moves noon across midnight).
 */
function chronoReference(reference: Date): Date {
  return new Date(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), 12);
}

const SPAN_PREPOSITIONS = new Set(lexicon.spanPrepositions);

/** The span takes in the preposition that governs the expression ("in March", "since 2022"). */
function widen(text: string, start: number, end: number): { start: number; end: number } {
  let s = start, e = end;
  // chrono keeps a comma or bracket it read around a weekday ("on Friday,"); the span does not.
  while (e > s && /[\s,;:(（]/.test(text[e - 1] ?? '')) e--;
  while (s < e && /[\s,;:(（)）]/.test(text[s] ?? '')) s++;
  const first = /^\p{L}+/u.exec(text.slice(s, e))?.[0]?.toLowerCase();
  if (first && SPAN_PREPOSITIONS.has(first)) return { start: s, end: e };
  const before = wordBefore(text, s, ['the']);
  if (before && SPAN_PREPOSITIONS.has(before.word) && /^[\s\p{L}]+$/u.test(text.slice(before.start + before.word.length, s))) {
    s = before.start;
  }
  return { start: s, end: e };
}
