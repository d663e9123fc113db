// Sentence-level cases (invented sentences) for the attribution mechanisms that read stance and speech
// the way PolNeAR annotates it: quantifier subjects, infinitives under a raising or control word,
// coordinated and participial cues, opening participles, passive agents after a complement, relative
// clauses, contact clauses, names that look like months and verbs wink tags as nouns. Each mechanism
// has its negative cases beside it.
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../src/extract/attributions.js';
import type { AttributionMention } from '../../src/types.js';
import { at, docOf } from '../helpers/doc.js';

function attributions(text: string): AttributionMention[] {
  const { doc, ctx } = docOf(text);
  return extractAttributions(doc, ctx);
}

const pairs = (text: string): string[] => attributions(text).map((a) => `${a.source.text}|${a.cue.text}`);

/** [sentence, source, cue, rule]: the sentence yields this attribution, with exact offsets. */
type Case = readonly [string, string, string, string];

const found: ReadonlyArray<readonly [string, readonly Case[]]> = [
  ['quantifiers and indefinite pronouns stand as subjects', [
    ['Some believe the blockade has cost the port 2 billion dollars.', 'Some', 'believe', 'attribution/speech-verb'],
    ['The mayors met in Lviv, and all agreed that 40 shelters were needed.', 'all', 'agreed', 'attribution/speech-verb'],
    ['Then someone asked how 30 buses could be found by Monday.', 'someone', 'asked', 'attribution/speech-verb'],
    ['The evacuation angered families in the valley, many of whom say 300 homes were lost.', 'many of whom', 'say', 'attribution/speech-verb'],
  ]],
  ['an infinitive under a raising or control word takes that word\'s subject', [
    ['Colonel Ana Petrescu went on to discuss the 12 drones shot down overnight.', 'Colonel Ana Petrescu', 'discuss', 'attribution/control'],
    ['The governor appeared to suggest that 50 families would be moved.', 'The governor', 'suggest', 'attribution/control'],
    ['Commander Ivo Radic was able to tout the capture of 3 villages.', 'Commander Ivo Radic', 'tout', 'attribution/control'],
    ['At the very least, the minister has yet to explain why 7 contracts were signed.', 'the minister', 'explain', 'attribution/control'],
  ]],
  ['coordinated cues take the subject of their conjunct', [
    ['Mayor Ilse Varga toured the site and called for 200 more firefighters.', 'Mayor Ilse Varga', 'called', 'attribution/coordinated'],
    ['When the minister arrived, I laughed and said that 5 buses had already left.', 'I', 'said', 'attribution/coordinated'],
    ['The council issued a paper welcoming the 2 new brigades and calling for more drills.', 'The council', 'calling', 'attribution/coordinated'],
    ['The families toured the 3 camps, according to their lawyers, and said conditions were poor.', 'The families', 'said', 'attribution/coordinated'],
  ]],
  ['participles take the speaker of the sentence', [
    ['The agency said 40 people were hurt, reaffirming that 2 strikes hit the port.', 'The agency', 'reaffirming', 'attribution/participle'],
    ['Insisting the vote was fair, Senator Dana Holt told reporters that 900 ballots arrived.', 'Senator Dana Holt', 'Insisting', 'attribution/participle'],
    ['Bemoaning the "rigged count," Senator Ana Holt accused the board of hiding 300 ballots.', 'Senator Ana Holt', 'Bemoaning', 'attribution/participle'],
    ['The crowd marched past the 3 checkpoints, chanting that the mayor had lied.', 'The crowd', 'chanting', 'attribution/participle'],
    ['Mr. Dean, a former party chairman, poked at the minister over 3 contracts, tweeting that he was lying.', 'Mr. Dean', 'tweeting', 'attribution/participle'],
  ]],
  ['a passive cue finds its agent past a complement', [
    ['The plan has been called a failure by local engineers for leaving 8 bridges unrepaired.', 'local engineers', 'called', 'attribution/passive'],
  ]],
  ['subjects with a clause inside or a month for a name', [
    ['All the engineers I interviewed said 6 pumps had failed.', 'All the engineers I interviewed', 'said', 'attribution/speech-verb'],
    ['Prime Minister Theresa May said 14 ships were inspected.', 'Prime Minister Theresa May', 'said', 'attribution/speech-verb'],
    ['Harbour Bank just this month announced it would cut 5,000 jobs.', 'Harbour Bank', 'announced', 'attribution/speech-verb'],
    ['The top 1 percent would gain 19 percent, according to the conservative-leaning Tax Foundation.', 'the conservative-leaning Tax Foundation', 'according to', 'attribution/according-to'],
    ['The flood hit the town after she attacked the 3 officials in a speech.', 'she', 'attacked', 'attribution/speech-verb'],
  ]],
  ['stance verbs of the lexicon', [
    ['Senator Ruth Kale exhorted voters to reject the 2 amendments.', 'Senator Ruth Kale', 'exhorted', 'attribution/speech-verb'],
    ['The newspaper has also detailed 15 payments to the fund.', 'The newspaper', 'detailed', 'attribution/speech-verb'],
    ['In her speech, Judge Ana Lynch spoke of the 3 cases that shaped her.', 'Judge Ana Lynch', 'spoke', 'attribution/speech-verb'],
    ['Opposition leaders faulted the ministry for the 6 delays.', 'Opposition leaders', 'faulted', 'attribution/speech-verb'],
  ]],
  ['a participle on the document a cue produced grows that cue', [
    ['The union released a report on Monday showing 40 mines had closed.', 'The union', 'released a report on Monday showing', 'attribution/speech-verb'],
    ['The council issued a policy paper welcoming the 3 new brigades.', 'The council', 'issued a policy paper welcoming', 'attribution/speech-verb'],
  ]],
  ['a subject whose last word wink tags as an adjective or a number', [
    ["However, Ivana Petrova's brief said that 3 of the claims were false.", "Ivana Petrova's brief", 'said', 'attribution/speech-verb'],
    ['The two said 5 soldiers died in the raid.', 'The two', 'said', 'attribution/speech-verb'],
  ]],
  ['a cue wink tags as a noun after a possessed noun, before "that"', [
    ["A notice on the ministry's website states that 14 crossings are closed.", "A notice on the ministry's website", 'states', 'attribution/speech-verb'],
  ]],
  ['a relative word wink tags as a determiner, before a cue it tags as a noun', [
    ['Instead, the audit -- which notes that 58 depots were looted -- was shelved.', 'which', 'notes', 'attribution/speech-verb'],
  ]],
  ['a past tense after a name that wink tags as an adjective', [
    ['Senator Ana Warren grilled the chief executive over 2 million fake accounts.', 'Senator Ana Warren', 'grilled', 'attribution/speech-verb'],
    ['Japan branded North Korea an outlaw state after 5 launches.', 'Japan', 'branded', 'attribution/speech-verb'],
  ]],
  ['documents that speak: a report or an ad as the subject of a stance verb', [
    ['A new report by the monitors criticized the 3 raids.', 'A new report by the monitors', 'criticized', 'attribution/speech-verb'],
  ]],
  ['a weak cue after a cue that governs only an opening clause or an earlier main clause', [
    ['When the ministry said 3 depots burned, local officials feared 40 more would.', 'local officials', 'feared', 'attribution/speech-verb'],
    ['Residents said the water was clean, but the engineers feared 2 of the tests were faked.', 'the engineers', 'feared', 'attribution/speech-verb'],
  ]],
  ['multi-word cues whose verb alone is no cue', [
    ['The governor made the case that 40 shelters were needed.', 'The governor', 'made the case', 'attribution/speech-verb'],
    ['Regional officials weighed in on the 3 disputed permits.', 'Regional officials', 'weighed in', 'attribution/speech-verb'],
    ['Ms. Kovac went after the ministry over 12 missing trucks.', 'Ms. Kovac', 'went after', 'attribution/speech-verb'],
    ["The port, as the mayor's advisers pointed out, rarely sees 2 storms a year.", "the mayor's advisers", 'pointed out', 'attribution/speech-verb'],
  ]],
  ['a survey after "in" states what its sentence reports', [
    ['In the latest Kyiv International Institute poll, 62 percent backed the plan.', 'the latest Kyiv International Institute poll', 'In', 'attribution/in-survey'],
    ['The mayor led by 4 seats in some polls.', 'some polls', 'in', 'attribution/in-survey'],
  ]],
  ['contracted auxiliaries: "n’t", and "’s" as "has" before a participle', [
    ['The mayor isn’t saying whether 3 shelters closed.', 'The mayor', 'saying', 'attribution/speech-verb'],
    ['She’s promised 12 new clinics by March.', 'She', 'promised', 'attribution/speech-verb'],
  ]],
  ['weak verbs after a subject whose head names people: before a link, a word for people, a share', [
    ['Others in the fishing community have opposed the 2 new quotas.', 'Others in the fishing community', 'opposed', 'attribution/speech-verb'],
    ['But police also fear that 30 more protesters will come.', 'police', 'fear', 'attribution/speech-verb'],
    ['A majority of residents expect 5 more shelters to open.', 'A majority of residents', 'expect', 'attribution/speech-verb'],
  ]],
  ['an aspect verb before an infinitive that reports', [
    ['The minister continued to insist that 9 bridges were safe.', 'The minister', 'continued', 'attribution/speech-verb'],
    ['"We will rebuild all 9 bridges," she continued.', 'she', 'continued', 'attribution/speech-verb'],
  ]],
  ['an -ing form after an auxiliary is the finite verb, also after an aside', [
    ['Mayor Dana Kessler, speaking at a rally in Odesa, is criticizing the 3 new tariffs.', 'Mayor Dana Kessler', 'criticizing', 'attribution/speech-verb'],
  ]],
  ['a time phrase between the subject and its verb', [
    ['A Kyiv Institute poll last month showed 62 percent backing the truce.', 'A Kyiv Institute poll', 'showed', 'attribution/speech-verb'],
  ]],
  ['a weak cue in an adverbial clause is no part of what an earlier cue reports', [
    ['Police charged the driver after prosecutors determined that 2 witnesses had lied.', 'prosecutors', 'determined', 'attribution/speech-verb'],
  ]],
  ['a slash joins the parts of a name, and a survey inside a subject does not cut it', [
    ['Some 20 percent of people in a recent KIIS/Razumkov poll said they expect 2 more years of war.', 'Some 20 percent of people in a recent KIIS/Razumkov poll', 'said', 'attribution/speech-verb'],
  ]],
  ['a quantifier floating after its subject ("both", "all", "each") stands for it', [
    ['General Anna Vos and Colonel Piet Lenz both denounced the 3 new checkpoints.', 'General Anna Vos and Colonel Piet Lenz', 'denounced', 'attribution/speech-verb'],
    ['There is no sign that the regional governors will all support the 12 plans.', 'the regional governors', 'support', 'attribution/speech-verb'],
  ]],
  ['a perfect participle opening the sentence speaks for the subject after it', [
    ['Having announced that 40 convoys would leave, Governor Ilse Marek flew to Lviv.', 'Governor Ilse Marek', 'announced', 'attribution/participle'],
  ]],
  ['a cue wink tags as a noun after a relative word and a name, before the verb it reports', [
    ['Strikes rose to 2,514, which War Watch notes was a 70% increase.', 'War Watch', 'notes', 'attribution/speech-verb'],
  ]],
  ['"those" stands as the antecedent of a relative subject', [
    ['The town is split between those who fear 2 more floods and those who do not.', 'those who', 'fear', 'attribution/speech-verb'],
  ]],
];

