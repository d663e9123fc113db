// Gives a claim the time its sentence attaches to it: the nearest resolved time in the sentence.
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
    for (const t of times) {
      if (t.span.start < s.start || t.span.end > s.end) continue;
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
