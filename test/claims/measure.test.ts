// The measure of a count: from its counted noun, the cue words around it, or its unit.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { PUBLISHED } from '../helpers/doc.js';

const measures = (text: string) =>
  analyse({ id: 't', text, published: PUBLISHED, outlet: null, url: null, title: null })
    .claims.map((c) => [text.slice(c.valueSpan.start, c.valueSpan.end), c.measure, c.counted]);

describe('measures', () => {
  it.each([
    ['The shelling killed 14 civilians.', 'killed'],
    ['Eight people were killed in the blast.', 'killed'],
    ['The raid left seven people dead.', 'killed'],
    ['Four fighters were wounded.', 'wounded'],
    ['The army reported 300 casualties.', 'casualties'],
    ['Twenty crew members remain missing.', 'missing'],
    ['The group holds 40 hostages.', 'captured'],
    ['Police detained 65 protesters.', 'arrested'],
    ['Moscow deployed about 9,000 troops to the border.', 'deployed'],
    ['More than 20,000 residents fled the city.', 'displaced'],
    ['About 300 workers attended the rally.', 'affected'],
    ['Crews repaired 44 substations.', 'quantity'],
    ['The aid package is worth $2 billion.', 'money'],
    ['The truce lasted 30 days.', 'duration'],
    ['Turnout fell to 41%.', 'percentage'],
  ])('%s → %s', (text, measure) => {
    expect(measures(text)[0]?.[1]).toBe(measure);
  });
  it('takes the nearest cue when two compete', () => {
    expect(measures('The strike killed nine people and injured 20 others.').map((m) => m[1])).toEqual(['killed', 'wounded']);
  });
  it('records what is counted', () => {
    expect(measures('Kyiv returned 157 prisoners of war.')[0]).toEqual(['157', 'captured', 'prisoners of war']);
  });
});

describe('coordinated counts', () => {
  it('lets a count without a cue share the cue of the count it is joined to', () => {
    expect(measures('In all, 310 men and about 95 women had been killed by March.').map((m) => m[1])).toEqual(['killed', 'killed']);
    expect(measures('Among the dead were four guards and two drivers.').map((m) => m[1])).toEqual(['killed', 'killed']);
  });
  it('reads a bare number under a toll subject', () => {
    expect(measures('The death toll from the flood has climbed to 61.')[0]?.[1]).toBe('killed');
  });
  it('reads a bare number after a count word from the cue earlier in its sentence', () => {
    expect(measures('Nobody knows how many miners were killed in 2023, but the number is well over 400.')[0]?.[1]).toBe('killed');
    expect(measures('More villagers were wounded this spring than in the two previous years, a recorded total of 312.')[0]?.[1]).toBe('wounded');
    // Another count between the cue and the count word keeps its own measure; a bare number stays a quantity.
    expect(measures('The blast killed 9 people, and the number of trucks reached 40.').map((m) => m[1])).toEqual(['killed', 'quantity']);
    expect(measures('The number is 40.')[0]?.[1]).toBe('quantity');
  });
});
