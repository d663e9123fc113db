// The content a cue governs: the quote beside it, the clause after "X said", the clause before
// "..., X said", or the whole sentence for "according to X". Quotes may carry it across sentences.
import { sentenceAt, type Doc } from '../../nlp/doc.js';
import type { Span } from '../../types.js';
import type { Candidate } from './find-cues.js';
import { quoteEndingBefore, quoteStartingAfter, type Quote } from './quotes.js';

export interface ContentSpan extends Span {
  /** True when the span reaches past the cue's sentence. */
  readonly carried: boolean;
}

const SKIP_AFTER_CUE = new Set(['that', ':', ',']);

export function contentOf(doc: Doc, c: Candidate, quotes: readonly Quote[]): ContentSpan {
  const tokens = doc.tokens;
  const sentence = doc.sentences[c.sentence]!;
  const text = doc.text;
  const firstAt = Math.min(tokens[c.cue.start]!.start, tokens[c.source.start]!.start);
  const lastAt = Math.max(tokens[c.cue.end - 1]!.end, tokens[c.source.end - 1]!.end);
  const finish = (start: number, end: number): ContentSpan => {
    if (end <= start) ({ start, end } = sentence);
    return { start, end, carried: start < sentence.start || end > sentence.end };
  };

  if (c.side === 'sentence') return finish(sentence.start, sentence.end);

  if (c.side === 'before' || c.side === 'quote-before') {
    const q = quoteEndingBefore(quotes, text, firstAt, 6);
    if (q >= 0) {
      const quote = quotes[q]!;
      // '"A," he said, "B."': the quote goes on after the cue.
      const next = quoteStartingAfter(quotes, text, lastAt, 3);
      return finish(quote.start, next >= 0 ? quotes[next]!.end : quote.end);
    }
    if (c.side === 'quote-before') return finish(sentence.start, firstAt);
    let end = firstAt;
    while (end > sentence.start && /[\s,"“”'’—–-]/.test(text[end - 1]!)) end--;
    return finish(sentence.start, end);
  }

  // After the cue: a quote that opens right there, else the rest of the sentence.
  let k = c.cue.end;
  while (k < sentence.tokenEnd && SKIP_AFTER_CUE.has(tokens[k]!.lower)) k++;
  const from = k < sentence.tokenEnd ? tokens[k]!.start : sentence.end;
  const q = quoteStartingAfter(quotes, text, tokens[c.cue.end - 1]!.end, 3);
  if (q >= 0) return finish(quotes[q]!.start, Math.max(quotes[q]!.end, sentence.end > quotes[q]!.end ? sentence.end : quotes[q]!.end));
  let end = unpairedDashBefore(text, from, sentence.end);
  while (end > from && /[.!?;\s]/.test(text[end - 1]!)) end--;
  return finish(from, end);
}

const SPACED_DASH = /\s(?:–|—|--)\s/g;

/**
 * '... cut its forecast to 1.8% – in line with the growth expected for last year': a last dash with no
 * partner opens the writer's own remark, which the cue does not govern. Paired dashes ("ICU – a Kyiv
 * bank – cut its forecast") enclose an aside inside the content and are left alone.
 */
function unpairedDashBefore(text: string, from: number, end: number): number {
  const dashes = [...text.slice(from, end).matchAll(SPACED_DASH)];
  return dashes.length % 2 === 1 ? from + dashes[dashes.length - 1]!.index! : end;
}

/**
 * A paragraph that goes on quoting after an attributed quote ('"A," he said. "B."') belongs to the same
 * speaker: extend the content over each following quote that no cue of its own claims.
 */
export function extendOverContinuingQuotes(
  doc: Doc, content: ContentSpan, quotes: readonly Quote[], claimed: (start: number, end: number) => boolean,
): ContentSpan {
  const text = doc.text;
  let end = content.end;
  let carried = content.carried;
  let from = doc.sentences[sentenceAt(doc, Math.max(content.start, end - 1))]!.end;
  for (;;) {
    while (from < text.length && /[.!?”"'’)]/.test(text[from]!)) from++;
    const q = quoteStartingAfter(quotes, text, from, 4);
    if (q < 0) break;
    const quote = quotes[q]!;
    // Across a paragraph break only when the last quote was left open (a quote running on).
    if (/\n/.test(text.slice(from, quote.open)) && quotes[q - 1]?.closed !== false) break;
    const lastSentence = doc.sentences[sentenceAt(doc, Math.max(quote.open, quote.close - 1))]!;
    if (claimed(quote.open, Math.max(lastSentence.end, quote.close))) break;
    end = quote.end;
    carried = true;
    from = Math.max(lastSentence.end, quote.close);
  }
  return { start: content.start, end, carried };
}
