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

  it('keeps offsets in UTF-16 code units after non-ASCII text', () => {
    const text = 'Über 50 Häuser: the Red Cross said 50 homes were destroyed.';
    const a = only(text);
    expect(a.source.text).toBe('the Red Cross');
    expect(text.slice(a.source.start, a.source.end)).toBe('the Red Cross');
  });
});
