// Lines up claims that count the same thing: every source's value side by side, low/best/high in
// the manner of UCDP GED, the number of independent sources, restatements joined to their original,
// and the disagreements between sources with the notes that say when they only seem to disagree.
import type { Measure } from '../types.js';
import type { StoredClaim } from '../store/claim-store.js';
import { groupKey, groupId } from './group-key.js';
import { originOf } from './source-identity.js';
import { DEFAULT_TOLERANCE, centralValue, gapRatio, intervalOf } from './interval.js';
import { measureNote } from './measure-family.js';

export const BEST_RULE =
  'best is the median of one central value per independent source (its latest figure; a range\'s midpoint, a bound\'s stated number); ' +
  'low is the smallest lower end and high the largest upper end among them (an open bound leaves high at the largest stated number)';

export interface GroupEntry {
  readonly claim: StoredClaim;
  readonly origin: string;
  readonly originKey: string;
  /** Ids of later claims in the same article that restate this one. */
  readonly restatements: readonly string[];
}

export interface Disagreement {
  readonly groupId: string;
  readonly a: StoredClaim;
  readonly b: StoredClaim;
  readonly aOrigin: string;
  readonly bOrigin: string;
  /** How far apart the two ranges are: the larger over the smaller end (≥ 1 + tolerance). */
  readonly ratio: number;
  /** contradiction: the same thing counted differently; apparent: the notes may explain the gap. */
  readonly kind: 'contradiction' | 'apparent';
  readonly notes: readonly string[];
}

export interface Group {
  readonly id: string;
  readonly key: string;
  readonly measures: readonly Measure[];
  readonly entries: readonly GroupEntry[];
  readonly low: number;
  readonly best: number;
  readonly high: number;
  readonly openEnded: boolean;
  readonly bestRule: string;
  readonly independentSources: number;
  readonly origins: readonly string[];
  readonly disagreements: readonly Disagreement[];
  readonly notes: readonly string[];
}

export interface GroupOptions { readonly tolerance?: number }

const byDateThenId = (a: StoredClaim, b: StoredClaim) =>
  a.published.localeCompare(b.published) || a.articleId.localeCompare(b.articleId) || a.valueSpan.start - b.valueSpan.start;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

// Words that make a count a part of another: "four other hostages", "the remaining 59", "eight living hostages".
const SUBSET = /\b(?:other|another|remaining|additional|more|further|living|surviving|still)\b/i;
const TOLLS = new Set<Measure>(['killed', 'wounded', 'casualties', 'missing', 'displaced', 'arrested', 'captured']);
const whenOf = (c: StoredClaim) => c.published;
const comparableMeasures = (a: Measure, b: Measure) => a === b || a === 'casualties' || b === 'casualties';

/** A figure tied to a day or a few days: one strike, one ceremony, one exchange. */
const isEvent = (c: StoredClaim) => !!c.time && daysBetween(c.time.start, c.time.end) <= 7;
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
// Words that name no particular group of people: "6,000 casualties" and "9 soldiers" may be the same people.
const GENERIC = /^(people|persons|person|individuals|casualties|dead|deaths|fatalities|soldiers|troops|men|bodies|lives|losses|wounded|injured)$/;
function groupCounted(c: StoredClaim): string | null {
  const head = c.counted?.toLowerCase().split(/\s+/).at(-1) ?? null;
  return head && !GENERIC.test(head) ? head.replace(/(?<=[a-z]{3})s$/, '') : null;
}

/** Reasons two claims in one group may not contradict each other. */
export function comparabilityNotes(a: StoredClaim, b: StoredClaim): string[] {
  const notes: string[] = [];
  const m = measureNote(a.measure, b.measure);
  if (m) notes.push(m);
  const sa = a.population.scope, sb = b.population.scope;
  if ((sa ? 1 : 0) !== (sb ? 1 : 0)) notes.push(`one unit or mission ("${sa ?? sb}") vs the whole force`);
  else if (sa && sb && sa.toLowerCase() !== sb.toLowerCase()) notes.push(`different units or missions ("${sa}" vs "${sb}")`);
  const ta = a.time, tb = b.time;
  // Days apart, not hours: "killed on Friday" and "said on Saturday that ... killed" are one event.
  if (ta && tb && (daysBetween(ta.end, tb.start) > 3 || daysBetween(tb.end, ta.start) > 3)) {
    notes.push(`different time windows (${ta.start}..${ta.end} vs ${tb.start}..${tb.end})`);
  }
  else if (isEvent(a) !== isEvent(b)) notes.push('one event vs a toll over a longer period');
  // Tolls grow: a larger figure given later may be an update rather than a contradiction.
  const [earlier, later] = whenOf(a) <= whenOf(b) ? [a, b] : [b, a];
  if (TOLLS.has(a.measure) && whenOf(later) > whenOf(earlier) && later.value.low > (earlier.value.high ?? earlier.value.low)) {
    notes.push(`the larger figure was published later (${whenOf(later)}): it may be an updated toll`);
  }
  for (const c of [a, b]) {
    const part = SUBSET.exec(c.subject ?? '');
    if (part) notes.push(`"${c.subject}" is a part of a larger count ("${part[0]}")`);
  }
  const ga = groupCounted(a), gb = groupCounted(b);
  if (ga && gb && ga !== gb) notes.push(`different people counted (${ga} vs ${gb})`);
  const pa = a.population.theatre, pb = b.population.theatre;
  if (pa && pb && pa !== pb) notes.push(`different places (${pa} vs ${pb})`);
  return notes;
}

