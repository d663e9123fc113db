// News reports what happened: a weekday or a month without a year that chrono placed after the
// publication day moves back into the past (chrono's forwardDate:false does not do this, issue #599).
// A bare weekday equal to the publication weekday is tagged: wire style for the publication day.
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, addMonths, compare, type CivilDate } from './calendar.js';
import { TAG, componentsDay, derive, impliedDay, referenceDay } from './chrono-kit.js';

// A stated direction wins over the preference.
const DIRECTED = /\b(?:next|coming|this|following|upcoming|last|past|previous)\b/i;

export class PastRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    return results.map((r) => this.refineOne(context, ref, r));
  }

  private refineOne(context: ParsingContext, ref: CivilDate, r: ParsingResult): ParsingResult {
    const s = r.start;
    const directed = DIRECTED.test(r.text);
    if (isWeekdayOnly(s)) {
      if (directed) return r;
      const diff = compare(componentsDay(s), ref);
      if (diff === 0) return derive(context, r, {}, [TAG.sameWeekday]);
      if (diff < 0) return r;
      return derive(context, r, {
        start: impliedDay(s, addDays(componentsDay(s), -7)),
        end: r.end && isWeekdayOnly(r.end) ? impliedDay(r.end, addDays(componentsDay(r.end), -7)) : undefined,
      }, [TAG.pastWeekday]);
    }
    // "from May to Oct 2020": the start took its year from the end, which the text states.
    if (s.isCertain('month') && !s.isCertain('year') && !r.end?.isCertain('year')) {
      // A month alone counts as past while it is running ("in December" in mid-December).
      const first = s.isCertain('day') ? componentsDay(s) : { ...componentsDay(s), day: 1 };
      if (compare(first, ref) <= 0) return r;
      return derive(context, r, {
        start: yearBack(s),
        end: r.end && !r.end.isCertain('year') ? yearBack(r.end) : undefined,
      }, [TAG.pastYear]);
    }
    return r;
  }
}

function isWeekdayOnly(c: ParsingComponents): boolean {
  return c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month');
}

function yearBack(c: ParsingComponents): ParsingComponents {
  const moved = c.clone();
  const d = addMonths(componentsDay(c), -12);
  moved.imply('year', d.year);
  if (!c.isCertain('day') || d.day !== c.get('day')) moved.imply('day', d.day);
  return moved;
}
