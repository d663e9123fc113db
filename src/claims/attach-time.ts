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
    // "in January and February": two joined times are one period.
    const joined = mentions.times.find((t) => t.span.start > best!.span.end && t.span.end <= s.end
      && /^\s*(?:and|to|through|until|-|–)\s*$/.test(doc.text.slice(best!.span.end, t.span.start)) && t.start >= best!.start);
    const end = joined ? { text: doc.text.slice(best.span.start, joined.span.end), end: joined.end } : { text: best.text, end: best.end };
    return {
      ...d,
      time: { text: end.text, start: best.start, end: end.end, implied: !best.certain || (joined ? !joined.certain : false) },
      rules: [...d.rules, 'time/same-sentence'],
    };
  });
