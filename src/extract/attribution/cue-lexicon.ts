// The attribution cue lexicon (lexicon/en/attribution-cues.json) compiled once into lookup tables:
// every inflected form of a cue verb maps to its lemma and the traits the extractor needs.
import { loadLexicon } from '../../lexicon/load.js';

interface CueLexiconFile {
  readonly verbs: readonly string[];
  readonly forms: Readonly<Record<string, readonly string[]>>;
  readonly hedged: readonly string[];
  readonly hedgeAdverbs: readonly string[];
  readonly evidential: readonly string[];
  readonly noSubjectParticipial: readonly string[];
  readonly weakVerbs: readonly string[];
  readonly relayVerbs: readonly string[];
  readonly accordingToNonSources: readonly string[];
  readonly quoteDashes: readonly string[];
  readonly timeWords: readonly string[];
  readonly postModifiers: readonly string[];
  readonly modals: readonly string[];
  readonly documentHeads: readonly string[];
  readonly agentHeads: readonly string[];
  readonly aspectVerbs: readonly string[];
  readonly surveyHeads: readonly string[];
  readonly silentWhenNegated: readonly string[];
  readonly phrasalCues: readonly string[];
  readonly phrasalForms: Readonly<Record<string, readonly string[]>>;
  readonly nonReportingNext: Readonly<Record<string, readonly string[]>>;
  readonly speechOnlyVerbs: readonly string[];
  readonly partitiveHeads: readonly string[];
  readonly controlWords: readonly string[];
  readonly circumstantialParticiples: readonly string[];
  readonly colonNonSpeakers: readonly string[];
  readonly topicVerbs: readonly string[];
  readonly topicMarkers: readonly string[];
  readonly nounCues: { readonly possessed: readonly string[]; readonly object: readonly string[] };
}

export interface CueVerb {
  readonly lemma: string;
  readonly hedged: boolean;
  /** Common as a plain verb ("continued", "called"): taken only with a subject right before it. */
  readonly weak: boolean;
  /** "told Reuters": the object may be a relay. */
  readonly relay: boolean;
  readonly evidential: boolean;
}

export interface CueLexicon {
  readonly verbs: ReadonlyMap<string, CueVerb>;
  readonly participial: ReadonlySet<string>;
  readonly hedgeAdverbs: ReadonlySet<string>;
  readonly accordingToNonSources: ReadonlySet<string>;
  readonly quoteDashes: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  /** Word sequences after a head noun that stay in its phrase, as word arrays. */
  readonly postModifiers: ReadonlyArray<readonly string[]>;
  /** "would add", "could pressure": a possibility or a plan, not a report. */
  readonly modals: ReadonlySet<string>;
  /** Written or recorded things: sources for evidential verbs ("the study found"), never agents ("the report released"). */
  readonly documentHeads: ReadonlySet<string>;
  /** Singular words for people or bodies that act and speak ("the judge", "police", "the family"). */
  readonly agentHeads: ReadonlySet<string>;
  /** Cue lemmas that only say how an action goes on before an infinitive ("continued to work", "is set to meet"). */
  readonly aspectVerbs: ReadonlySet<string>;
  /** Surveys that state what a sentence reports after "in" ("In the latest poll, ..."). */
  readonly surveyHeads: ReadonlySet<string>;
  /** Multi-word cues ("make the case", "weigh in"): each form of the first word → the words that must follow. */
  readonly phrasal: ReadonlyMap<string, ReadonlyArray<{ readonly phrase: string; readonly rest: readonly string[] }>>;
  /** Cue lemmas that report nothing when negated ("did not respond to requests for comment"). */
  readonly silentWhenNegated: ReadonlySet<string>;
  /** Per cue lemma, words right after it that make it no report ("filed for bankruptcy", "known as"). */
  readonly nonReportingNext: ReadonlyMap<string, ReadonlySet<string>>;
  /** Cue lemmas that report only beside punctuation, a quote or a reporting infinitive ('he continued: "..."'). */
  readonly speechOnlyVerbs: ReadonlySet<string>;
  /** A share of a group of people, standing for them as a subject ("a majority of voters", "5 percent"). */
  readonly partitiveHeads: ReadonlySet<string>;
  /** Raising and control words before an infinitive cue, each with the particle it needs ('' for none): "went on to discuss". */
  readonly controlWords: ReadonlyMap<string, string>;
  /** "Speaking in Kyiv, Zelensky said": an opening -ing form that sets the scene, not a cue. */
  readonly circumstantialParticiples: ReadonlySet<string>;
  /** "Correction:", "UPDATE:": a label before a colon, not a speaker. */
  readonly colonNonSpeakers: ReadonlySet<string>;
  /** Lemmas ("speak", "talk") that are cues only before one of `topicMarkers` ("spoke of", "talked about"). */
  readonly topicVerbs: ReadonlySet<string>;
  readonly topicMarkers: ReadonlySet<string>;
  /** "Trump's claim that", "claims by X": the possessor or agent is the source. */
  readonly possessedNouns: ReadonlySet<string>;
  /** "cut its forecast", "put the toll at": the verb's subject is the source. */
  readonly objectNouns: ReadonlySet<string>;
}

