// Which source a claim takes: the innermost asserting attribution whose content holds the number, with
// pronouns and trailing "it said" resolved to the name the text gives (invented sentences).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { PUBLISHED } from '../helpers/doc.js';

/** The source names of the claim whose number is `figure`. */
function sourcesOf(text: string, figure: string): string[] {
  const doc = analyse({ id: 't', text, published: PUBLISHED, outlet: null, url: null, title: null });
  const at = text.indexOf(figure);
  const claim = doc.claims.find((c) => c.valueSpan.start >= at && c.valueSpan.end <= at + figure.length);
  if (!claim) throw new Error(`no claim at "${figure}"`);
  return claim.sources.map((s) => s.name);
}

describe('attachSource', () => {
  it('names the person a pronoun stands for', () => {
    const text = 'Kim Jong-un visited the engineers on Friday. He said 9 soldiers had died during the mission.';
    expect(sourcesOf(text, '9 soldiers')).toEqual(['Kim Jong-un']);
  });

  it('names the subject a trailing "it said" speaks for', () => {
    const text = 'A recent survey by the Chamber of Trade covered 60 firms. Harbour Steel lost around 12% of its output in May, it said.';
    expect(sourcesOf(text, '12%')).toEqual(['Harbour Steel']);
  });

  it('ends the content at a last dash with no partner: what follows is the writer\'s', () => {
    const text = 'The central bank cut its forecast for growth to 1.5% from 2% – in line with the 1.7% growth expected for last year.';
    expect(sourcesOf(text, '1.5%')).toEqual(['The central bank']);
    expect(sourcesOf(text, '1.7%')).toEqual([]);
    // Paired dashes enclose an aside inside the content.
    const aside = 'The minister said the port – the largest on the coast – had lost 40% of its trade.';
    expect(sourcesOf(aside, '40%')).toEqual(['The minister']);
  });

  it('reads "assumes office" as no statement', () => {
    const text = 'Washington is working to deliver $7 billion in aid before the new president assumes office in January.';
    expect(sourcesOf(text, '$7 billion')).toEqual([]);
  });

  it('credits a forecast to the body that cut it', () => {
    const text = 'The drought has prompted the central bank to cut its forecast for growth to 1.5% from 2%.';
    expect(sourcesOf(text, '1.5%')).toEqual(['the central bank']);
  });

  it('credits a figure to a study named with its authors', () => {
    const text = 'A new study by the Lund Water Institute found 31 wells were poisoned.';
    expect(sourcesOf(text, '31 wells')).toEqual(['A new study by the Lund Water Institute']);
  });

  it('passes over a proposal to the speaker who reports it', () => {
    const text = 'Minister Olena Rusu said her aides told her that envoy Pavel Dorn proposed a deal worth $40 billion.';
    expect(sourcesOf(text, '$40 billion')).toEqual(['her aides']);
  });

  it('leaves a figure in a "with" clause to the body that claims it', () => {
    const text = 'The strike was part of a wider wave, with the coastal command claiming to have downed 48 drones overnight.';
    expect(sourcesOf(text, '48 drones')).toEqual(['the coastal command']);
  });

  it('keeps the outlet as the source of a figure a modal cue only imagines', () => {
    const text = 'The new line would add 5 trains a day.';
    expect(sourcesOf(text, '5 trains')).toEqual([]);
  });
});
