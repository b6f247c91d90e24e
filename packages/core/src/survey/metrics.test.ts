import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, csat, distribution, nps } from './metrics';

describe('csat', () => {
  it('is the share of 4 and 5 answers', () => {
    expect(csat([5, 5, 4, 3, 2, 5, 4, 4, 1, 5])).toBe(70);
  });

  it('is null for no answers', () => {
    expect(csat([])).toBeNull();
  });

  it.each([[[0]], [[6]], [[4.5]], [[Number.NaN]]])('throws a RangeError for %j', (scores) => {
    expect(() => csat(scores)).toThrow(RangeError);
  });
});

describe('nps', () => {
  it('is % promoters minus % detractors', () => {
    expect(nps([10, 9, 9, 8, 7, 6, 5, 10, 3, 9])).toBe(20);
    expect(nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(-45);
    expect(Object.is(nps([9, 0]), 0)).toBe(true);
  });

  it('stays within -100…100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (scores) => {
        const score = nps(scores)!;
        expect(score).toBeGreaterThanOrEqual(-100);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('is null for no answers and rejects out-of-range scores', () => {
    expect(nps([])).toBeNull();
    expect(() => nps([11])).toThrow(RangeError);
    expect(() => nps([-1])).toThrow(RangeError);
  });
});

describe('ces', () => {
  it('is the mean on 1–7', () => {
    expect(ces([7, 6, 5, 4, 7, 2, 6, 5, 7, 3])).toBe(5.2);
  });

  it('is null for no answers and rejects out-of-range scores', () => {
    expect(ces([])).toBeNull();
    expect(() => ces([8])).toThrow(RangeError);
    expect(() => ces([0])).toThrow(RangeError);
  });
});

describe('distribution', () => {
  it('counts every score of the scale', () => {
    expect(distribution([1, 1, 5, 3], 1, 5)).toEqual([2, 0, 1, 0, 1]);
  });
});
