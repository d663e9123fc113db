// Rule-based coreference for sources: "he said" → the last person named as a source before it (or,
// failing that, the last person named at all); "it"/"the ministry" → the last source of that kind;
// "who"/"which" → the phrase the relative clause hangs on.
import type { Doc } from '../../nlp/doc.js';
import type { SourceType } from '../../types.js';
import { sourceKind } from './source-kind.js';
import { phraseEndingAt } from './source-phrase.js';
import { sentenceSubject } from './verb-subject.js';

export interface SourceDraft {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the source's first token. */
  readonly token: number;
  readonly sentence: number;
  readonly type: SourceType;
  /** The cue closes its sentence after the content ('..., it said.'). */
  readonly trailing: boolean;
}

export interface Resolution {
  readonly resolved: string;
  readonly type: SourceType;
  /** For a relative pronoun ("the architect who said"): where its antecedent starts. */
  readonly antecedentStart?: number;
}

interface Named {
  readonly name: string;
  readonly type: SourceType;
  readonly end: number;
  readonly sentence: number;
  /** The name is the subject of its sentence ("Kim Jong-un visited the unit."). */
  readonly subject?: boolean;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const THING_PRONOUNS = new Set(['it']);
const GROUP_PRONOUNS = new Set(['they']);
const RELATIVES = new Set(['who', 'which', 'that']);
// "the ministry", "the research": a definite description in lower case, not a name ("the Russian Defense Ministry").
const DEFINITE = /^[Tt]he(?:\s+[a-z][\w-]*){1,3}$/;
/** How many sentences back a pronoun may look for a source before falling back to any named person. */
const SOURCE_WINDOW = 6;

/** Runs of two or more proper nouns that read as a person's name, in text order. */
function personNames(doc: Doc): Named[] {
  const out: Named[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos !== 'PROPN') continue;
    let k = i + 1;
    const glued = (m: number): boolean => tokens[m]!.start === tokens[m - 1]!.end;
    while (k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence
      && (tokens[k]!.pos === 'PROPN' || ((tokens[k]!.text === '-' || tokens[k]!.text === '.') && glued(k))
        // "Jong-un": the part after a hyphen comes back in lower case.
        || (tokens[k - 1]!.text === '-' && glued(k) && /^\p{L}+$/u.test(tokens[k]!.text)))) k++;
    // A name never ends on its glue: "Witkoff." at a sentence end is one word.
    while (k - 1 > i && (tokens[k - 1]!.text === '.' || tokens[k - 1]!.text === '-')) k--;
    if (k - i >= 2) {
      const name = doc.text.slice(tokens[i]!.start, tokens[k - 1]!.end);
      if (sourceKind(name) === 'person') {
        const sentence = doc.sentences[tokens[i]!.sentence]!;
        const subject = sentenceSubject(doc, sentence.tokenStart, sentence.tokenEnd);
        out.push({ name, type: 'person', end: tokens[k - 1]!.end, sentence: tokens[i]!.sentence, subject: !!subject && subject.start < k && i < subject.end });
      }
    }
    i = k - 1;
  }
  return out;
}

