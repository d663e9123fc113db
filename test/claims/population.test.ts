// Whose figure a claim is: nationality of the counted, the country where it happened, and scope.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { PUBLISHED } from '../helpers/doc.js';

const populations = (text: string) =>
  analyse({ id: 't', text, published: PUBLISHED, outlet: null, url: null, title: null })
    .claims.map((c) => [text.slice(c.valueSpan.start, c.valueSpan.end), c.population]);

describe('population', () => {
  it('takes the nationality from the counted phrase', () => {
    const [[, p]] = populations('About 400 Syrian fighters were killed in Idlib, Syria.') as [[string, Record<string, unknown>]];
    expect(p).toMatchObject({ nationality: 'SY', nationalityImplied: false, theatre: 'SY', theatreImplied: false });
  });
  it('falls back to the article\'s most named nationality and country, marked implied', () => {
    const text = 'Georgian officials met in Tbilisi. Georgian media said 12 soldiers had died.';
    const last = populations(text).at(-1) as [string, Record<string, unknown>];
    expect(last[1]).toMatchObject({ nationality: 'GE', nationalityImplied: true, theatre: 'GE', theatreImplied: true });
  });
  it('notes a figure narrowed to one unit or mission', () => {
    const [[, p]] = populations('Nine soldiers died during this mission.') as [[string, Record<string, unknown>]];
    expect(p).toMatchObject({ scope: 'this mission' });
    const [[, q]] = populations('The army lost 300 soldiers in the war.') as [[string, Record<string, unknown>]];
    expect(q).toMatchObject({ scope: null });
  });
});
