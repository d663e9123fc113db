import { describe, expect, it } from 'vitest';
import { holdsEveryTerm, indexForm, matchSentence } from '../../src/store/sentence-match.js';

describe('claim sentence matching (the rules of the SQLite article index)', () => {
  it('stems, folds case and strips diacritics as FTS5 porter unicode61 does', () => {
    expect(indexForm('Casualties')).toBe(indexForm('casualty'));
    expect(indexForm('Kyïv')).toBe('kyiv');
    expect(indexForm('killed')).toBe(indexForm('killing'));
    expect(indexForm('wounded')).not.toBe(indexForm('killed'));
  });

  it('holds every term only when each is in the sentence', () => {
    const s = 'Officials in Kyïv said 40 soldiers were wounded near the depot.';
    expect(holdsEveryTerm(s, ['wounded', 'soldier'])).toBe(true);
    expect(holdsEveryTerm(s, ['kyiv', 'depots'])).toBe(true);
    expect(holdsEveryTerm(s, ['wounded', 'civilians'])).toBe(false);
    // Words are whole runs of letters and digits: "40" is not found inside "400".
    expect(holdsEveryTerm('About 400 people fled.', ['40'])).toBe(false);
  });

  it('ranks more distinct terms above repeats of one, and marks every match', () => {
    const both = matchSentence('The casualties included 12 civilians.', ['casualty', 'civilian']);
    const repeated = matchSentence('Casualties upon casualties upon casualties.', ['casualty', 'civilian']);
    expect(both?.snippet).toBe('The «casualties» included 12 «civilians».');
    expect(repeated?.snippet).toBe('«Casualties» upon «casualties» upon «casualties».');
    expect(both!.score).toBeGreaterThan(repeated!.score);
    expect(matchSentence('Nothing to see here.', ['casualty'])).toBeNull();
  });

  it('cuts a long sentence to the words around the first match', () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${i}`);
    words[60] = 'shelling';
    const hit = matchSentence(`${words.join(' ')}.`, ['shelling']);
    expect(hit?.snippet.startsWith('…w52 ')).toBe(true);
    expect(hit?.snippet).toContain('«shelling»');
    expect(hit?.snippet.endsWith('…')).toBe(true);
    expect(hit!.snippet.split(' ').length).toBeLessThanOrEqual(33);
  });
});
