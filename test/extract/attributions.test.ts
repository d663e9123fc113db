// Sentence-level cases for the attribution extractor (invented sentences): the source's text, offsets
// and kind, the cue, content that covers the reported figure, relays, hedges and resolved pronouns.
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../src/extract/attributions.js';
import type { AttributionMention } from '../../src/types.js';
import { at, docOf } from '../helpers/doc.js';

function attributions(text: string): AttributionMention[] {
  const { doc, ctx } = docOf(text);
  return extractAttributions(doc, ctx);
}

function only(text: string): AttributionMention {
  const found = attributions(text);
  expect(found.map((a) => `${a.source.text}|${a.cue.text}`)).toHaveLength(1);
  return found[0]!;
}

/** Content holds a figure when the figure's characters lie inside it. */
function covers(a: AttributionMention, text: string, figure: string): boolean {
  const f = at(text, figure);
  return a.content.start <= f.start && f.end <= a.content.end;
}

/** [sentence, source, source type, cue, a figure the content must hold, rule] */
type Case = readonly [string, string, string, string, string, string];

const cases: readonly Case[] = [
  ['The regional health ministry said 14 people were killed in the shelling.', 'The regional health ministry', 'ministry', 'said', '14 people', 'attribution/speech-verb'],
  ['Twelve fighters died in the raid, the army said on Sunday.', 'the army', 'military', 'said', 'Twelve fighters', 'attribution/speech-verb'],
  ['"We lost 40 vehicles in two days," said Colonel Ivan Petrenko.', 'Colonel Ivan Petrenko', 'person', 'said', '40 vehicles', 'attribution/speech-verb'],
  ['According to the Norwegian Refugee Council, 3,000 families fled the valley.', 'the Norwegian Refugee Council', 'organisation', 'According to', '3,000 families', 'attribution/according-to'],
  ['About 800 drones were launched in March, according to Reuters.', 'Reuters', 'wire_agency', 'according to', '800 drones', 'attribution/according-to'],
  ['Analysts estimate that the blockade costs the port $2 billion a year.', 'Analysts', 'analysts', 'estimate', '$2 billion', 'attribution/speech-verb'],
  ['Military intelligence suggests 5,000 troops are massing near the border.', 'Military intelligence', 'intelligence', 'suggests', '5,000 troops', 'attribution/speech-verb'],
  ['Sources familiar with the talks told us that 30 prisoners would be freed.', 'Sources familiar with the talks', 'anonymous', 'told', '30 prisoners', 'attribution/speech-verb'],
  ['Mayor Elena Rusu, who visited the site on Tuesday, said 9 houses had burned.', 'Mayor Elena Rusu', 'person', 'said', '9 houses', 'attribution/speech-verb'],
  ['The figure of 60 dead was reported by TASS.', 'TASS', 'state_media', 'reported', '60 dead', 'attribution/passive'],
  ["Moldova's interior ministry reported 7 arrests overnight.", "Moldova's interior ministry", 'ministry', 'reported', '7 arrests', 'attribution/speech-verb'],
  ['The brigade commander, Oleh Marchuk, confirmed that 22 soldiers were missing.', 'Oleh Marchuk', 'person', 'confirmed', '22 soldiers', 'attribution/speech-verb'],
  // A source head that wink tags as an adjective.
  ['The regional attorney general is confirming that 35 charities were closed.', 'The regional attorney general', 'military', 'confirming', '35 charities', 'attribution/speech-verb'],
  // Subjects that reach over prepositions, participles and relative clauses to their head.
  ['A detailed survey of 12 river ports over the last 6 months has concluded that 40 barges sank.', 'A detailed survey of 12 river ports', 'analysts', 'concluded', '40 barges', 'attribution/speech-verb'],
  ['Officials speaking on condition of anonymity said 70 guards had deserted.', 'Officials', 'officials', 'said', '70 guards', 'attribution/speech-verb'],
  ['Dozens of residents in Mariel said 15 boats were missing.', 'Dozens of residents in Mariel', 'other', 'said', '15 boats', 'attribution/speech-verb'],
  ['A 2021 audit that appeared in the Harbour Gazette found that 18 cranes were idle.', 'A 2021 audit', 'other', 'found', '18 cranes', 'attribution/speech-verb'],
  ['A customs report released last year found that 260 trucks were turned back.', 'A customs report', 'analysts', 'found', '260 trucks', 'attribution/speech-verb'],
  // Documents and recordings as sources of evidential verbs; "by" joins a study to its authors.
  ['A new study by the Lund Water Institute found 31 wells were poisoned.', 'A new study by the Lund Water Institute', 'analysts', 'found', '31 wells', 'attribution/speech-verb'],
  ['Drone footage of the crossing shows 14 vehicles burning.', 'Drone footage of the crossing', 'other', 'shows', '14 vehicles', 'attribution/speech-verb'],
  // A cue wink tags as a noun, closing its sentence or after an appositive.
  ['The grain harvest fell by 30,000 tonnes, the ministry notes.', 'the ministry', 'ministry', 'notes', '30,000 tonnes', 'attribution/speech-verb'],
  ['Harbour Bank, a regional lender, forecasts growth of 2% next year.', 'Harbour Bank', 'organisation', 'forecasts', '2%', 'attribution/speech-verb'],
  // Asides set off by mismatched dashes; an inverted source with a closing place.
  ['Meridian Fund – a Riga-based asset manager - has downgraded its growth forecast to 0.6% from 1.1%.', 'Meridian Fund', 'organisation', 'downgraded its growth forecast', '0.6%', 'attribution/noun'],
  ['"We counted 19 craters," said one engineer at the site.', 'one engineer at the site', 'other', 'said', '19 craters', 'attribution/speech-verb'],
  // Nouns that carry a statement.
  ["The audit examined the governor's claim that 4,000 homes were rebuilt.", 'the governor', 'government', 'claim', '4,000 homes', 'attribution/noun'],
  ['The figure contradicts claims by Mayor Ilse Varga to have housed 900 families.', 'Mayor Ilse Varga', 'person', 'claims', '900 families', 'attribution/noun'],
  ['The drought has prompted the central bank to cut its forecast for growth to 1.5% from 2%.', 'the central bank', 'organisation', 'cut its forecast', '1.5%', 'attribution/noun'],
  ['Rescue teams put the death toll at 27 on Sunday.', 'Rescue teams', 'other', 'put the death toll', '27', 'attribution/noun'],
  ['The Southern Front took responsibility for the attack on 3 fuel depots.', 'The Southern Front', 'person', 'took responsibility', '3 fuel depots', 'attribution/noun'],
];

