// Sentence-level cases for the time extractor: exact text, offsets and resolved whole-day ranges
// against a fixed publication date (Saturday 2025-12-13 unless a case says otherwise).
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';
import { at, docOf } from '../helpers/doc.js';

function times(text: string, published?: string) {
  const { doc, ctx } = docOf(text, published);
  return { mentions: extractTimes(doc, ctx), messages: ctx.messages };
}

/** [sentence, expression as it must be spanned, start, end, certain] */
type Case = readonly [string, string, string, string, boolean];

const cases: readonly Case[] = [
  ['Kim held a ceremony in Pyongyang on Friday to greet the engineers.', 'on Friday', '2025-12-12', '2025-12-12', false],
  ['The strike on Monday killed four people.', 'on Monday', '2025-12-08', '2025-12-08', false],
  ['Officials said on Friday at 3 p.m. that the toll had risen.', 'on Friday at 3 p.m.', '2025-12-12', '2025-12-12', false],
  ['The ministry said last Monday that talks would resume.', 'last Monday', '2025-12-08', '2025-12-08', false],
  ['Last month, the Russian Ministry of Defense stated that the mission was over.', 'Last month', '2025-11-01', '2025-11-30', true],
  ['North Korea sent 14,000 soldiers to fight in Kursk last year.', 'last year', '2024-01-01', '2024-12-31', true],
  ['About 11,000 troops were deployed in 2024.', 'in 2024', '2024-01-01', '2024-12-31', true],
  ['Attacks doubled last week, the army said.', 'last week', '2025-12-01', '2025-12-07', true],
  ['Three strikes hit the city this week.', 'this week', '2025-12-08', '2025-12-14', true],
  ['Exports fell 4% this month.', 'this month', '2025-12-01', '2025-12-31', true],
  ['Growth will slow to 1.8% this year.', 'this year', '2025-01-01', '2025-12-31', true],
  ['The offensive began in March with 600 tanks.', 'in March', '2025-03-01', '2025-03-31', false],
  ['Prices rose in December.', 'in December', '2025-12-01', '2025-12-31', false],
  ['The talks stalled in early August.', 'in early August', '2025-08-01', '2025-08-10', false],
  ['Fighting peaked in mid-August near the river.', 'in mid-August', '2025-08-11', '2025-08-20', false],
  ['The bridge fell in late August 2024.', 'in late August 2024', '2024-08-21', '2024-08-31', true],
  ['The ceremony was held on 12 December in Pyongyang.', 'on 12 December', '2025-12-12', '2025-12-12', false],
  ['The report was published on December 12, 2025, by KCNA.', 'on December 12, 2025', '2025-12-12', '2025-12-12', true],
  ['Six people were killed yesterday.', 'yesterday', '2025-12-12', '2025-12-12', true],
  ['Power returned today to 1,100 buildings.', 'today', '2025-12-13', '2025-12-13', true],
  ['More than 12,000 civilians have died since February 2022.', 'since February 2022', '2022-02-01', '2025-12-13', true],
  ['The worst attack since 2022 hit Engels.', 'since 2022', '2022-01-01', '2025-12-13', true],
  ['Output fell between March and May 2024.', 'between March and May 2024', '2024-03-01', '2024-05-31', true],
  ['The survey covered the conflicts between July 2024 and the end of 2025.', 'between July 2024 and the end of 2025', '2024-07-01', '2025-12-31', true],
  ['Losses reached 20,000 from 2022 to 2024.', 'from 2022 to 2024', '2022-01-01', '2024-12-31', true],
  ['Prices doubled over the past three months.', 'over the past three months', '2025-09-13', '2025-12-13', true],
  ['Russia launched 75 attacks in the past 24 hours.', 'in the past 24 hours', '2025-12-12', '2025-12-13', true],
  ['The study covers 23 conflicts over the last 18 months.', 'over the last 18 months', '2024-06-13', '2025-12-13', true],
  ['Growth slowed in the first half of 2025.', 'in the first half of 2025', '2025-01-01', '2025-06-30', true],
  ['A photo posted on Jan. 11, 2025, shows the men.', 'on Jan. 11, 2025', '2025-01-11', '2025-01-11', true],
  ['Talks were held last weekend in Geneva.', 'last weekend', '2025-12-06', '2025-12-07', true],
  ['The wars in the 1990s left 200,000 dead.', 'in the 1990s', '1990-01-01', '1999-12-31', true],
  ['The attack happened on Wednesday night.', 'on Wednesday night', '2025-12-10', '2025-12-10', false],
];

