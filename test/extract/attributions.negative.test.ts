// Sentences that must yield no attribution: "said" as an adjective, "according to plan", reported
// speech with no named source, cue words inside a direct quote, and plain verbs with no source.
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../src/extract/attributions.js';
import { docOf } from '../helpers/doc.js';

const none: readonly string[] = [
  'The said agreement was signed in 2019 and covers 12 border crossings.',
  'The operation went according to plan and 40 hostages were freed.',
  'It was reported that 20 people had been detained.',
  'Some 300 civilians are believed to have fled the town.',
  'The convoy was told to turn back at the checkpoint.',
  'Three tanks were seen near the bridge on Monday.',
  'The war continued for a fourth year.',
  '"I think we lost 5 tanks there," one post read.',
  // A modal makes the cue a possibility, not a report.
  'The new line would add 5 trains a day.',
  'Under the deal the state could pressure 3 lenders to pay.',
  // A document shows and finds; it does not release or send.
  'The audit report released 12 names last week.',
  // An absolute phrase with a participle.
  'Only one inspection took place, with no follow-up visits announced for 2 months.',
  // A statement noun that is only mentioned, with no content after it.
  "The governor's comments came 2 days after the flood.",
  // An infinitive after an object states nothing.
  'The law requires 3 candidates to disclose their assets.',
];

describe('extractAttributions: no attribution', () => {
  for (const text of none) {
    it(text, () => {
      const { doc, ctx } = docOf(text);
      expect(extractAttributions(doc, ctx).map((a) => `${a.source.text}|${a.cue.text}`)).toEqual([]);
    });
  }
});