/** Regular English inflections; irregular and doubled forms come from the file's `forms`. */
function inflect(lemma: string): string[] {
  const out = [lemma];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) {
    const root = lemma.slice(0, -1);
    out.push(`${root}ies`, `${root}ied`, `${lemma}ing`);
  } else {
    out.push(/(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
    out.push(lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);
    out.push(lemma.endsWith('ee') ? `${lemma}ing` : `${stem}ing`);
  }
  return out;
}

function phrasalTable(file: CueLexiconFile): CueLexicon['phrasal'] {
  const table = new Map<string, Array<{ phrase: string; rest: string[] }>>();
  for (const phrase of file.phrasalCues) {
    const [head, ...rest] = phrase.split(' ');
    for (const form of file.phrasalForms[head!] ?? inflect(head!)) {
      const list = table.get(form) ?? [];
      list.push({ phrase, rest });
      table.set(form, list);
    }
  }
  return table;
}

let compiled: CueLexicon | null = null;

export function cueLexicon(): CueLexicon {
  if (compiled) return compiled;
  const file = loadLexicon<CueLexiconFile>('attribution-cues');
  const hedged = new Set(file.hedged);
  const weak = new Set(file.weakVerbs);
  const relay = new Set(file.relayVerbs);
  const evidential = new Set(file.evidential);
  const verbs = new Map<string, CueVerb>();
  for (const lemma of new Set([...file.verbs, ...Object.keys(file.forms)])) {
    const trait: CueVerb = {
      lemma, hedged: hedged.has(lemma), weak: weak.has(lemma), relay: relay.has(lemma), evidential: evidential.has(lemma),
    };
    const forms = file.forms[lemma] ?? inflect(lemma);
    // A form shared by two lemmas keeps the first (strong verbs come first in the file).
    for (const form of forms) if (!verbs.has(form)) verbs.set(form, trait);
  }
  compiled = {
    verbs,
    participial: new Set(file.noSubjectParticipial),
    hedgeAdverbs: new Set(file.hedgeAdverbs),
    accordingToNonSources: new Set(file.accordingToNonSources),
    quoteDashes: new Set(file.quoteDashes),
    timeWords: new Set(file.timeWords),
    postModifiers: file.postModifiers.map((m) => m.split(' ')),
    modals: new Set(file.modals),
    documentHeads: new Set(file.documentHeads),
    agentHeads: new Set(file.agentHeads),
    aspectVerbs: new Set(file.aspectVerbs),
    surveyHeads: new Set(file.surveyHeads),
    silentWhenNegated: new Set(file.silentWhenNegated),
    phrasal: phrasalTable(file),
    nonReportingNext: new Map(Object.entries(file.nonReportingNext).map(([lemma, words]) => [lemma, new Set(words)] as const)),
    speechOnlyVerbs: new Set(file.speechOnlyVerbs),
    partitiveHeads: new Set(file.partitiveHeads),
    circumstantialParticiples: new Set(file.circumstantialParticiples),
    colonNonSpeakers: new Set(file.colonNonSpeakers),
    topicVerbs: new Set(file.topicVerbs),
    topicMarkers: new Set(file.topicMarkers),
    controlWords: new Map(file.controlWords.map((w) => { const [word, particle = ''] = w.split(' '); return [word!, particle] as const; })),
    possessedNouns: new Set(file.nounCues.possessed),
    objectNouns: new Set(file.nounCues.object),
  };
  return compiled;
}
