import { describe, expect, it } from 'vitest';
import { assess } from './assessment.ts';
import { proportionEstimate } from './statistics/proportion.ts';

const target = { method: 'target', green: 90, yellow: 80 } as const;

describe('the colour of a value', () => {
  it('against targets, the limits included, for either polarity', () => {
    const higher = { polarity: 'higher_is_better' } as const;
    expect([95, 90, 89.9, 80, 79.9].map((value) => assess(target, { value }, higher).status)).toEqual([
      'green', 'green', 'yellow', 'yellow', 'red',
    ]);
    const lower = { method: 'target', green: 1.5, yellow: 3 } as const;
    expect([1, 1.5, 2, 3, 3.1].map((value) => assess(lower, { value }, { polarity: 'lower_is_better' }).status)).toEqual([
      'green', 'green', 'yellow', 'yellow', 'red',
    ]);
  });

  it('is grey, with the reason, for a suppressed or missing value and for an indicator without judgement', () => {
    expect(assess(target, { missing: 'suppressed' }, { polarity: 'higher_is_better' })).toEqual({
      status: 'grey', basis: 'target', greyReason: 'suppressed',
    });
    expect(assess(target, { value: 95 }, { polarity: 'no_judgement' })).toMatchObject({ status: 'grey', greyReason: 'not_assessed' });
    expect(assess({ method: 'none' }, { value: 95 }, { polarity: 'higher_is_better' })).toMatchObject({ greyReason: 'not_assessed' });
  });

  it('relative quartiles among the 49 municipalities: best quarter green, worst red, ties alike, labelled relative', () => {
    const values = Array.from({ length: 49 }, (_, i) => i + 1); // 1 … 49
    const colour = (value: number, polarity: 'higher_is_better' | 'lower_is_better') =>
      assess({ method: 'relative_quartiles' }, { value }, { polarity, municipalityValues: values }).status;
    const higher = values.map((v) => colour(v, 'higher_is_better'));
    expect(higher.filter((s) => s === 'green')).toHaveLength(13);
    expect(higher.filter((s) => s === 'red')).toHaveLength(12);
    expect([colour(49, 'higher_is_better'), colour(25, 'higher_is_better'), colour(1, 'higher_is_better')]).toEqual(['green', 'yellow', 'red']);
    expect([colour(1, 'lower_is_better'), colour(49, 'lower_is_better')]).toEqual(['green', 'red']);
    const tied = [5, 5, 5, 5, 5, 5];
    expect(assess({ method: 'relative_quartiles' }, { value: 5 }, { polarity: 'higher_is_better', municipalityValues: tied })).toEqual({
      status: 'yellow', basis: 'relative_quartiles',
    });
    expect(assess({ method: 'relative_quartiles' }, { value: 5 }, { polarity: 'higher_is_better', municipalityValues: [5] })).toMatchObject({
      status: 'grey', greyReason: 'no_comparator',
    });
  });

  it('significance against the county: outside the 95 % interval better or worse, outside the 99.8 % one strong', () => {
    const rule = { method: 'significance_vs_county' } as const;
    const unit = (numerator: number, denominator: number) => ({
      value: numerator / denominator,
      ci95: proportionEstimate({ numerator, denominator }, 0.95),
      ci998: proportionEstimate({ numerator, denominator }, 0.998),
    });
    const context = { polarity: 'higher_is_better', countyValue: 0.8 } as const;
    // 900/1000: 95 % 0.880–0.917 and 99.8 % 0.867–0.926, both above 0.8.
    expect(assess(rule, unit(900, 1000), context)).toEqual({ status: 'green', basis: 'significance_vs_county', strong: true });
    // 83/100: 95 % 0.744–0.891 holds 0.8.
    expect(assess(rule, unit(83, 100), context)).toEqual({ status: 'yellow', basis: 'significance_vs_county', strong: false });
    // 700/1000: 95 % 0.671–0.728 and 99.8 % 0.653–0.743, both below 0.8: strong red.
    expect(assess(rule, unit(700, 1000), context)).toMatchObject({ status: 'red', strong: true });
    // 175/200: 95 % 0.822–0.914 excludes 0.8, 99.8 % 0.785–0.930 holds it: green, not strong.
    expect(assess(rule, unit(175, 200), context)).toEqual({ status: 'green', basis: 'significance_vs_county', strong: false });
    expect(assess(rule, unit(175, 200), { polarity: 'lower_is_better', countyValue: 0.8 })).toMatchObject({ status: 'red' });
    expect(assess(rule, unit(175, 200), { polarity: 'higher_is_better', countyValue: null })).toMatchObject({ greyReason: 'no_comparator' });
  });
});
