// A refiner that joins neighbouring results (chrono's own MergingRefiner is not exported).
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export abstract class MergingRefiner implements Refiner {
  protected abstract shouldMerge(
    context: ParsingContext, between: string, left: ParsingResult, right: ParsingResult): boolean;
  protected abstract merge(context: ParsingContext, left: ParsingResult, right: ParsingResult): ParsingResult;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const prev = out[out.length - 1];
      const between = prev ? context.text.slice(prev.index + prev.text.length, result.index) : '';
      if (prev && this.shouldMerge(context, between, prev, result)) out[out.length - 1] = this.merge(context, prev, result);
      else out.push(result);
    }
    return out;
  }
}
