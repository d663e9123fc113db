// Ranges chrono does not join: "between March and May 2024" (chrono joins "to", "-", "through"
// itself, but not "between … and"), and ranges with one of our readings at the end
// ("between July 2024 and the end of 2025"). A year stated on either end applies to both.
import { MergingRefiner } from './merging-refiner.js';
import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { TAG, derive, isOwn } from './chrono-kit.js';

const BETWEEN = /\bbetween\s+$/i;
const FROM = /\bfrom\s+$/i;
// The end of a year closes a range well enough, though alone it is too vague to resolve.
const CLOSING_PART = /^(?:the\s+)?(?:end\s+of|late)\b/i;

export class BetweenRefiner extends MergingRefiner {
  protected shouldMerge(context: ParsingContext, between: string, left: ParsingResult, right: ParsingResult): boolean {
    if ((left.end && !isOwn(left)) || (right.end && !isOwn(right))) return false;
    if (right.tags().has(TAG.vague) && !CLOSING_PART.test(right.text)) return false;
    const before = context.text.slice(Math.max(0, left.index - 12), left.index);
    if (/^\s*and\s*$/i.test(between)) return BETWEEN.test(before);
    // chrono already joined "X to Y" between its own readings; ours are left to us.
    return isOwn(right) && /^\s*(?:to|until|till|through|-|–)\s*$/i.test(between) && FROM.test(before);
  }

  protected merge(context: ParsingContext, left: ParsingResult, right: ParsingResult): ParsingResult {
    const start = shareYear(left.start.clone(), right.start);
    const end = shareYear((right.end ?? right.start).clone(), left.start);
    const text = context.text.slice(left.index, right.index + right.text.length);
    const rightTags = [...right.tags()].filter((t) => t !== TAG.vague);
    return derive(context, left, { text, start, end }, [...rightTags, TAG.between]);
  }
}

/** The text states the year once for the range: it is known for both ends. */
function shareYear(target: ParsingComponents, other: ParsingComponents): ParsingComponents {
  const year = other.get('year');
  if (!target.isCertain('year') && other.isCertain('year') && year !== null) target.assign('year', year);
  return target;
}
