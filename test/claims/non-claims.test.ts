// Numbers the pipeline reads but must not report as claims: dates, years, times of day,
// identifiers, ages, idioms.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { PUBLISHED } from '../helpers/doc.js';

const claimed = (text: string) =>
  analyse({ id: 't', text, published: PUBLISHED, outlet: null, url: null, title: null })
    .claims.map((c) => text.slice(c.valueSpan.start, c.valueSpan.end));

describe('non-claims', () => {
  it.each([
    ['The strike happened on 7 October 2023.'],
    ['Talks resumed on Jan. 19 in Doha.'],
    ['The sirens sounded at 9:00 am.'],
    ['Since 2022 the front has barely moved.'],
    ['A Tu-95 bomber and two MiG-29 jets were seen.'.replace('two ', '')],
    ['Under Resolution 2231 the embargo lapsed.'],
    ['Articles 12 and 118 of the convention apply.'],
    ['The deal enters Phase Two next month.'],
    ['Pilot Ivan Petrov, 41, was decorated.'],
    ['One of the largest attacks came at night.'],
    ['The two sides met in Istanbul.'],
    ['an attack by S-400 batteries'],
    ['Hotline callers dialled 0445551234 all night.'],
    ['<post author="mayor" timestamp="1449075600" id="67216">Thoughts with the town.</post>'],
    ['Questions for the talks.\n\n4) Who pays for the rebuilding?'],
    ['What to watch.\n\n8. WHERE THE FRONT MIGHT MOVE.'],
    ['If he wants to lead the army, he should act like one.'],
    ['The general turns 70 on Tuesday.'],
    ['The embassy moved to 900 Grand Concourse last spring.'],
    ['The villages fell one by one.'],
    ['The governor speaks in the 9 a.m. briefing.'],
  ])('%s', (text) => {
    expect(claimed(text)).toEqual([]);
  });

  it('keeps "one" where it counts something or a cue measures it', () => {
    expect(claimed('The strike killed one civilian.')).toEqual(['one']);
    expect(claimed('One person died in the blast.')).toEqual(['One']);
  });

  it('keeps a large count that opens a line, and the counts inside a list item', () => {
    expect(claimed('Figures of the week.\n\n30,000. The number of homes without power.')).toEqual(['30,000']);
    expect(claimed('What to watch.\n\n2) Kyiv says 40 drones were shot down.')).toEqual(['40']);
  });
});
