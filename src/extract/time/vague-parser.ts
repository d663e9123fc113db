// Expressions that say when too loosely to resolve ("earlier this month", "recently", "this fall").
// They are matched so that chrono's narrower reading ("this month") does not stand in for them;
// the extractor drops them with a message.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { TAG, boundaryBefore, rangeResult, referenceDay } from './chrono-kit.js';
import { alternation, lexicon } from './lexicon.js';

const PATTERN = new RegExp(`(${alternation(lexicon.vagueExpressions)})(?![\\p{L}\\p{N}])`, 'iu');

export class VagueParser implements Parser {
  pattern(): RegExp { return PATTERN; }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!boundaryBefore(context.text, index)) return null;
    const ref = referenceDay(context);
    return rangeResult(context, index, match[0], { start: ref, end: ref }, true, [TAG.vague]);
  }
}
