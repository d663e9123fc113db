// The shapes every stage passes along: spans, the article, mentions proposed by extractors,
// the claims refiners build from them, and the crosscheck.claims/v1 document.

/** Half-open UTF-16 offsets into Article.text (unist's convention). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

export interface Article {
  readonly id: string;
  readonly text: string;
  /** ISO date, YYYY-MM-DD: the reference for relative times. */
  readonly published: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly title: string | null;
}

export type Severity = 'info' | 'warning';

/** A problem the pipeline saw in the content (vfile-message style): never an exception. */
export interface Message {
  readonly ruleId: string;
  readonly span: Span | null;
  readonly severity: Severity;
  readonly text: string;
}

export const MEASURES = [
  'killed', 'wounded', 'casualties', 'missing', 'captured', 'arrested', 'deployed',
  'displaced', 'affected', 'money', 'duration', 'percentage', 'quantity',
] as const;
export type Measure = (typeof MEASURES)[number];

export const QUALIFIERS = [
  'exact', 'approximately', 'at_least', 'more_than', 'at_most', 'less_than', 'up_to', 'nearly', 'range',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type SourceType =
  | 'person' | 'state_media' | 'media' | 'wire_agency' | 'ministry' | 'government' | 'military'
  | 'intelligence' | 'officials' | 'analysts' | 'organisation' | 'country' | 'anonymous' | 'other';

// ---------------------------------------------------------------------------------------------
// Mentions: what extractors propose. Each carries the spans it came from and the rules that spoke.

export interface QuantityMention {
  readonly kind: 'quantity';
  /** The whole phrase: hedge, number(s), unit. */
  readonly span: Span;
  /** The characters of the number itself (for a range: first number to last). */
  readonly valueSpan: Span;
  readonly low: number;
  /** null: open upper bound ("over 6,000"). */
  readonly high: number | null;
  readonly qualifier: Qualifier;
  /** "count", ISO 4217 code, day/week/month/year/hour, percent, or a unit symbol. */
  readonly unit: string;
  /** "120-day", "four-year-long": a duration used as an adjective. */
  readonly adjectival: boolean;
  readonly rules: readonly string[];
}

export interface TimeMention {
  readonly kind: 'time';
  readonly span: Span;
  readonly text: string;
  /** Resolved whole days, ISO YYYY-MM-DD, inclusive. */
  readonly start: string;
  readonly end: string;
  /** False when the text left part of it to the pipeline (e.g. a bare weekday). */
  readonly certain: boolean;
  readonly rules: readonly string[];
}

export interface PlaceMention {
  readonly kind: 'place';
  readonly span: Span;
  readonly text: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** ISO 3166-2 subdivision code without the country prefix, when a first-level region. */
  readonly region: string | null;
  readonly name: string;
  readonly rules: readonly string[];
}

export interface SourceRef {
  readonly name: string;
  readonly type: SourceType;
}

export interface AttributionMention {
  readonly kind: 'attribution';
  readonly source: TextSpan & { readonly type: SourceType; readonly resolved?: string };
  readonly cue: TextSpan;
  /** What is attributed: the clause or sentence(s) the cue governs. */
  readonly content: TextSpan;
  /** Relays between source and outlet, outermost last ("Kim Jong-un ... according to KCNA"). */
  readonly via: readonly SourceRef[];
  /** The cue itself hedges (believe, estimate, suggest, claim). */
  readonly hedged: boolean;
  /** True when the content was carried past the cue's sentence (a continuing quote, "he added"). */
  readonly carried: boolean;
  readonly rules: readonly string[];
}

export interface Mentions {
  readonly quantities: readonly QuantityMention[];
  readonly times: readonly TimeMention[];
  readonly places: readonly PlaceMention[];
  readonly attributions: readonly AttributionMention[];
}

// ---------------------------------------------------------------------------------------------
// Claims and the output document (../shared/spec/claims-output.md).

export interface ClaimValue {
  readonly low: number;
  readonly high: number | null;
  readonly qualifier: Qualifier;
  readonly unit: string;
}

export interface Claim {
  readonly kind: 'quantity';
  readonly measure: Measure;
  readonly value: ClaimValue;
  readonly counted: string | null;
  readonly subject: string | null;
  readonly sources: readonly SourceRef[];
  readonly via: readonly SourceRef[];
  readonly cue: string | null;
  readonly hedged: boolean;
  readonly time: { readonly text: string; readonly start: string; readonly end: string; readonly implied: boolean } | null;
  readonly place: { readonly text: string; readonly country: string; readonly region: string | null } | null;
  /** Whose figure it is, for lining figures up across articles (reconcile/). */
  readonly population: Population;
  readonly span: Span;
  readonly valueSpan: Span;
  /** The rules that produced this claim, in the order they spoke. */
  readonly rules: readonly string[];
}

/**
 * The population a figure is about: the nationality of who is counted ("North Korean soldiers"),
 * the country where it happened, and whether it is about one unit or mission rather than a whole
 * force. `implied` parts were taken from the article as a whole, not from the claim's own words.
 */
export interface Population {
  readonly nationality: string | null;
  readonly nationalityImplied: boolean;
  readonly theatre: string | null;
  readonly theatreImplied: boolean;
  /** The words that narrow the figure to one unit or mission ("this mission", "the 528th Engineer Corps"). */
  readonly scope: string | null;
}

export interface Attribution {
  readonly source: TextSpan & { readonly type: SourceType; readonly resolved?: string };
  readonly cue: TextSpan;
  readonly content: TextSpan;
}

export interface ClaimsDoc {
  readonly schema: 'crosscheck.claims/v1';
  readonly pipeline: { readonly name: 'crosscheck'; readonly version: string };
  readonly article: {
    readonly id: string;
    readonly published: string;
    readonly outlet: string | null;
    readonly url: string | null;
    readonly title: string | null;
  };
  readonly claims: readonly Claim[];
  readonly attributions: readonly Attribution[];
  /** In-article checks: stated conversions and shares against what the other figures imply. */
  readonly checks: readonly Check[];
  readonly messages: readonly Message[];
}

/** An in-article check: a figure the article states against what its other figures imply. */
export interface Check {
  readonly kind: 'conversion' | 'share';
  /** Indexes into the document's claims. */
  readonly claims: readonly number[];
  /** The figure the article states (a converted amount, a percentage); null when it states none. */
  readonly stated: number | null;
  /** What the reference data or the article's other figures give. */
  readonly expected: number;
  /** (stated − expected) / expected; null when nothing is stated. */
  readonly gap: number | null;
  /** pass: within tolerance; mismatch: outside it; info: a derived figure the article does not state. */
  readonly verdict: 'pass' | 'mismatch' | 'info';
  readonly note: string;
}
