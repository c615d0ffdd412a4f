import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedTestApp, createMigratedTestDatabase, postGraphQL } from '../../testing/app.ts';
import type { TestDatabase } from '../../testing/database.ts';
import { seedScorecardData } from '../../testing/scorecard-data.ts';

/**
 * The unit profile end to end (PostgreSQL and PGlite) on the values of testing/scorecard-data.ts: each indicator's
 * value for the unit, the county's, and the lowest and highest of the unit's level, read back through GraphQL.
 */

let db: TestDatabase;
let app: Hono;
let counted: ReturnType<typeof countedTestApp>['counted'];

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  await seedScorecardData(db);
  // A care unit has no profile.
  await db.sql`insert into org_unit (code, name, kind, parent_code, valid_from) values ('VC-TEST', 'Vårdcentralen Test', 'care_unit', '1480', '2020-01-01')`;
  ({ app, counted } = countedTestApp(db));
});
afterAll(async () => {
  await db.drop();
});

const profileQuery = `
  query ($orgUnit: String!, $periodType: PeriodType!, $period: String) {
    unitProfile(orgUnit: $orgUnit, periodType: $periodType, period: $period) {
      orgUnit { code name kind } periodType period periods rangeLevel
      rows {
        indicator { id area polarity }
        value { orgUnit { code } period value suppressed missingReason status trend { direction } }
        countyValue
        range { lowest highest units }
      }
    }
  }`;

interface ProfileRow {
  indicator: { id: string; area: string; polarity: string };
  value: { orgUnit: { code: string }; period: string; value: number | null; suppressed: boolean; missingReason: string | null; status: string | null };
  countyValue: number | null;
  range: { lowest: number; highest: number; units: number } | null;
}
interface Profile {
  orgUnit: { code: string; name: string; kind: string };
  periodType: string;
  period: string | null;
  periods: string[];
  rangeLevel: string;
  rows: ProfileRow[];
}

async function profile(variables: Record<string, unknown>): Promise<Profile | null> {
  const { body } = await postGraphQL<{ unitProfile: Profile | null }>(app, profileQuery, { periodType: 'MONTH', ...variables });
  expect(body.errors).toBeUndefined();
  return body.data!.unitProfile;
}

function row(result: Profile | null, indicatorId: string): ProfileRow {
  const found = result?.rows.find((r) => r.indicator.id === indicatorId);
  expect(found, indicatorId).toBeDefined();
  return found!;
}

/** The published values of one kind of unit, straight from the table. */
async function storedValues(kind: string, indicatorId: string, periodType: string, period: string): Promise<number[]> {
  const rows = await db.sql<{ value: number }[]>`
    select v.value from indicator_value v join org_unit o on o.code = v.org_unit
    where o.kind = ${kind} and v.indicator_id = ${indicatorId} and v.period_type = ${periodType} and v.period = ${period}
      and v.sex = 'T' and v.value is not null`;
  return rows.map((r) => r.value);
}

