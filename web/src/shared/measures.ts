// How each measure looks on the page. Colour alone fails colour-blind readers, so every measure
// also has a short tag printed beside its figures and a line style (solid, dashed, dotted, double)
// for its underline; the colours themselves live in styles/measures.css under [data-measure].
import { MEASURES, type Measure } from '../api/types.js';

export interface MeasureLook {
  readonly label: string;
  /** Printed after the figure in the article text (CSS generated content, so it is never copied). */
  readonly tag: string;
  readonly description: string;
}

export const MEASURE_LOOK: Readonly<Record<Measure, MeasureLook>> = {
  killed: { label: 'killed', tag: 'dead', description: 'people dead' },
  wounded: { label: 'wounded', tag: 'wnd', description: 'people injured' },
  casualties: { label: 'casualties', tag: 'cas', description: 'killed and wounded together, or losses' },
  missing: { label: 'missing', tag: 'mis', description: 'people missing' },
  captured: { label: 'captured', tag: 'cap', description: 'prisoners, people captured or taken hostage' },
  arrested: { label: 'arrested', tag: 'arr', description: 'people arrested or detained' },
  deployed: { label: 'deployed', tag: 'dep', description: 'personnel sent or stationed' },
  displaced: { label: 'displaced', tag: 'dis', description: 'people displaced, fled or evacuated' },
  affected: { label: 'affected', tag: 'ppl', description: 'any other count of people' },
  money: { label: 'money', tag: 'money', description: 'an amount of money' },
  duration: { label: 'duration', tag: 'time', description: 'a span of time' },
  percentage: { label: 'percentage', tag: 'pct', description: 'a share' },
  quantity: { label: 'quantity', tag: 'qty', description: 'any other measured amount' },
};

export { MEASURES };

export const isMeasure = (x: string): x is Measure => (MEASURES as readonly string[]).includes(x);
