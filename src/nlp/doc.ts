// Reads an article with wink-nlp into one Doc: sentences and tokens with character offsets
// (wink keeps token indices only, so offsets are rebuilt here by walking the text).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Span } from '../types.js';

export interface Token extends Span {
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, NUM, ...). */
  readonly pos: string;
  /** wink's token type: word, number, punctuation, currency, symbol, ... */
  readonly type: string;
  readonly sentence: number;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Doc {
  readonly article: Article;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

const nlp = winkNLP(model);
const its = nlp.its;

interface RawToken { start: number; end: number; text: string; pos: string; type: string }

export function readDoc(article: Article): Doc {
  const text = article.text;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const types = wdoc.tokens().out(its.type) as string[];
  const raw: RawToken[] = [];
  const winkToRaw: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let at = text.indexOf(value, cursor);
    // wink occasionally normalises a token (quotes, contractions); keep the cursor honest then.
    if (at < 0 || at - cursor > 40) at = skipSpace(text, cursor);
    const end = Math.min(text.length, at + value.length);
    cursor = end;
    // Line breaks come back as tokens; they only matter as sentence breaks, found from offsets below.
    if (!value.trim()) { winkToRaw.push(raw.length); continue; }
    winkToRaw.push(raw.length);
    raw.push({ start: at, end, text: text.slice(at, end), pos: pos[i] ?? 'X', type: types[i] ?? 'word' });
  }

  // wink's sentence breaks, then breaks at line ends too: headlines and datelines end without a stop.
  const breaks = new Set<number>();
  const sentenceCount = wdoc.sentences().length();
  for (let k = 0; k < sentenceCount; k++) {
    const [first] = wdoc.sentences().itemAt(k).out(its.span) as unknown as [number, number];
    breaks.add(winkToRaw[first] ?? raw.length);
  }
  for (let i = 1; i < raw.length; i++) {
    const prev = raw[i - 1]!, cur = raw[i]!;
    if (text.slice(prev.end, cur.start).includes('\n')) breaks.add(i);
  }
  const starts = [...breaks].filter((i) => i < raw.length).sort((a, b) => a - b);
  if (starts[0] !== 0 && raw.length) starts.unshift(0);

  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (let k = 0; k < starts.length; k++) {
    const tokenStart = starts[k]!;
    const tokenEnd = starts[k + 1] ?? raw.length;
    for (let i = tokenStart; i < tokenEnd; i++) {
      const r = raw[i]!;
      tokens.push({ ...r, lower: r.text.toLowerCase(), sentence: k });
    }
    sentences.push({ start: raw[tokenStart]!.start, end: raw[tokenEnd - 1]!.end, tokenStart, tokenEnd });
  }
  return { article, text, sentences, tokens };
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** The sentence that holds a character offset, by binary search. */
export function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0, hi = doc.sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (s.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the first token starting at or after a character offset. */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0, hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}