describe('unitProfile', () => {
  it('places a municipality among the municipalities, with the county, for the latest complete period', async () => {
    const result = await profile({ orgUnit: '1480' });
    expect(result).toMatchObject({
      orgUnit: { code: '1480', name: 'Göteborg', kind: 'MUNICIPALITY' },
      periodType: 'MONTH',
      period: '2026-01',
      periods: ['2026-01', '2025-12', '2025-11', '2025-10', '2025-09'],
      rangeLevel: 'MUNICIPALITY',
    });
    expect(result!.rows.map((r) => r.indicator.id)).toEqual(['test-a-mal', 'test-b-kvartil', 'test-c-kolada']);

    const goal = row(result, 'test-a-mal');
    expect(goal.value).toMatchObject({ orgUnit: { code: '1480' }, period: '2026-01', value: 90, status: 'GREEN' });
    // The county: every contact, 36 + 44 + 14 + 60 + 5 of 40 + 55 + 22 + 80 + 8.
    expect(goal.countyValue).toBeCloseTo((159 / 205) * 100, 10);
    const published = await storedValues('municipality', 'test-a-mal', 'month', '2026-01');
    expect(published).toContain(90);
    expect(goal.range).toEqual({ lowest: Math.min(...published), highest: Math.max(...published), units: published.length });
    // Suppressed municipalities are not in the spread: fewer units than the five with contacts.
    expect(goal.range!.units).toBeLessThan(5);

    // A yearly figure in a month: not applicable, and nothing to spread.
    expect(row(result, 'test-c-kolada')).toMatchObject({ value: { value: null, missingReason: 'NOT_APPLICABLE' }, countyValue: null, range: null });
  });

  it('shows an absent value with its reason, keeping the county and the spread', async () => {
    const kungalv = row(await profile({ orgUnit: '1482' }), 'test-a-mal');
    expect(kungalv.value).toMatchObject({ value: null, suppressed: false, missingReason: 'MISSING', status: 'GREY' });
    expect(kungalv.countyValue).toBeCloseTo((159 / 205) * 100, 10);
    expect(kungalv.range?.highest).toBe(90);

    const tranemo = row(await profile({ orgUnit: '1452' }), 'test-a-mal');
    expect(tranemo.value).toMatchObject({ value: null, suppressed: true, missingReason: 'SUPPRESSED' });
  });

  it('places a sub-region among the sub-regions', async () => {
    const result = await profile({ orgUnit: 'GR' });
    expect([result?.orgUnit.kind, result?.rangeLevel]).toEqual(['SUBREGION', 'SUBREGION']);
    const goal = row(result, 'test-a-mal');
    expect(goal.value.value).toBe(90);
    const published = await storedValues('subregion', 'test-a-mal', 'month', '2026-01');
    // Göteborgsregionen (90) and Fyrbodal (58 of 77) at least; Skaraborg has no contacts.
    expect(published.length).toBeGreaterThanOrEqual(2);
    expect(published.length).toBeLessThan(4);
    expect(goal.range).toEqual({ lowest: Math.min(...published), highest: 90, units: published.length });
    expect(goal.range!.lowest).toBeLessThanOrEqual((58 / 77) * 100);
  });

  it('places the county among its municipalities', async () => {
    const result = await profile({ orgUnit: '14', periodType: 'YEAR' });
    expect([result?.orgUnit.kind, result?.rangeLevel, result?.period]).toEqual(['COUNTY', 'MUNICIPALITY', '2025']);
    // Kolada: the county 11,2; among the municipalities only Göteborg (12,5) has a figure.
    expect(row(result, 'test-c-kolada')).toMatchObject({ value: { value: 11.2 }, countyValue: 11.2, range: { lowest: 12.5, highest: 12.5, units: 1 } });
  });

  it('shows the period asked for, and nothing for a period type without values', async () => {
    const october = await profile({ orgUnit: '1480', period: '2025-10' });
    expect(october?.period).toBe('2025-10');
    expect(row(october, 'test-a-mal').value.value).toBeCloseTo(55, 10);

    const rolling = await profile({ orgUnit: '1480', periodType: 'ROLLING_12' });
    expect(rolling).toMatchObject({ orgUnit: { code: '1480' }, period: null, periods: [], rows: [] });
  });

  it('is null for an unknown unit and refuses a care unit or a period of another type', async () => {
    expect(await profile({ orgUnit: '9999' })).toBeNull();
    expect(await profile({ orgUnit: '9999', periodType: 'ROLLING_12' })).toBeNull();
    const refusal = async (variables: Record<string, unknown>) => {
      const { body } = await postGraphQL(app, profileQuery, { periodType: 'MONTH', ...variables });
      return body.errors?.map((e) => e.extensions?.code);
    };
    expect(await refusal({ orgUnit: 'VC-TEST' })).toEqual(['BAD_USER_INPUT']);
    expect(await refusal({ orgUnit: '1480', periodType: 'QUARTER', period: '2026-01' })).toEqual(['BAD_USER_INPUT']);
  });

  it('reads in two statements once the caches are warm, three for a sub-region, beside the generation (no N+1)', async () => {
    // A document of its own, so that the server has no answer of it cached (http/response-cache.ts) and runs it.
    const uncached = `# statements\n${profileQuery}`;
    const statements = async (variables: Record<string, unknown>) => {
      const before = counted.count();
      const { body } = await postGraphQL(app, uncached, { periodType: 'MONTH', ...variables });
      expect(body.errors).toBeUndefined();
      return counted.count() - before;
    };
    // Warm the definitions and the period's comparators.
    await profile({ orgUnit: '1480', periodType: 'QUARTER' });
    // The values' generation (the response cache's key), the periods and the unit's scorecard; for a sub-region also
    // the sub-regions' values.
    expect([
      await statements({ orgUnit: '1480', periodType: 'QUARTER' }),
      await statements({ orgUnit: '1490', periodType: 'QUARTER' }),
      await statements({ orgUnit: '14', periodType: 'QUARTER' }),
      await statements({ orgUnit: 'SJUHARAD', periodType: 'QUARTER' }),
    ]).toEqual([3, 3, 3, 4]);
  });
});
