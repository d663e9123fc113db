// How the range plot and timeline draw a value: point, range, or a bound open at one end.
import { describe, expect, it } from 'vitest';
import { logDomain, shapeOf } from '../../web/src/crosscheck/figure-shape.js';

describe('shapeOf', () => {
  it('tells points, ranges and bounds apart', () => {
    expect(shapeOf({ low: 9, high: 9, qualifier: 'exact', unit: 'count' })).toEqual({ kind: 'point', at: 9 });
    expect(shapeOf({ low: 14000, high: 14000, qualifier: 'approximately', unit: 'count' })).toEqual({ kind: 'point', at: 14000 });
    expect(shapeOf({ low: 30, high: 35, qualifier: 'range', unit: 'count' })).toEqual({ kind: 'range', from: 30, to: 35 });
    expect(shapeOf({ low: 6000, high: null, qualifier: 'more_than', unit: 'count' })).toEqual({ kind: 'above', from: 6000 });
    expect(shapeOf({ low: 40, high: 40, qualifier: 'up_to', unit: 'percent' })).toEqual({ kind: 'below', to: 40 });
  });
});

describe('logDomain', () => {
  it('pads the stated numbers and leaves out what a log axis cannot show', () => {
    expect(logDomain([9, 6000])).toEqual([3.6, 15000]);
    expect(logDomain([0, -3, 10])).toEqual([1, 100]);
    expect(logDomain([0])).toBeNull();
  });
});
