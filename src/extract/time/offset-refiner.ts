// Offsets that are not times of the story: "for 120 days", "within 24 hours", "in two weeks" are
// durations (the quantity extractor reports them), so chrono's future dates for them go;
// "a day earlier", "two days later" count from another event in the story and are tagged.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, derive, isOwn } from './chrono-kit.js';
import { alternation, lexicon } from './lexicon.js';

const DURATION_LEAD = /^(?:for|within|in|over)\s/i;
const EVENT_RELATIVE = new RegExp(`\\b(?:${alternation(lexicon.eventRelative)})$`, 'i');
const ANCHORED = /\b(?:today|tomorrow|yesterday|now)\b/i;

export class OffsetRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const relative = !isOwn(r) && r.tags().has('result/relativeDate');
      if (relative && DURATION_LEAD.test(r.text)) continue;
      if (relative && EVENT_RELATIVE.test(r.text.trim()) && !ANCHORED.test(r.text)) {
        out.push(derive(context, r, {}, [TAG.eventRelative]));
        continue;
      }
      out.push(r);
    }
    return out;
  }
}