describe('extractAttributions: sources, cues and content', () => {
  for (const [text, source, type, cue, figure, rule] of cases) {
    it(`${source} / ${cue}: ${text}`, () => {
      const a = only(text);
      expect(a.source.text).toBe(source);
      expect({ start: a.source.start, end: a.source.end }).toEqual(at(text, source));
      expect(a.source.type).toBe(type);
      expect(a.cue.text).toBe(cue);
      expect({ start: a.cue.start, end: a.cue.end }).toEqual(at(text, cue));
      expect(covers(a, text, figure)).toBe(true);
      expect(a.content.text).toBe(text.slice(a.content.start, a.content.end));
      expect(a.rules).toEqual([rule]);
    });
  }
});

describe('extractAttributions: relays, hedges, pronouns, quotes', () => {
  it('takes "according to" state media as the relay of the speaker in the same sentence', () => {
    const text = 'Marshal Pak Chol revealed that 31 engineers had died, according to KCNA.';
    const found = attributions(text);
    const pak = found.find((a) => a.source.text === 'Marshal Pak Chol')!;
    expect(pak.cue.text).toBe('revealed');
    expect(pak.via).toEqual([{ name: 'KCNA', type: 'state_media' }]);
    expect(covers(pak, text, '31 engineers')).toBe(true);
    expect(found.some((a) => a.source.text === 'KCNA' && a.cue.text === 'according to')).toBe(true);
  });

  it('takes the outlet told as a relay', () => {
    const a = attributions('A senior diplomat told Reuters that 150 observers would be sent.')[0]!;
    expect(a.source.text).toBe('A senior diplomat');
    expect(a.source.type).toBe('officials');
    expect(a.via).toEqual([{ name: 'Reuters', type: 'wire_agency' }]);
  });

  it('marks hedging cues', () => {
    expect(only('Western officials believe 2,000 mercenaries are fighting there.').hedged).toBe(true);
    expect(only('The governor announced that 2,000 homes had been reconnected.').hedged).toBe(false);
  });

  it('resolves "he" to the last person named as a source', () => {
    const text = 'Defence Minister Tomas Varga said the drills involved 4,000 troops. He added that 12 ships took part.';
    const he = attributions(text).find((a) => a.source.text === 'He')!;
    expect(he.cue.text).toBe('added');
    expect(he.source.resolved).toBe('Defence Minister Tomas Varga');
    expect(he.source.type).toBe('person');
    expect(covers(he, text, '12 ships')).toBe(true);
  });

  it('resolves "the ministry" to the ministry named before', () => {
    const text = "Serbia's energy ministry said 70,000 homes lost power. The ministry also said repairs would take 3 days.";
    const again = attributions(text)[1]!;
    expect(again.source.text).toBe('The ministry');
    expect(again.source.resolved).toBe("Serbia's energy ministry");
  });

  it('carries a continuing quote into the next sentence', () => {
    const text = '"Our unit lost 6 men," Sergeant Ana Lupu said. "Another 11 were wounded by mortar fire."';
    const a = only(text);
    expect(a.source.text).toBe('Sergeant Ana Lupu');
    expect(covers(a, text, '6 men')).toBe(true);
    expect(covers(a, text, '11 were')).toBe(true);
    expect(a.carried).toBe(true);
  });

  it('finds the speaker of a quote that opens after the cue', () => {
    const text = 'The spokesman added: "At least 25 missiles were shot down."';
    const a = only(text);
    expect(a.source.text).toBe('The spokesman');
    expect(covers(a, text, '25 missiles')).toBe(true);
  });

  it('reads a list of sources after "according to"', () => {
    const text = 'According to sources from Poland, Lithuania, and Latvia, 300 soldiers crossed the border.';
    const a = only(text);
    expect(a.source.text).toBe('sources from Poland, Lithuania, and Latvia');
    expect(a.source.type).toBe('anonymous');
  });

  it('takes the subject of the main clause for a trailing participle', () => {
    const found = attributions('The agency said 40 people were hurt, adding that 5 remain in hospital.');
    expect(found.map((a) => `${a.source.text}|${a.cue.text}`)).toEqual(['The agency|said', 'The agency|adding']);
  });

  it('resolves a pronoun that closes its sentence to the sentence subject', () => {
    const text = 'The survey covered 40 firms. Harbour Steel lost around 12% of its output in May, it said.';
    const it_ = attributions(text).find((a) => a.source.text === 'it')!;
    expect(it_.source.resolved).toBe('Harbour Steel');
    expect(covers(it_, text, '12%')).toBe(true);
  });

  it('prefers the subject of the sentence before over an older source', () => {
    const text = 'Envoy Lars Berg said talks would resume. Kim Jong-un visited the unit on Friday. He said 9 soldiers had died.';
    const he = attributions(text).find((a) => a.source.text === 'He')!;
    expect(he.source.resolved).toBe('Kim Jong-un');
    expect(he.source.type).toBe('person');
  });

  it('does not resolve a capitalised name as a definite description', () => {
    const text = 'Finance Minister Ana Dutu said 3 banks failed. Later, the Romanian Defence Ministry said 12 drones fell.';
    const ministry = attributions(text).find((a) => a.source.text === 'the Romanian Defence Ministry')!;
    expect(ministry.source.resolved).toBeUndefined();
  });

  it('keeps offsets in UTF-16 code units after non-ASCII text', () => {
    const text = 'Über 50 Häuser: the Red Cross said 50 homes were destroyed.';
    const a = only(text);
    expect(a.source.text).toBe('the Red Cross');
    expect(text.slice(a.source.start, a.source.end)).toBe('the Red Cross');
  });
});