/** Resolutions for the drafts, in the same order (null: nothing to resolve or nothing found). */
export function resolveSources(doc: Doc, drafts: readonly SourceDraft[]): Array<Resolution | null> {
  // Names are only needed when some source is a pronoun.
  const people = drafts.some((d) => PERSON_PRONOUNS.has(d.text.toLowerCase())) ? personNames(doc) : [];
  const named: Named[] = [];
  const out: Array<Resolution | null> = [];
  let p = 0;
  const order = drafts.map((d, i) => i).sort((a, b) => drafts[a]!.start - drafts[b]!.start);
  const results = new Array<Resolution | null>(drafts.length).fill(null);
  for (const i of order) {
    const d = drafts[i]!;
    const low = d.text.toLowerCase();
    while (p < people.length && people[p]!.end <= d.start) p++;
    let r: Resolution | null = null;
    const subject = d.trailing ? subjectBefore(doc, d, low) : null;
    if (subject) {
      r = subject;
    } else if (PERSON_PRONOUNS.has(low)) {
      const source = lastNamed(named, d, (n) => n.type === 'person');
      const anyone = p > 0 ? people[p - 1]! : null;
      // The subject of the sentence just before outranks an older source: "Kim Jong-un visited the unit. He said ...".
      const fresh = !!anyone && !!anyone.subject && d.sentence - anyone.sentence <= 1 && (!source || anyone.end > source.end);
      const pick = !fresh && source && (d.sentence - source.sentence <= SOURCE_WINDOW || !anyone || anyone.end < source.end) ? source : anyone;
      if (pick) r = { resolved: pick.name, type: 'person' };
    } else if (THING_PRONOUNS.has(low)) {
      const n = lastNamed(named, d, (x) => x.type !== 'person' && x.type !== 'other', SOURCE_WINDOW);
      if (n) r = { resolved: n.name, type: n.type };
    } else if (GROUP_PRONOUNS.has(low)) {
      const n = lastNamed(named, d, (x) => x.type !== 'person', SOURCE_WINDOW);
      if (n) r = { resolved: n.name, type: n.type };
    } else if (RELATIVES.has(low)) {
      const before = doc.tokens[d.token - 1]?.text === ',' ? d.token - 2 : d.token - 1;
      const antecedent = before >= 0 ? phraseEndingAt(doc, before, doc.sentences[d.sentence]!.tokenStart) : null;
      if (antecedent) {
        const name = doc.text.slice(doc.tokens[antecedent.start]!.start, doc.tokens[antecedent.end - 1]!.end);
        r = { resolved: name, type: sourceKind(name), antecedentStart: doc.tokens[antecedent.start]!.start };
      }
    } else if (DEFINITE.test(d.text) && d.type !== 'other' && d.type !== 'person') {
      const n = lastNamed(named, d, (x) => x.type === d.type && x.name.toLowerCase() !== low && /\p{Lu}/u.test(x.name));
      if (n) r = { resolved: n.name, type: n.type };
    }
    results[i] = r;
    const name = r ? r.resolved : d.text;
    const type = r ? r.type : d.type;
    if (!r && (PERSON_PRONOUNS.has(low) || THING_PRONOUNS.has(low) || GROUP_PRONOUNS.has(low) || RELATIVES.has(low))) continue;
    named.push({ name, type, end: d.end, sentence: d.sentence });
  }
  out.push(...results);
  return out;
}

/**
 * '[ArcelorMittal] lost 10% of its output in January, it said.': a pronoun that closes the sentence
 * speaks for the sentence's subject when the pronoun fits it ("it" a body, "he"/"she" a person).
 */
function subjectBefore(doc: Doc, d: SourceDraft, low: string): Resolution | null {
  if (!PERSON_PRONOUNS.has(low) && !THING_PRONOUNS.has(low)) return null;
  const subject = sentenceSubject(doc, doc.sentences[d.sentence]!.tokenStart, d.token);
  if (!subject || subject.end > d.token) return null;
  const head = doc.tokens[subject.end - 1]!;
  if (head.pos === 'PRON') return null;
  const name = doc.text.slice(doc.tokens[subject.start]!.start, head.end);
  const type = sourceKind(name);
  if (PERSON_PRONOUNS.has(low)) return type === 'person' ? { resolved: name, type } : null;
  // "it" for a body: not a plural, and a person only when the name is all we know (a company "ArcelorMittal").
  if (/s$/.test(head.lower) && head.pos === 'NOUN') return null;
  return { resolved: name, type: type === 'person' ? 'other' : type };
}

function lastNamed(named: readonly Named[], d: SourceDraft, ok: (n: Named) => boolean, window = Infinity): Named | null {
  for (let k = named.length - 1; k >= 0; k--) {
    const n = named[k]!;
    if (d.sentence - n.sentence > window) return null;
    if (n.end <= d.start && ok(n)) return n;
  }
  return null;
}
