// The page's hash router: each view's address, and the links the page builds parse back.
import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../web/src/router/parse-route.js';

describe('parseRoute', () => {
  it('reads each view', () => {
    expect(parseRoute('')).toEqual({ view: 'paste' });
    expect(parseRoute('#/paste')).toEqual({ view: 'paste' });
    expect(parseRoute('#/articles/abc?figure=12')).toEqual({ view: 'article', id: 'abc', figure: 12 });
    expect(parseRoute('#/articles/abc')).toEqual({ view: 'article', id: 'abc', figure: null });
    expect(parseRoute('#/groups/g1')).toEqual({ view: 'group', id: 'g1' });
    expect(parseRoute('#/conflicts')).toEqual({ view: 'conflicts' });
    expect(parseRoute('#/map')).toEqual({ view: 'map' });
    const figures = parseRoute('#/figures?measure=killed&place=RU');
    expect(figures.view === 'figures' && figures.params.get('place')).toBe('RU');
  });

  it('names unknown and malformed addresses instead of guessing', () => {
    expect(parseRoute('#/nope')).toEqual({ view: 'not-found', path: '/nope' });
    expect(parseRoute('#/articles/a/b')).toMatchObject({ view: 'not-found' });
    expect(parseRoute('#/articles/%E0%A4%A')).toEqual({ view: 'article', id: '%E0%A4%A', figure: null });
  });

  it('parses the links it builds, whatever the id holds', () => {
    const id = 'a/b?c#d é';
    expect(parseRoute(hrefFor.article(id, 3))).toEqual({ view: 'article', id, figure: 3 });
    expect(parseRoute(hrefFor.group(id))).toEqual({ view: 'group', id });
  });
});
