// The place gazetteer: one token trie over country names, aliases, demonyms and first-level region
// names, built once on first use from country-state-city and lexicon/en/{place-aliases,demonyms}.json.
import { loadLexicon } from '../../lexicon/load.js';
import { packageCountries, packageRegions, type RegionRecord } from './package-data.js';
import { nameTokens, needsCapital, tokenKey } from './name-key.js';

/** Where a name points: a country, or a region of one. */
export interface PlaceTarget {
  readonly country: string;
  readonly region: string | null;
  readonly name: string;
}

export interface Guard {
  /** Not right after a capitalised name (Michael Jordan, David French). */
  readonly nameBefore: boolean;
  /** Not right before a capitalised name (Jordan Peterson), unless it is a title (Jordan King Abdullah). */
  readonly nameAfter: boolean;
  /** Not before these lower-case words (Turkey dinner). */
  readonly notBefore: ReadonlySet<string> | null;
}

/** Everything one name (a token sequence) can mean. Countries outrank demonyms, demonyms regions. */
export interface Lexeme {
  readonly country: PlaceTarget | null;
  /** The country came from place-aliases.json, not the package. */
  readonly countryAlias: boolean;
  readonly demonym: PlaceTarget | null;
  /** A longer name that is not the place inside it (South America): matched only to be dropped. */
  readonly blocked: boolean;
  /** Curated region names (Donetsk, Kyiv): no context needed; bare and with a suffix may differ. */
  readonly regionAlias: { readonly bare: PlaceTarget; readonly suffixed: PlaceTarget } | null;
  /** Regions whose full package name this is, suffix included (Kursk Oblast). */
  readonly regionsFull: readonly PlaceTarget[];
  /** Full names over an ordinary word (North Governorate, Central Region): need their country named too. */
  readonly regionsGeneric: readonly PlaceTarget[];
  /** Regions the package names exactly this, with no suffix to strip (Arkhangelsk). */
  readonly regionsBare: readonly PlaceTarget[];
  /** Regions whose package name is this plus a suffix (Kursk for Kursk Oblast). */
  readonly regionsSuffixed: readonly PlaceTarget[];
  /** Surface forms the text must match exactly (US, not "us" in a headline's "TELL US"). */
  readonly exact: ReadonlySet<string> | null;
  readonly guard: Guard | null;
}

export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Whether the token leading here must be capitalised in text. */
  capital: boolean;
  lexeme: Lexeme | null;
}

export interface Gazetteer {
  readonly root: TrieNode;
  /** Words after a region name that belong to it (region, oblast, province ...). */
  readonly textSuffixes: ReadonlySet<string>;
  /** Capitalised words allowed next to a guarded name (Jordan King Abdullah). */
  readonly titlesAfterName: ReadonlySet<string>;
}

interface AliasLexicon {
  readonly countries: Record<string, readonly string[]>;
  readonly exactCase: readonly string[];
  readonly countryNames: Record<string, string>;
  readonly regions: Record<string, string | { readonly bare: string; readonly suffixed: string }>;
  readonly regionNames: Record<string, string>;
  readonly blocked: readonly string[];
  readonly nameSuffixes: readonly string[];
  readonly namePrefixes: readonly string[];
  readonly textSuffixes: readonly string[];
  readonly needsSuffix: readonly string[];
  readonly guards: Record<string, {
    readonly nameNeighbour?: boolean; readonly nameBefore?: boolean; readonly nameAfter?: boolean;
    readonly notBefore?: readonly string[];
  }>;
  readonly titlesAfterName: readonly string[];
}

interface DemonymLexicon {
  readonly demonyms: Record<string, readonly string[]>;
}

type MutableLexeme = { -readonly [K in keyof Lexeme]: Lexeme[K] extends readonly (infer T)[] ? T[] : Lexeme[K] };

let built: Gazetteer | null = null;

/** The gazetteer, built on first call (≈ 5,000 regions: tens of milliseconds, once per process). */
export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