export function buildGroups(claims: readonly StoredClaim[], options: GroupOptions = {}): Group[] {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const groups = [...claimsByKey(claims)].map(([key, list]) => buildGroup(key, list, tolerance));
  return groups.sort(groupOrder);
}

/** The claims that have a group key, by key, each list in the order of `claims`. */
export function claimsByKey(claims: readonly StoredClaim[]): Map<string, StoredClaim[]> {
  const byKey = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    const key = groupKey(c);
    if (!key) continue;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(c);
  }
  return byKey;
}

/** buildGroups' order: the groups with most independent sources first, then by id. */
export const groupOrder = (a: Group, b: Group): number => b.independentSources - a.independentSources || a.id.localeCompare(b.id);

/**
 * The group of the claims that share `key`. It reads nothing but them, and their order only where
 * byDateThenId ties (claims of one article at one offset): those keep the order they come in.
 */
export function buildGroup(key: string, claims: readonly StoredClaim[], tolerance = DEFAULT_TOLERANCE): Group {
  const list = [...claims].sort(byDateThenId);
  const id = groupId(key);
  // A restatement: the same article and value again ("the 9 casualties disclosed by Kim Jong-un").
  const entries: { claim: StoredClaim; origin: string; originKey: string; restatements: string[] }[] = [];
  // The first entry per article and value, looked up by key: a scan of `entries` per claim made a
  // group of n claims cost n² (a minute for one group of 28k claims).
  const firstOf = new Map<string, (typeof entries)[number]>();
  for (const c of list) {
    // The same number again in one article is the same figure even when the restating sentence
    // names its source differently ("the governor" for "the regional governor of Odesa").
    const same = `${c.articleId}\u0000${c.value.low}\u0000${c.value.high}`;
    const original = firstOf.get(same);
    if (original) { original.restatements.push(c.id); continue; }
    const o = originOf(c, c.outlet);
    const entry = { claim: c, origin: o.name, originKey: o.key, restatements: [] };
    entries.push(entry);
    firstOf.set(same, entry);
  }
  // One figure per independent source and group of people counted ("60 fighters", "2 civilians"): its latest.
  const latest = new Map<string, (typeof entries)[number]>();
  for (const e of entries) latest.set(`${e.originKey}|${groupCounted(e.claim) ?? ''}`, e);
  const reps = [...latest.values()];
  const lows = reps.map((e) => e.claim.value.low);
  const highs = reps.map((e) => e.claim.value.high ?? e.claim.value.low);
  const disagreements: Disagreement[] = [];
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) {
      const a = reps[i]!, b = reps[j]!;
      // A source does not disagree with itself, and deaths do not disagree with the wounded:
      // figures compare when they count the same thing or one is the casualties that hold the other.
      if (a.originKey === b.originKey || !comparableMeasures(a.claim.measure, b.claim.measure)) continue;
      // Things counted in one article on one day ("3 plants", "1 plant disconnected") are told apart
      // by the article itself; only counts of people are checked within an article (9 vs over 6,000).
      if (a.claim.articleId === b.claim.articleId && a.claim.measure === 'quantity') continue;
      const ratio = gapRatio(intervalOf(a.claim.value, tolerance), intervalOf(b.claim.value, tolerance));
      if (ratio <= 1 + tolerance) continue;
      const notes = comparabilityNotes(a.claim, b.claim);
      // Tolls of one event and of a whole war can land in one group; a hundredfold gap says so.
      if (ratio >= 100) notes.push('more than a hundredfold apart: likely different events or scopes');
      disagreements.push({
        groupId: id, a: a.claim, b: b.claim, aOrigin: a.origin, bOrigin: b.origin, ratio,
        kind: notes.length ? 'apparent' : 'contradiction', notes,
      });
    }
  }
  disagreements.sort((x, y) => y.ratio - x.ratio);
  return {
    id, key,
    measures: [...new Set(list.map((c) => c.measure))].sort(),
    entries,
    low: Math.min(...lows),
    best: median(reps.map((e) => centralValue(e.claim.value))),
    high: Math.max(...highs),
    openEnded: reps.some((e) => e.claim.value.high === null),
    bestRule: BEST_RULE,
    independentSources: new Set(reps.map((e) => e.originKey)).size,
    origins: [...new Set(reps.map((e) => e.origin))],
    disagreements,
    notes: [...new Set(disagreements.flatMap((d) => d.notes))],
  };
}

/** All disagreements across groups: contradictions first, then those the notes may explain; biggest first. */
export const conflictsOf = (groups: readonly Group[]): Disagreement[] =>
  groups.flatMap((g) => g.disagreements)
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'contradiction' ? -1 : 1) || b.ratio - a.ratio);
