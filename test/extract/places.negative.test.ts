// Text that looks like a place and is not one: people, dishes, ordinals, lower-case words,
// continents, and bare region names with nothing to anchor them.
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../src/extract/places.js';
import { docOf } from '../helpers/doc.js';

const texts = (text: string) => {
  const { doc, ctx } = docOf(text);
  return extractPlaces(doc, ctx).map((p) => p.text);
};

describe('not places', () => {
  it.each([
    // Decided: a country name right before or after a capitalised name is a person's name.
    // Costs "Jordan Valley"; titles ("Jordan King Abdullah") are let through.
    ['Jordan Peterson said the talks failed.'],
    ['Michael Jordan retired.'],
    ['Israel Katz, the defence minister, spoke.'],
    ['A Turkey dinner was served.'],
    ['Soldiers of the 528th regiment arrived.'],
    ['They sold china plates and a turkey.'],
    ['the russian roulette of it'],
    ['Man arrested after the march.'],
    ['Tell us what happened.'],
    ['TELL US WHAT HAPPENED IN THE WAR'],
    ['Us and them, she said.'],
    ['Migrants crossed from Latin America and South America.'],
    ['The North Governorate and the Central Region.'],
    ['Columnist David French wrote about it.'],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('drops a bare package region whose country the text never names', () => {
    // Batman and Van are Turkish provinces; Idlib needs Syria somewhere in the text.
    expect(texts('Batman fought in Van and Idlib.')).toEqual([]);
  });
  it('keeps a generic region name only with its country', () => {
    expect(texts('Lebanon said strikes hit the North Governorate.')).toEqual(['Lebanon', 'North Governorate']);
  });
  it('drops a bare region name inside a longer proper name', () => {
    expect(texts('In Syria, the Aleppo Citadel Foundation said.')).toEqual(['Syria']);
  });
  it('does not join names across a line break', () => {
    expect(texts('South\nKorea')).toEqual([]);
  });
  it('keeps the place when the neighbour is a title, not a name', () => {
    expect(texts('Jordan Foreign Minister Ayman Safadi and French President Emmanuel Macron met.')).toEqual(['Jordan', 'French']);
  });
});
