import type { IndicatorDefinition } from '@samsyn/indicators';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDefinitionVersion } from '../../definitions/store.ts';
import { seedIndicatorDefinitions } from '../../seed/indicators.ts';
import { readVgrOrgUnits, seedOrgUnits } from '../../seed/org-units.ts';
import { countedTestApp, createMigratedTestDatabase, postGraphQL } from '../../testing/app.ts';
import type { TestDatabase } from '../../testing/database.ts';
import { testIndicator } from '../../testing/indicators.ts';
import { ComparatorCache, type ReadPoint } from './read-cache.ts';

/**
 * One unit's scorecard as the server keeps it fast (unit-scorecard.ts, read-cache.ts): one statement per request
 * once the definitions and the period's comparators are cached, and never a colour from values, units or
 * definitions other than those in the database at the time, whatever changes them (a recompute, a unit that ends,
 * a new definition version), without telling the server.
 *
 * Relative quartiles in 2026-Q1 among the municipalities 1480 (50), 1482 (60), 1485 (40), 1488 (20) and 1489 (10):
 * Göteborg 1480 beats three of the four others, its place is 3/4 and it is green (the best quarter).
 */
const quartiles = testIndicator('test-kvartil', {
  unit: 'percent',
  polarity: 'higher_is_better',
  frequency: 'quarter',
  assessment: { method: 'relative_quartiles' },
  computation: { kind: 'kolada', kpi: 'N00001' },
});
const withoutValues = testIndicator('test-utan', { unit: 'percent', computation: { kind: 'kolada', kpi: 'N00002' } });
const values: Record<string, number> = { '14': 45, '1480': 50, '1482': 60, '1485': 40, '1488': 20, '1489': 10 };

let db: TestDatabase;
let app: Hono;
let counted: ReturnType<typeof countedTestApp>['counted'];

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  await seedOrgUnits(db.sql, await readVgrOrgUnits());
  await seedIndicatorDefinitions(db.sql, [quartiles, withoutValues]);
  await db.sql`
    insert into indicator_value (indicator_id, definition_version, org_unit, period_type, period, sex, value, suppressed)
    select 'test-kvartil', 1, unit, 'quarter', '2026-Q1', 'T', value, false
    from unnest(${Object.keys(values)}::text[], ${Object.values(values)}::float8[]) as v (unit, value)`;
  ({ app, counted } = countedTestApp(db));
});
afterAll(async () => {
  await db.drop();
});

const query = `
  query ($orgUnit: String!) {
    scorecard(orgUnit: $orgUnit, periodType: QUARTER, period: "2026-Q1") {
      indicatorId value status statusBasis missingReason comparedToCounty orgUnit { code name }
    }
  }`;

async function scorecard(orgUnit: string): Promise<{ rows: any[] | undefined; statements: number; code?: unknown }> {
  const before = counted.count();
  const { body } = await postGraphQL(app, query, { orgUnit });
  return { rows: body.data?.scorecard, statements: counted.count() - before, code: body.errors?.[0]?.extensions?.code };
}

const status = async (orgUnit: string) => (await scorecard(orgUnit)).rows?.find((row) => row.indicatorId === 'test-kvartil')?.status;

describe('a unit’s scorecard', () => {
  it('reads a period’s comparators as numbers: the county’s value and every current municipality’s', async () => {
    const [point] = await db.sql<ReadPoint[]>`select generation::text as generation, current_date::text as day from indicator_value_generation`;
    const comparators = await new ComparatorCache().comparators(db.sql, point!, {
      indicatorIds: ['test-kvartil', 'test-utan'],
      periodType: 'quarter',
      period: '2026-Q1',
      sex: 'T',
    });
    expect(comparators.countyValue('test-kvartil', '2026-Q1')).toBe(45);
    expect([...comparators.municipalityValues('test-kvartil', '2026-Q1')].sort((a, b) => a - b)).toEqual([10, 20, 40, 50, 60]);
    expect([comparators.countyValue('test-utan', '2026-Q1'), comparators.municipalityValues('test-utan', '2026-Q1')]).toEqual([null, []]);
  });

  it('reads with one statement once the definitions and the period’s comparators are cached', async () => {
    const first = await scorecard('1480');
    expect(first.rows).toEqual([
      {
        indicatorId: 'test-kvartil',
        value: 50,
        status: 'GREEN',
        statusBasis: 'RELATIVE_QUARTILES',
        missingReason: null,
        comparedToCounty: 'NOT_COMPARED',
        orgUnit: { code: '1480', name: 'Göteborg' },
      },
      {
        indicatorId: 'test-utan',
        value: null,
        status: 'GREY',
        statusBasis: 'NONE',
        missingReason: 'MISSING',
        comparedToCounty: null,
        orgUnit: { code: '1480', name: 'Göteborg' },
      },
    ]);
    // The values' generation (the response cache's key, http/response-cache.ts), the unit with its values and
    // definition keys, the definitions, the comparators.
    expect(first.statements).toBe(4);
    // The same question again: the generation, and the whole answer from the response cache.
    const again = await scorecard('1480');
    expect(again.rows).toEqual(first.rows);
    expect(again.statements).toBe(1);
    // Another unit's scorecard of the same period shares the definitions and comparators: the generation and the unit.
    expect(await scorecard('1482')).toMatchObject({ statements: 2 });
  });

  it('leaves out a unit as soon as it is no longer current, from the scorecards and from the comparators', async () => {
    await db.sql`update org_unit set valid_to = current_date - 1 where code = '1489'`;
    expect((await scorecard('1489')).code).toBe('NOT_FOUND');
    // Without Alingsås' 10 Göteborg beats two of three: 2/3, yellow.
    expect(await status('1480')).toBe('YELLOW');
    expect((await scorecard('9999')).code).toBe('NOT_FOUND');
  });

  it('colours with the values as they are: a recomputed municipality moves Göteborg at once', async () => {
    await db.sql`update indicator_value set value = 30 where indicator_id = 'test-kvartil' and org_unit = '1482'`;
    const after = await scorecard('1480');
    expect(after.rows?.[0]?.status).toBe('GREEN');
    // The generation, the unit and the comparators of the new values, read once.
    expect(after.statements).toBe(3);
    expect((await scorecard('1480')).statements).toBe(1);
  });

  it('assesses with a new version of a definition at once, however it was stored', async () => {
    const target: IndicatorDefinition = { ...quartiles, version: 2, assessment: { method: 'target', green: 70, yellow: 45 } };
    expect(await insertDefinitionVersion(db.sql, target, 'api')).toEqual({ inserted: true });
    const [row] = (await scorecard('1480')).rows ?? [];
    expect(row).toMatchObject({ status: 'YELLOW', statusBasis: 'TARGET' });
  });
});
