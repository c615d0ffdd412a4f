import { describe, expect, it } from 'vitest';
import type { Sql } from '../../db/client.ts';
import { testIndicator } from '../../testing/indicators.ts';
import { ComparatorCache, DefinitionCache, type ReadPoint } from './read-cache.ts';

/**
 * The caches' rules, against a stand-in for the database that answers what the test says and counts the statements
 * (the statements themselves run against PostgreSQL and PGlite in read-cache.db.test.ts).
 */
function database<Row>(answer: () => Row[]): { sql: Sql; statements: () => number } {
  let statements = 0;
  const tag = () => {
    statements += 1;
    return Promise.resolve(answer());
  };
  return { sql: tag as unknown as Sql, statements: () => statements };
}

const keys = { indicatorIds: ['a', 'b'], periodType: 'quarter', period: '2026-Q1', sex: 'T' } as const;
const at = (generation: number, day = '2026-05-01'): ReadPoint => ({ generation: String(generation), day });
const row = (indicatorId: string, countyValue: number, municipalityValues: number[], point: ReadPoint) => ({
  indicatorId,
  countyValue,
  municipalityValues,
  ...point,
});

describe('ComparatorCache', () => {
  it('reads a period’s comparators once per read point, and again for a new generation or a new day', async () => {
    let point = at(7);
    let county = 50;
    const db = database(() => [row('a', county, [40, 60], point), row('b', 10, [], point)]);
    const cache = new ComparatorCache();
    const first = await cache.comparators(db.sql, at(7), keys);
    expect([first.countyValue('a', '2026-Q1'), first.municipalityValues('a', '2026-Q1'), db.statements()]).toEqual([50, [40, 60], 1]);
    await cache.comparators(db.sql, at(7), keys);
    expect(db.statements()).toBe(1);

    point = at(8);
    county = 55;
    expect((await cache.comparators(db.sql, at(8), keys)).countyValue('a', '2026-Q1')).toBe(55);
    expect(db.statements()).toBe(2);
    point = at(8, '2026-05-02');
    await cache.comparators(db.sql, at(8, '2026-05-02'), keys);
    expect(db.statements()).toBe(3);
  });

  it('gives an indicator without values none, and keeps that too', async () => {
    const db = database(() => [row('a', 1, [1, 2, 3, 4], at(3))]);
    const cache = new ComparatorCache();
    const comparators = await cache.comparators(db.sql, at(3), keys);
    expect([comparators.countyValue('b', '2026-Q1'), comparators.municipalityValues('b', '2026-Q1')]).toEqual([null, []]);
    await cache.comparators(db.sql, at(3), keys);
    expect(db.statements()).toBe(1);
    // Another period is never answered from this one.
    expect(comparators.countyValue('a', '2026-Q2')).toBeNull();
  });

  it('does not let a read from before a recompute replace what was read after it', async () => {
    let generation = 9;
    const db = database(() => [row('a', generation, [], at(generation))]);
    const cache = new ComparatorCache();
    await cache.comparators(db.sql, at(9), keys);
    // A request whose statement ran before generation 9 committed reads its comparators itself…
    generation = 5;
    expect((await cache.comparators(db.sql, at(5), keys)).countyValue('a', '2026-Q1')).toBe(5);
    expect(db.statements()).toBe(2);
    // …and what was read at generation 9 is still what is kept.
    expect((await cache.comparators(db.sql, at(9), keys)).countyValue('a', '2026-Q1')).toBe(9);
    expect(db.statements()).toBe(2);
  });

  it('reads once for requests that arrive together', async () => {
    const db = database(() => [row('a', 1, [2], at(4)), row('b', 3, [4], at(4))]);
    const cache = new ComparatorCache();
    const all = await Promise.all(Array.from({ length: 5 }, () => cache.comparators(db.sql, at(4), keys)));
    expect(all.map((c) => c.countyValue('b', '2026-Q1'))).toEqual([3, 3, 3, 3, 3]);
    expect(db.statements()).toBe(1);
  });
});

describe('DefinitionCache', () => {
  it('reads a definition once per version and content, and a new version or other content again', async () => {
    let stored = testIndicator('x', { unit: 'percent', computation: { kind: 'kolada', kpi: 'N20402' } });
    let hash = 'h1';
    const db = database(() => [{ id: 'x', version: stored.version, contentHash: hash, definition: stored }]);
    const cache = new DefinitionCache();
    const key = (version: number, contentHash: string) => [{ id: 'x', version, contentHash }];
    expect((await cache.definitions(db.sql, key(1, 'h1'))).get('x')).toBe(stored);
    await cache.definitions(db.sql, key(1, 'h1'));
    expect(db.statements()).toBe(1);

    stored = { ...stored, version: 2 };
    hash = 'h2';
    expect((await cache.definitions(db.sql, key(2, 'h2'))).get('x')?.version).toBe(2);
    expect(db.statements()).toBe(2);
    // The same version with other content (a database restored from elsewhere) is not served from the cache.
    hash = 'h3';
    await cache.definitions(db.sql, key(2, 'h3'));
    expect(db.statements()).toBe(3);
  });
});