describe('extractTimes: expressions and their whole-day ranges', () => {
  it.each(cases)('%s → "%s"', (sentence, expression, start, end, certain) => {
    const { mentions } = times(sentence);
    expect(mentions).toHaveLength(1);
    const m = mentions[0]!;
    expect(m.kind).toBe('time');
    expect(m.text).toBe(expression);
    expect(m.span).toEqual(at(sentence, expression));
    expect({ start: m.start, end: m.end, certain: m.certain }).toEqual({ start, end, certain });
  });
});

describe('extractTimes: the past is preferred', () => {
  it('moves a month-day chrono put after publication back a year', () => {
    const text = 'A photo posted online on Jan. 11 shows two men.';
    const [m] = times(text, '2025-12-31').mentions;
    expect(m).toMatchObject({ text: 'on Jan. 11', start: '2025-01-11', end: '2025-01-11', certain: false });
    expect(m!.rules).toContain('time/past-year');
  });

  it('moves a weekday chrono put after publication back a week', () => {
    const [m] = times('The convoy left on Tuesday.').mentions; // published Saturday
    expect(m).toMatchObject({ start: '2025-12-09', end: '2025-12-09' });
    const [monday] = times('The convoy left on Monday.').mentions;
    expect(monday).toMatchObject({ start: '2025-12-08' });
    expect(monday!.rules).toEqual(['time/chrono', 'time/past-weekday']);
  });

  it('keeps a stated future: next week, next Monday', () => {
    expect(times('Talks resume next week.').mentions[0]).toMatchObject({ start: '2025-12-15', end: '2025-12-21' });
    expect(times('Talks resume next Monday.').mentions[0]).toMatchObject({ start: '2025-12-15', end: '2025-12-15' });
  });

  it('reads "last Saturday" on a Saturday as the week before', () => {
    expect(times('They met last Saturday.').mentions[0]).toMatchObject({ start: '2025-12-06', end: '2025-12-06' });
  });
});

describe('extractTimes: several expressions, offsets into the whole text', () => {
  it('keeps every expression with offsets into doc.text across sentences', () => {
    const text = 'Kim Jong-un revealed on Friday that 9 soldiers had died.\nLast month, the ministry said 14,000 troops were sent in 2024.';
    const { mentions } = times(text);
    expect(mentions.map((m) => [m.text, m.span.start, m.span.end, m.start, m.end])).toEqual([
      ['on Friday', ...Object.values(at(text, 'on Friday')), '2025-12-12', '2025-12-12'],
      ['Last month', ...Object.values(at(text, 'Last month')), '2025-11-01', '2025-11-30'],
      ['in 2024', ...Object.values(at(text, 'in 2024')), '2024-01-01', '2024-12-31'],
    ]);
    for (const m of mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });

  it('resolves the dev articles\' datelines and weekdays (published Thursday 2026-02-05)', () => {
    const text = 'KYIV, Feb 5 (Reuters) - Russia launched strikes overnight on Tuesday. Zelenskiy said this week that 55,000 died.';
    const { mentions } = times(text, '2026-02-05');
    expect(mentions.map((m) => [m.text, m.start, m.end])).toEqual([
      ['Feb 5', '2026-02-05', '2026-02-05'],
      ['on Tuesday', '2026-02-03', '2026-02-03'],
      ['this week', '2026-02-02', '2026-02-08'],
    ]);
  });

  it('resolves the same way in any host time zone (reference read as a calendar day)', () => {
    const [m] = times('Six were killed yesterday.', '2025-03-01').mentions;
    expect(m).toMatchObject({ start: '2025-02-28', end: '2025-02-28' });
  });

  it('names the rules that spoke', () => {
    const [m] = times('The worst attack since 2022 hit Engels.').mentions;
    expect(m!.rules).toEqual(['time/year', 'time/since']);
  });
});

describe('extractTimes: the publication weekday', () => {
  it('reads a weekday equal to the publication weekday as the publication day, implied (wire style)', () => {
    const text = 'According to KCNA on Saturday, Kim awarded the soldiers.';
    const { doc, ctx } = docOf(text);
    const [t] = extractTimes(doc, ctx);
    expect(t).toMatchObject({ start: '2025-12-13', end: '2025-12-13', certain: false });
    expect(t?.rules).toContain('time/publication-weekday');
  });
});
