// Gives a claim the time its sentence attaches to it: the nearest resolved time in the sentence.
// A duration takes one too: "on January 29 ... halt strikes for a week" says when the week began.
import type { Refiner } from './draft.js';
import type { TimeMention } from '../types.js';

export const attachTime: Refiner = (drafts, doc, mentions) =>
  drafts.map((d) => {
    const s = doc.sentences[d.sentence];
    if (!s) return d;
    let best: TimeMention | null = null;
    let bestDistance = Infinity;
    for (const t of mentions.times) {
      if (t.span.start < s.start || t.span.end > s.end) continue;
      const distance = t.span.start >= d.valueSpan.end ? t.span.start - d.valueSpan.end : d.valueSpan.start - t.span.end;
      if (distance < bestDistance) { best = t; bestDistance = distance; }
    }
    if (!best) return d;
    return {
      ...d,
      time: { text: best.text, start: best.start, end: best.end, implied: !best.certain },
      rules: [...d.rules, 'time/same-sentence'],
    };
  });