describe('extractAttributions: mechanisms', () => {
  for (const [mechanism, cases] of found) {
    describe(mechanism, () => {
      for (const [text, source, cue, rule] of cases) {
        it(`${source} / ${cue}: ${text}`, () => {
          const a = attributions(text).find((x) => x.cue.text === cue);
          expect(a, pairs(text).join('; ')).toBeDefined();
          expect(a!.source.text).toBe(source);
          expect({ start: a!.source.start, end: a!.source.end }).toEqual(at(text, source));
          expect({ start: a!.cue.start, end: a!.cue.end }).toEqual(at(text, cue));
          expect(a!.rules).toEqual([rule]);
        });
      }
    });
  }

  it('reaches a relative pronoun back over its antecedent and resolves it', () => {
    const text = 'The council hired an architect who said 9 towers were unsafe.';
    const a = attributions(text).find((x) => x.cue.text === 'said')!;
    expect(a.source.text).toBe('an architect who');
    expect({ start: a.source.start, end: a.source.end }).toEqual(at(text, 'an architect who'));
    expect(a.source.resolved).toBe('an architect');
  });

  it('keeps the speaker, not the relay, for a participle after "according to"', () => {
    const text = 'According to state media, General Ri Chol praised the 528th unit, describing 9 deaths as heroic.';
    expect(pairs(text)).toContain('General Ri Chol|describing');
    expect(pairs(text)).not.toContain('state media|describing');
  });
});

