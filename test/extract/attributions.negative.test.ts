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
];

describe('extractAttributions: no attribution', () => {
  for (const text of none) {
    it(text, () => {
      const { doc, ctx } = docOf(text);
      expect(extractAttributions(doc, ctx).map((a) => `${a.source.text}|${a.cue.text}`)).toEqual([]);
    });
  }
});
