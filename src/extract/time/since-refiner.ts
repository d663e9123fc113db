// "since February 2022": from the stated start to the publication day.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, dayComponents, derive, referenceDay } from './chrono-kit.js';

const SINCE = /\bsince\s+$/i;

export class SinceRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    return results.map((r) => {
      const since = /^since\s/i.test(r.text) || SINCE.test(context.text.slice(Math.max(0, r.index - 8), r.index));
      if (!since || r.tags().has(TAG.vague)) return r;
      // Whatever end the reading had (a whole year, a month part), "since" runs to publication.
      return derive(context, r, { end: dayComponents(context, ref, true) }, [TAG.since]);
    });
  }
}
