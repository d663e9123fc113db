// Full-text matching of one claim sentence, in JavaScript, with the same rules as the SQLite
// article index (FTS5 `porter unicode61 remove_diacritics 2`): words are runs of letters and
// digits, lower-cased, without diacritics, reduced by Martin Porter's original stemmer (the
// `stemmer` package implements the same algorithm as FTS5's porter tokenizer: on the 9,674
// distinct words of the dev, PolNeAR and seed articles both gave the same stem for every one).
//
// Why not an FTS5 table of claim sentences: each sentence is a slice of its article's text, which
// is indexed already; a second index of every sentence cost more than the rest of a stored
// article's writes together (bench/ingest.mjs). The article index finds the candidate articles,
// and their few sentences are checked here.
import { stemmer } from 'stemmer';

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
/** Words of context a snippet keeps around its first match. */
const SNIPPET_WORDS = 32;

/** Forms already worked out: news vocabulary is small, and a search checks the same words often. */
const FORMS = new Map<string, string>();
const MAX_FORMS = 100_000;

/** The index form of a word: what FTS5 stores for it. */
export function indexForm(word: string): string {
  let form = FORMS.get(word);
  if (form === undefined) {
    form = stemmer(word.normalize('NFD').replace(MARKS, '').toLowerCase());
    if (FORMS.size >= MAX_FORMS) FORMS.clear();
    FORMS.set(word, form);
  }
  return form;
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly form: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, form: indexForm(m[0]) });
  return out;
}

/** True when the sentence holds every term (as the article index would match them with AND). */
export function holdsEveryTerm(sentence: string, terms: readonly string[]): boolean {
  const forms = new Set(tokens(sentence).map((t) => t.form));
  return terms.every((term) => forms.has(indexForm(term)));
}

export interface SentenceHit {
  /** Distinct terms found, then how often any was found: higher is better. */
  readonly score: number;
  /** The sentence with each matched word between « and », cut to the words around the first. */
  readonly snippet: string;
}

/** How well the sentence matches any of the terms, or null when it holds none. */
export function matchSentence(sentence: string, terms: readonly string[]): SentenceHit | null {
  const wanted = new Set(terms.map(indexForm));
  const words = tokens(sentence);
  const hits = words.map((t, i) => (wanted.has(t.form) ? i : -1)).filter((i) => i >= 0);
  if (!hits.length) return null;
  const distinct = new Set(hits.map((i) => words[i]!.form)).size;
  // Distinct terms dominate; repeats only break ties (and never add up to another distinct term).
  const score = distinct + hits.length / (hits.length + 1);
  const first = Math.max(0, Math.min(hits[0]! - Math.floor(SNIPPET_WORDS / 4), words.length - SNIPPET_WORDS));
  const last = Math.min(words.length, first + SNIPPET_WORDS) - 1;
  const from = first === 0 ? 0 : words[first]!.start;
  const to = last === words.length - 1 ? sentence.length : words[last]!.end;
  let snippet = first === 0 ? '' : '…';
  let at = from;
  for (const i of hits) {
    const w = words[i]!;
    if (w.start < from || w.end > to) continue;
    snippet += `${sentence.slice(at, w.start)}«${sentence.slice(w.start, w.end)}»`;
    at = w.end;
  }
  snippet += sentence.slice(at, to) + (to === sentence.length ? '' : '…');
  return { score, snippet };
}
