import { describe, expect, it } from 'vitest';
import { Random } from './random.ts';

const draw = (random: Random, n: number) => Array.from({ length: n }, () => random.next());
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('Random', () => {
  it('gives the same numbers for the same key, and other numbers for another key', () => {
    expect(draw(new Random('samsyn-demo/1'), 5)).toEqual(draw(new Random('samsyn-demo/1'), 5));
    expect(draw(new Random('samsyn-demo/1'), 5)).not.toEqual(draw(new Random('samsyn-demo/2'), 5));
  });

  it('is pinned: the algorithm never changes silently, so a seed keeps its files', () => {
    expect(draw(new Random('samsyn-demo/1'), 3).map((v) => v.toFixed(10))).toMatchInlineSnapshot(`
      [
        "0.6029040036",
        "0.0519609146",
        "0.3376213077",
      ]
    `);
  });

  it('forks streams that do not depend on what the parent drew', () => {
    const parent = new Random('a');
    const before = draw(parent.fork('pv_kontakter', '1480', '2025-03'), 3);
    draw(parent, 100);
    expect(draw(parent.fork('pv_kontakter', '1480', '2025-03'), 3)).toEqual(before);
    expect(draw(parent.fork('pv_kontakter', '1480', '2025-04'), 3)).not.toEqual(before);
  });

  it('draws uniformly in [0, 1) and integers within their bounds', () => {
    const random = new Random('uniform');
    const values = draw(random, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(mean(values)).toBeCloseTo(0.5, 2);
    const ints = Array.from({ length: 5_000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  });

  it('has the means the generators rely on', () => {
    const random = new Random('means');
    const n = 20_000;
    expect(mean(Array.from({ length: n }, () => random.poisson(4)))).toBeCloseTo(4, 1);
    expect(mean(Array.from({ length: n }, () => random.poisson(400)))).toBeCloseTo(400, -1);
    expect(mean(Array.from({ length: n }, () => random.geometric(2.5)))).toBeCloseTo(2.5, 1);
    expect(mean(Array.from({ length: n }, () => random.exponential(80)))).toBeCloseTo(80, -1);
    expect(mean(Array.from({ length: n }, () => random.normal(10, 2)))).toBeCloseTo(10, 1);
    const picks = Array.from({ length: n }, () => random.pick(['a', 'b'], [3, 1]));
    expect(picks.filter((p) => p === 'a').length / n).toBeCloseTo(0.75, 1);
  });
});
