// In-article checks: a stated conversion against the month's reference rate, shares against counts.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { runChecks } from '../src/checks/run-checks.js';

function checks(text: string, published: string) {
  const doc = analyse({ id: 't', text, published, outlet: null, url: null, title: null });
  return runChecks(doc.claims, text, published);
}

describe('conversion checks', () => {
  it('passes a conversion at the month\'s rate', () => {
    const [c] = checks('Each family was promised 2 million South Korean won (about $1,360) in compensation.', '2025-12-20');
    expect(c).toMatchObject({ kind: 'conversion', verdict: 'pass', stated: 1360 });
  });
  it('catches a conversion 20% off and names the rate it implies', () => {
    const [c] = checks('The ministry paid 10 million South Korean won (approximately $8,160) to each worker.', '2025-12-20');
    expect(c).toMatchObject({ kind: 'conversion', verdict: 'mismatch', stated: 8160 });
    expect(c!.gap).toBeCloseTo(0.2, 1);
    expect(c!.note).toMatch(/imply 1,225 KRW to the dollar/);
    expect(c!.note).toMatch(/December 2025 is 1,470/);
  });
  it('uses the annual average where no monthly rate is kept', () => {
    const [c] = checks('The fine was 500 million roubles (about $6 million).', '2025-06-01');
    expect(c?.note).toMatch(/2025 \(annual average\)/);
  });
});

describe('share checks', () => {
  it('checks a stated percentage against its part and whole', () => {
    const [c] = checks('Guards released 30 of the 120 detainees, or 40%, on Monday.', '2025-12-20');
    expect(c).toMatchObject({ kind: 'share', verdict: 'mismatch', stated: 40, expected: 25 });
  });
  it('derives the share of a force its losses are', () => {
    const [c] = checks('The army sent about 10,000 troops to the front, with over 2,500 casualties.', '2025-12-20');
    expect(c).toMatchObject({ kind: 'share', verdict: 'info', stated: null, expected: 25 });
    expect(c!.note).toMatch(/over 25% of the force/);
  });
});
