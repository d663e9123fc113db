// Gives a claim the time its sentence attaches to it: the nearest resolved time in the sentence, leaving
// out the time a superlative is measured from ("the highest since 2019") and, where another is left, a
// time inside an aside about something else ("Izium, the town shelled on Tuesday,").
// A duration takes one too: "on January 29 ... halt strikes for a week" says when the week began.
import type { Refiner } from './draft.js';
import type { TimeMention } from '../types.js';
import { sentenceAt } from '../nlp/doc.js';

export const attachTime: Refiner = (drafts, doc, mentions) => {
  // Times by the sentence they start in: each claim reads its own sentence's, so a long article
  // costs claims + times, not claims × times.
  const bySentence = new Map<number, TimeMention[]>();
  for (const t of mentions.times) {
    const k = sentenceAt(doc, t.span.start);
    const list = bySentence.get(k);
    if (list) list.push(t); else bySentence.set(k, [t]);
  }
  return drafts.map((d) => {
    const s = doc.sentences[d.sentence];
    if (!s) return d;
    const times = bySentence.get(d.sentence) ?? [];
    let best: TimeMention | null = null;
    let bestDistance = Infinity;
    const own = times.filter((t) => t.span.start >= s.start && t.span.end <= s.end && !baseline(doc.text, s.start, t));
    // A time inside an aside about something else ("the town, hit by missiles on Tuesday,") yields to
    // one outside it, when there is one.
    const outside = own.filter((t) => !inAside(doc.text, s.start, s.end, t, d.valueSpan));
    for (const t of outside.length ? outside : own) {
      const distance = t.span.start >= d.valueSpan.end ? t.span.start - d.valueSpan.end : d.valueSpan.start - t.span.end;
      if (distance < bestDistance) { best = t; bestDistance = distance; }
    }
    if (!best) return d;
    // "in January and February": two joined times are one period.
    const joined = times.find((t) => t.span.start > best!.span.end && t.span.end <= s.end
      && /^\s*(?:and|to|through|until|-|–)\s*$/.test(doc.text.slice(best!.span.end, t.span.start)) && t.start >= best!.start);
    const end = joined ? { text: doc.text.slice(best.span.start, joined.span.end), end: joined.end } : { text: best.text, end: best.end };
    return {
      ...d,
      time: { text: end.text, start: best.start, end: end.end, implied: !best.certain || (joined ? !joined.certain : false) },
      rules: [...d.rules, 'time/same-sentence'],
    };
  });
};

// "the deadliest year since 2022", "the highest toll since the war began": the time a superlative is
// measured from, not the time of the figure. ("Since 2022, 10,000 were killed" keeps it.)
const SUPERLATIVE = /\b(?:\w{3,}est|most|least|first|record)\b[^.;:,]*$/i;

function baseline(text: string, sentenceStart: number, t: TimeMention): boolean {
  if (!/^since\b/i.test(t.text)) return false;
  return SUPERLATIVE.test(text.slice(Math.max(sentenceStart, t.span.start - 80), t.span.start));
}

const ASIDE_OPENER = /^\s*(?:the|a|an|which|who|whose|where|when)\b/i;

/**
 * The time sits in a comma-delimited aside that opens with a noun phrase or a relative word and holds
 * not the claim's number: "..., the Kursk border town hit by missiles on Tuesday, governor X said".
 */
function inAside(text: string, from: number, to: number, t: TimeMention, value: { start: number; end: number }): boolean {
  const open = text.lastIndexOf(',', t.span.start);
  const close = text.indexOf(',', t.span.end);
  if (open < from || close < 0 || close > to) return false;
  if (value.start > open && value.end <= close) return false;
  return ASIDE_OPENER.test(text.slice(open + 1, t.span.start));
}