/** Sentences and the cue each must not yield (other cues in them may still be found). */
const notFound: ReadonlyArray<readonly [string, string]> = [
  // Attempts, impersonal phrases and "to" before an -ing form are not raising or control.
  ['The ministry tried to push a plan for 30 new shelters.', 'push'],
  ['It is easy to see why 20 villages emptied.', 'see'],
  ['Both sides were sticking to opposing demands over the 5 crossings.', 'opposing'],
  // A modal still makes the cue a possibility.
  ['The regional council could deny 4 permits next year.', 'deny'],
  // A quantifier before a plural noun is a determiner.
  ['Most states have passed the deadline for the 3 ballot changes.', 'states'],
  ['Too many calls went to voicemail during the 2 outages.', 'calls'],
  // A gerund after "and" is no coordinated verb, unless it joins a participle cue.
  ['The two sides ended the war, with both conducting a swap of 300 prisoners and agreeing to meet.', 'agreeing'],
  ['He hopes that by weaponizing winter and putting 2 million lives at risk, he can win.', 'putting'],
  // A scene-setting participle before the speaker.
  ['Speaking in Kyiv, President Olena Marchuk said 12 drones were downed.', 'Speaking'],
  // A pronoun after a noun or "what" opens an object relative clause.
  ['The agency criticized the 4 loopholes he cited in his report.', 'cited'],
  ['The plan falls short of what they call 3 safe corridors.', 'call'],
  // A weak verb after a relative word whose antecedent names no source.
  ['Crutcher, a student who sang in the choir, counted 3 buses.', 'sang'],
  ['The 1994 crime bill, which put 100,000 officers on the streets, expired.', 'put'],
  // A label before a colon is no speaker; "spoke" needs what it was about; "to" before a noun is an
  // addressee, not content; the bare word "state" is a noun.
  ['Correction: An earlier version misstated 3 figures.', ':'],
  ['The president spoke in a cottage near the 2 bases.', 'spoke'],
  ['Their statements to the FBI covered 4 meetings.', 'statements'],
  ['Some state officials praised the 2 plans.', 'state'],
  // An aspect verb before an infinitive that reports nothing.
  ['Rescue teams continue to clear 8 roads.', 'continue'],
  // "in" before a place that only names a survey is no cue.
  ['Officials met in the survey office on 3 May.', 'in'],
  // A word after the verb that makes it no report.
  ['The port operator filed for bankruptcy after losing 4 ships.', 'filed'],
  ['A hacking group known as Cold Harbour stole 3 archives.', 'known'],
  // A noun after a number is what it counts, not a verb wink mistagged.
  ['The bank raised its forecast by 0.3 percentage points to 2.1 percent.', 'points'],
  // A refusal to speak reports nothing.
  ['The ministry did not immediately respond to requests for comment on the 12 arrests.', 'respond'],
  // A weak cue inside what an earlier cue reports.
  ['The mayor said the engineers feared 2 of the tests were faked.', 'feared'],
  // The verb of a multi-word cue alone.
  ['The convoy went to the 3 border towns.', 'went'],
  // A plural noun after a determiner "which" is no cue.
  ['Analysts asked which battleground states could see 3 more rallies.', 'states'],
  // A concession reports nothing.
  ['That said, the 4 bridges reopened on Monday.', 'said'],
  ['Having said that, 3 of the ferries still run.', 'said'],
  // A speech-only verb with no speech beside it.
  ['Fighting continues in the eastern 3 districts.', 'continues'],
];

describe('extractAttributions: mechanisms, negative cases', () => {
  for (const [text, cue] of notFound) {
    it(`no "${cue}": ${text}`, () => {
      expect(attributions(text).filter((a) => a.cue.text === cue).map((a) => a.source.text)).toEqual([]);
    });
  }
});
