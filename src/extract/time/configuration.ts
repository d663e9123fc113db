// The chrono instance the time extractor runs: chrono's casual English parsers and refiners with
// ours around them. The order of the refiners is the design; each line says why it sits there.
import { casual, Chrono } from 'chrono-node';
import { BetweenRefiner } from './between-refiner.js';
import { ExemptOwn, NoiseRefiner, PreferOwnRefiner } from './filter-refiners.js';
import { MonthPartParser } from './month-part-parser.js';
import { OffsetRefiner } from './offset-refiner.js';
import { PastRefiner } from './past-refiner.js';
import { PeriodParser } from './period-parser.js';
import { SinceRefiner } from './since-refiner.js';
import { VagueParser } from './vague-parser.js';
import { YearParser } from './year-parser.js';
import { YearPartParser } from './year-part-parser.js';

export function createTimeChrono(): Chrono {
  return new Chrono({
    parsers: [
      ...casual.parsers,
      // Ours only propose; where they read the same words as chrono, PreferOwnRefiner decides.
      new YearParser(),
      new YearPartParser(),
      new PeriodParser(),
      new MonthPartParser(),
      new VagueParser(),
    ],
    refiners: [
      // Before chrono's overlap removal, which keeps the longer text whoever read it: our readings
      // know whole periods ("last week" is seven days, not the day a week ago).
      new PreferOwnRefiner(),
      // Noise ("Sun", "march", "24/7") must not win an overlap against a real date.
      new NoiseRefiner(),
      // chrono's own: overlap removal, date+time and "X to Y" merging, year suffixes. Not its
      // ENUnlikelyFormatFilter: it drops "May" unless "in" comes before ("since May", "between March
      // and May"); NoiseRefiner already drops the lower-case verb.
      // chrono's UnlikelyFormatFilter drops digits alone ("2000"); our parsers already decided when a
      // bare year is a time ("2025 was the deadliest year"), so it judges only chrono's readings.
      ...casual.refiners.filter((r) => r.constructor.name !== 'ENUnlikelyFormatFilter')
        .map((r) => (r.constructor.name === 'UnlikelyFormatFilter' ? new ExemptOwn(r) : r)),
      // After chrono's merges, so a "between" range is built from finished dates.
      new BetweenRefiner(),
      // Durations and story-relative offsets go before the past preference would move them.
      new OffsetRefiner(),
      // After merging: a range whose year is implied moves back as a whole.
      new PastRefiner(),
      // Last: "since" replaces whatever end the reading had with the publication day.
      new SinceRefiner(),
    ],
  });
}