function build(): Gazetteer {
  const aliases = loadLexicon<AliasLexicon>('place-aliases');
  const demonyms = loadLexicon<DemonymLexicon>('demonyms');
  const root: TrieNode = { next: new Map(), capital: false, lexeme: null };
  const lexemeAt = (name: string): MutableLexeme => {
    let node = root;
    for (const token of nameTokens(name)) {
      const key = tokenKey(token);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), capital: needsCapital(token), lexeme: null };
        node.next.set(key, child);
      } else if (!needsCapital(token)) {
        // Two names share this step; the lenient one decides ("Papua new Guinea").
        child.capital = false;
      }
      node = child;
    }
    node.lexeme ??= {
      country: null, countryAlias: false, demonym: null, blocked: false, regionAlias: null,
      regionsFull: [], regionsGeneric: [], regionsBare: [], regionsSuffixed: [], exact: null, guard: null,
    };
    return node.lexeme as MutableLexeme;
  };

  // Countries: the package's names, then the aliases it lacks.
  const countryTargets = new Map<string, PlaceTarget>();
  for (const c of packageCountries()) {
    const target = { country: c.code, region: null, name: aliases.countryNames[c.code] ?? c.name };
    countryTargets.set(c.code, target);
    for (const name of countryNameForms(c.name)) lexemeAt(name).country = target;
  }
  for (const [code, names] of Object.entries(aliases.countries)) {
    const target = countryTargets.get(code);
    if (!target) throw new Error(`place-aliases.json: unknown country ${code}`);
    for (const name of names) {
      const lexeme = lexemeAt(name);
      if (lexeme.country) continue;
      lexeme.country = target;
      lexeme.countryAlias = true;
    }
  }
  for (const form of aliases.exactCase) {
    const lexeme = lexemeAt(form);
    lexeme.exact = new Set([...(lexeme.exact ?? []), form]);
  }

  for (const [code, forms] of Object.entries(demonyms.demonyms)) {
    const target = countryTargets.get(code);
    if (!target) throw new Error(`demonyms.json: unknown country ${code}`);
    for (const form of forms) {
      // Nationality adjectives in -an and -i make their plural nouns with -s (Russians, Israelis).
      const all = /(?:an|i)$/.test(form) ? [form, `${form}s`] : [form];
      for (const f of all) {
        const lexeme = lexemeAt(f);
        lexeme.demonym ??= target;
      }
    }
  }

  // Regions: the full package name always; the name without its suffix unless it is an ordinary word.
  const suffix = new RegExp(`\\s+(?:${aliases.nameSuffixes.map(escape).join('|')})$`, 'i');
  const prefix = new RegExp(`^(?:${aliases.namePrefixes.map(escape).join('|')})\\s+`, 'i');
  const needsSuffix = new Set(aliases.needsSuffix.map(tokenKey));
  const regionTargets = new Map<string, PlaceTarget>();
  for (const r of packageRegions()) {
    const target = regionTarget(r, aliases.regionNames);
    regionTargets.set(`${r.country}-${r.code}`, target);
    const full = r.name.replace(/\s*\([^)]*\)/g, '').trim();
    const base = full.replace(suffix, '').replace(prefix, '').trim();
    const usableBase = base.length >= 3 && !/\d/.test(base) && !needsSuffix.has(tokenKey(base));
    if (base === full) {
      if (usableBase) lexemeAt(full).regionsBare.push(target);
      continue;
    }
    if (!usableBase) { lexemeAt(full).regionsGeneric.push(target); continue; }
    lexemeAt(full).regionsFull.push(target);
    lexemeAt(base).regionsSuffixed.push(target);
  }
  for (const [name, ref] of Object.entries(aliases.regions)) {
    const bare = typeof ref === 'string' ? ref : ref.bare;
    const suffixed = typeof ref === 'string' ? ref : ref.suffixed;
    const lookup = (code: string): PlaceTarget => {
      const target = regionTargets.get(code);
      if (!target) throw new Error(`place-aliases.json: unknown region ${code}`);
      return target;
    };
    lexemeAt(name).regionAlias = { bare: lookup(bare), suffixed: lookup(suffixed) };
  }

  for (const name of aliases.blocked) lexemeAt(name).blocked = true;
  for (const [name, g] of Object.entries(aliases.guards)) {
    lexemeAt(name).guard = {
      nameBefore: g.nameBefore ?? g.nameNeighbour ?? false,
      nameAfter: g.nameAfter ?? g.nameNeighbour ?? false,
      notBefore: g.notBefore ? new Set(g.notBefore) : null,
    };
  }

  return {
    root,
    textSuffixes: new Set(aliases.textSuffixes.map(tokenKey)),
    titlesAfterName: new Set(aliases.titlesAfterName),
  };
}

/** The package's country name as text would say it: "Man (Isle of)" is "Isle of Man", not "Man". */
function countryNameForms(name: string): string[] {
  const inverted = /^(.*?)\s*\((.*\bof)\)$/.exec(name);
  if (inverted) return [`${inverted[2]} ${inverted[1]}`];
  const plain = name.replace(/\s*\([^)]*\)/g, '').replace(/\s+S\.A\.R\.$/, '').trim();
  return [plain];
}

function regionTarget(r: RegionRecord, names: Record<string, string>): PlaceTarget {
  return { country: r.country, region: r.code, name: names[`${r.country}-${r.code}`] ?? r.name };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
