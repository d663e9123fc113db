// What kind of asserter a source phrase names (state media, ministry, intelligence, person...), from
// the head word and known names in lexicon/en/source-kinds.json.
import { loadLexicon } from '../../lexicon/load.js';
import type { SourceType } from '../../types.js';

interface SourceKindsFile {
  readonly order: readonly SourceType[];
  readonly names: Readonly<Partial<Record<SourceType, readonly string[]>>>;
  readonly heads: Readonly<Partial<Record<SourceType, readonly string[]>>>;
  readonly countries: readonly string[];
  readonly personTitles: readonly string[];
}

interface Compiled {
  /** First word of a known name → [name words, kind], longest names first. */
  readonly names: ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], SourceType]>>;
  readonly heads: ReadonlyMap<string, SourceType>;
  readonly rank: ReadonlyMap<SourceType, number>;
  readonly countries: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.&'’/-]*/gu;
const LINK = new Set(['of', 'from', 'at', 'for', 'by', 'in', 'with', ',']);
const SKIP = new Set(['the', 'a', 'an']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'i']);

let compiled: Compiled | null = null;

function lexicon(): Compiled {
  if (compiled) return compiled;
  const file = loadLexicon<SourceKindsFile>('source-kinds');
  const names = new Map<string, Array<readonly [readonly string[], SourceType]>>();
  for (const kind of file.order) {
    for (const name of file.names[kind] ?? []) {
      const words = name.toLowerCase().split(/\s+/);
      const list = names.get(words[0]!) ?? [];
      list.push([words, kind]);
      names.set(words[0]!, list);
    }
  }
  for (const list of names.values()) list.sort((a, b) => b[0].length - a[0].length);
  const heads = new Map<string, SourceType>();
  for (const kind of file.order) for (const head of file.heads[kind] ?? []) if (!heads.has(head)) heads.set(head, kind);
  compiled = {
    names, heads,
    rank: new Map(file.order.map((k, i) => [k, i] as const)),
    countries: new Set(file.countries),
    titles: new Set(file.personTitles),
  };
  return compiled;
}

const stripPossessive = (w: string): string => w.replace(/['’]s?$/, '');

/** The kind of source a phrase names. `capitalised` says which words were written with a capital. */
export function sourceKind(text: string): SourceType {
  const lex = lexicon();
  const raw = text.match(WORD) ?? [];
  const words = raw.map((w) => stripPossessive(w.toLowerCase()));
  if (!words.length) return 'other';
  if (words.length === 1 && PERSON_PRONOUNS.has(words[0]!)) return 'person';

  // The head: the last word before the first link ("the head of ...", "sources from ...").
  let headAt = words.length - 1;
  const linkAt = words.findIndex((w, i) => i > 0 && LINK.has(w));
  if (linkAt > 0) headAt = linkAt - 1;
  const head = words[headAt]!;
  const headKind = lex.heads.get(head);
  // A head like "ministry" decides, unless a known name sits right at the head ("state media KCNA").
  let best: SourceType | null = headKind ?? null;

  let named: SourceType | null = null;
  for (let i = 0; i < words.length; i++) {
    for (const [name, kind] of lex.names.get(words[i]!) ?? []) {
      if (name.every((w, k) => words[i + k] === w)) {
        if (named === null || (lex.rank.get(kind) ?? 99) < (lex.rank.get(named) ?? 99)) named = kind;
        break;
      }
    }
  }
  if (best === null && named !== null) best = named;
  else if (best !== null && named !== null && (named === 'state_media' || named === 'wire_agency' || named === 'intelligence') && headKind !== 'anonymous') best = named;
  if (best) return best;

  const bare = words.filter((w) => !SKIP.has(w)).join(' ');
  if (lex.countries.has(bare)) return 'country';
  // A capitalised name (possibly titled): a person.
  const capitalised = raw.filter((w) => /^\p{Lu}/u.test(w)).length;
  const content = raw.filter((w) => !SKIP.has(w.toLowerCase())).length;
  if (capitalised > 0 && capitalised >= content - 1 && /^\p{Lu}/u.test(raw[headAt] ?? '')) return 'person';
  if (words.some((w) => lex.titles.has(w))) return 'person';
  return 'other';
}

/** Whether a word is the head of a kind of source ("ministry", "military", "analysts"). */
export function isSourceHead(word: string): boolean {
  return lexicon().heads.has(word);
}
