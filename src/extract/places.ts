// Places: countries, demonyms and first-level regions, matched in one pass over the tokens against
// the gazetteer (country-state-city + lexicon/en aliases), longest name first, capitalised words only.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { PlaceMention } from '../types.js';
import { gazetteer, type Gazetteer, type Lexeme, type PlaceTarget, type TrieNode } from './place/gazetteer.js';
import { isCapitalised, tokenKey } from './place/name-key.js';
import { adjacent, isAllCaps, nameAfter, nameBefore, nextWord } from './place/guards.js';

/** A match before the document-wide pass: one target, or several a country elsewhere must decide. */
interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly targets: readonly PlaceTarget[];
  /** A bare package region name (Idlib, Batman) or a generic one (North Governorate): kept only if
   *  the text names its country too. */
  readonly needsContext: boolean;
  readonly rules: readonly string[];
}

export function extractPlaces(doc: Doc, _ctx: Context): PlaceMention[] {
  const g = gazetteer();
  const tokens = doc.tokens;
  const candidates: Candidate[] = [];
  const capsSentence = new Map<number, boolean>();
  let lastPlaceEnd = -1;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t.text)) continue;
    const first = g.root.next.get(tokenKey(t.lower));
    if (!first) continue;
    const match = longestMatch(doc, first, i);
    if (!match) continue;
    const { lexeme } = match;
    let end = match.end;

    // Short upper-case aliases must be written exactly so, and not in an all-capitals line.
    if (lexeme.exact) {
      if (!lexeme.exact.has(doc.text.slice(t.start, tokens[end - 1]!.end))) continue;
      let caps = capsSentence.get(t.sentence);
      if (caps === undefined) capsSentence.set(t.sentence, caps = isAllCaps(doc, t.sentence));
      if (caps) continue;
    }
    // From here on the match consumes its tokens, kept or not: "South America" never yields a shorter name.
    const candidate = lexeme.blocked || !passesGuard(doc, g, lexeme, i, end, lastPlaceEnd)
      ? null : resolve(doc, g, lexeme, i, end, lastPlaceEnd);
    if (candidate) {
      candidates.push(candidate);
      end = candidate.end;
      lastPlaceEnd = end;
    }
    i = end - 1;
  }
  return settle(doc, candidates);
}

/** The longest gazetteer name starting at token `start`, words capitalised where the name has them. */
function longestMatch(doc: Doc, first: TrieNode, start: number): { lexeme: Lexeme; end: number } | null {
  let node = first;
  let best: { lexeme: Lexeme; end: number } | null = first.lexeme ? { lexeme: first.lexeme, end: start + 1 } : null;
  for (let j = start + 1; j < doc.tokens.length && node.next.size > 0; j++) {
    if (!adjacent(doc, j - 1)) break;
    const u = doc.tokens[j]!;
    const child = node.next.get(tokenKey(u.lower));
    if (!child || (child.capital && !isCapitalised(u.text))) break;
    node = child;
    if (node.lexeme) best = { lexeme: node.lexeme, end: j + 1 };
  }
  return best;
}

function passesGuard(doc: Doc, g: Gazetteer, lexeme: Lexeme, start: number, end: number, lastPlaceEnd: number): boolean {
  const guard = lexeme.guard;
  if (!guard) return true;
  if (guard.nameBefore && nameBefore(doc, start, lastPlaceEnd)) return false;
  if (guard.nameAfter && nameAfter(doc, end, g.titlesAfterName)) return false;
  if (guard.notBefore) {
    const next = nextWord(doc, end);
    if (next !== null && guard.notBefore.has(next)) return false;
  }
  return true;
}

/** What a match names: a country outranks a demonym, a demonym a region (Georgia is the country). */
function resolve(
  doc: Doc, g: Gazetteer, lexeme: Lexeme, start: number, end: number, lastPlaceEnd: number,
): Candidate | null {
  if (lexeme.country) {
    const rules = lexeme.countryAlias ? ['place/country', 'place/alias'] : ['place/country'];
    return { start, end, targets: [lexeme.country], needsContext: false, rules };
  }
  if (lexeme.demonym) return { start, end, targets: [lexeme.demonym], needsContext: false, rules: ['place/demonym'] };

  // "the Kursk region": the suffix word belongs to the span and picks Kursk Oblast over a city-region.
  const next = nextWord(doc, end);
  const suffixed = next !== null && g.textSuffixes.has(next);
  const withSuffix = suffixed ? end + 1 : end;
  if (lexeme.regionAlias) {
    const target = suffixed ? lexeme.regionAlias.suffixed : lexeme.regionAlias.bare;
    const rules = ['place/region', 'place/alias', ...(suffixed ? ['place/region-suffix'] : [])];
    return { start, end: withSuffix, targets: [target], needsContext: false, rules };
  }
  if (lexeme.regionsFull.length) {
    return { start, end, targets: lexeme.regionsFull, needsContext: false, rules: ['place/region'] };
  }
  if (lexeme.regionsGeneric.length) {
    return { start, end, targets: lexeme.regionsGeneric, needsContext: true, rules: ['place/region'] };
  }
  if (suffixed) {
    const targets = lexeme.regionsSuffixed.length ? lexeme.regionsSuffixed : lexeme.regionsBare;
    if (!targets.length) return null;
    return { start, end: withSuffix, targets, needsContext: false, rules: ['place/region', 'place/region-suffix'] };
  }
  const targets = lexeme.regionsBare.length ? lexeme.regionsBare : lexeme.regionsSuffixed;
  if (!targets.length) return null;
  // A bare region name inside a longer proper name is a person or a thing (Lake Victoria, Van Hollen).
  if (nameBefore(doc, start, lastPlaceEnd) || nameAfter(doc, end, g.titlesAfterName)) return null;
  return { start, end, targets, needsContext: true, rules: ['place/region'] };
}

/**
 * The document-wide pass: bare region names and names shared by several countries' regions stand
 * only when the text also names exactly one of their countries (Idlib after Syria, not Batman alone).
 */
function settle(doc: Doc, candidates: readonly Candidate[]): PlaceMention[] {
  const named = new Set<string>();
  for (const c of candidates) if (!c.needsContext && c.targets.length === 1) named.add(c.targets[0]!.country);

  const out: PlaceMention[] = [];
  for (const c of candidates) {
    let target: PlaceTarget | undefined;
    let rules = c.rules;
    if (!c.needsContext && c.targets.length === 1) {
      target = c.targets[0];
    } else {
      const inContext = c.targets.filter((t) => named.has(t.country));
      if (inContext.length !== 1) continue;
      target = inContext[0];
      rules = [...rules, 'place/region-context'];
    }
    if (!target) continue;
    const start = doc.tokens[c.start]!.start;
    const end = doc.tokens[c.end - 1]!.end;
    out.push({
      kind: 'place',
      span: { start, end },
      text: doc.text.slice(start, end),
      country: target.country,
      region: target.region,
      name: target.name,
      rules,
    });
  }
  return out;
}
