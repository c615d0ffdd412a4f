import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedTestApp, createMigratedTestDatabase, postGraphQL } from '../../testing/app.ts';
import type { TestDatabase } from '../../testing/database.ts';
import { seedScorecardData } from '../../testing/scorecard-data.ts';

/**
 * The scorecard grid end to end (PostgreSQL and PGlite) on the values of testing/scorecard-data.ts, read back through
 * GraphQL.
 */

let db: TestDatabase;
let app: Hono;
let counted: ReturnType<typeof countedTestApp>['counted'];

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  await seedScorecardData(db);
  ({ app, counted } = countedTestApp(db));
});
afterAll(async () => {
  await db.drop();
});

const gridQuery = `
  query ($level: OrgUnitKind!, $within: String, $periodType: PeriodType!, $period: String, $area: IndicatorArea, $principal: Principal) {
    scorecardGrid(level: $level, within: $within, periodType: $periodType, period: $period, area: $area, principal: $principal) {
      level within { code name } periodType period periods
      units { code name kind }
      rows {
        indicator { id area principal }
        values {
          indicatorId orgUnit { code name } period periodType sex value numerator denominator suppressed missingReason
          status statusBasis greyReason comparedToCounty trend { direction significant }
        }
      }
    }
  }`;

interface GridValue {
  indicatorId: string;
  orgUnit: { code: string; name: string };
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  missingReason: string | null;
  status: string | null;
  statusBasis: string | null;
  greyReason: string | null;
  trend: { direction: string; significant: boolean } | null;
}
interface Grid {
  level: string;
  within: { code: string; name: string } | null;
  periodType: string;
  period: string | null;
  periods: string[];
  units: { code: string; name: string; kind: string }[];
  rows: { indicator: { id: string; area: string; principal: string }; values: GridValue[] }[];
}

async function grid(variables: Record<string, unknown>): Promise<Grid> {
  const { body } = await postGraphQL<{ scorecardGrid: Grid }>(app, gridQuery, { periodType: 'MONTH', ...variables });
  expect(body.errors).toBeUndefined();
  return body.data!.scorecardGrid;
}

async function refusal(variables: Record<string, unknown>): Promise<[string, unknown][]> {
  const { body } = await postGraphQL(app, gridQuery, { periodType: 'MONTH', ...variables });
  expect(body.data).toBeNull();
  return (body.errors ?? []).map((e) => [e.message, e.extensions?.code]);
}

/** The cell of one indicator and unit. */
function cell(result: Grid, indicatorId: string, code: string): GridValue {
  const row = result.rows.find((r) => r.indicator.id === indicatorId);
  const column = result.units.findIndex((u) => u.code === code);
  expect(row, indicatorId).toBeDefined();
  expect(column, code).toBeGreaterThanOrEqual(0);
  return row!.values[column]!;
}

const missing = { value: null, numerator: null, suppressed: false, missingReason: 'MISSING', status: 'GREY', greyReason: 'MISSING', trend: null };

describe('scorecardGrid', () => {
  it('shows every municipality by name for the latest month, every indicator in the catalogue’s order', async () => {
    const result = await grid({ level: 'MUNICIPALITY' });
    expect([result.level, result.within, result.periodType, result.period]).toEqual(['MUNICIPALITY', null, 'MONTH', '2026-01']);
    expect(result.periods).toEqual(['2026-01', '2025-12', '2025-11', '2025-10', '2025-09']);
    expect(result.units).toHaveLength(49);
    expect(result.units.every((u) => u.kind === 'MUNICIPALITY')).toBe(true);
    // Swedish order: Å, Ä and Ö after Z.
    expect(result.units.slice(0, 3).map((u) => u.name)).toEqual(['Ale', 'Alingsås', 'Bengtsfors']);
    expect(result.units.at(-1)!.name).toBe('Öckerö');
    expect(result.rows.map((r) => [r.indicator.id, r.indicator.area])).toEqual([
      ['test-a-mal', 'ACCESSIBILITY'],
      ['test-b-kvartil', 'CONTINUITY'],
      ['test-c-kolada', 'ELDERLY_CARE'],
    ]);
    for (const row of result.rows) {
      expect(row.values.map((v) => v.orgUnit.code)).toEqual(result.units.map((u) => u.code));
      expect(row.values.every((v) => v.indicatorId === row.indicator.id && v.period === '2026-01')).toBe(true);
    }
  });

  it('gives each cell its value, colour and trend, and absent ones a typed reason', async () => {
    const result = await grid({ level: 'MUNICIPALITY' });
    expect(cell(result, 'test-a-mal', '1480')).toMatchObject({
      orgUnit: { code: '1480', name: 'Göteborg' },
      value: 90,
      numerator: 36,
      denominator: 40,
      suppressed: false,
      missingReason: null,
      status: 'GREEN',
      statusBasis: 'TARGET',
      trend: { direction: 'IMPROVING', significant: true },
    });
    // Borås's 60/80 is hidden as a complement: Sjuhärad's total minus it would give Tranemo's 5/8 away.
    expect(cell(result, 'test-a-mal', '1490')).toMatchObject({ value: null, suppressed: true, missingReason: 'SUPPRESSED' });
    expect(cell(result, 'test-a-mal', '1488')).toMatchObject({ value: 80, suppressed: false });
    expect(cell(result, 'test-b-kvartil', '1480')).toMatchObject({ value: 90, statusBasis: 'RELATIVE_QUARTILES' });
    // Eight contacts: suppressed, with no numbers at all.
    expect(cell(result, 'test-a-mal', '1452')).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      suppressed: true,
      missingReason: 'SUPPRESSED',
      status: 'GREY',
      greyReason: 'SUPPRESSED',
    });
    // No contacts in Kungälv: no stored value, typed missing.
    expect(cell(result, 'test-a-mal', '1482')).toMatchObject({ ...missing, statusBasis: 'TARGET' });
    // A yearly Kolada figure in a month: not applicable, in every column.
    const kolada = result.rows.find((r) => r.indicator.id === 'test-c-kolada')!;
    expect(new Set(kolada.values.map((v) => [v.missingReason, v.status, v.greyReason].join()))).toEqual(
      new Set(['NOT_APPLICABLE,GREY,NOT_APPLICABLE']),
    );
  });

  it('puts the county first and then the sub-regions by name', async () => {
    const result = await grid({ level: 'SUBREGION' });
    expect(result.units.map((u) => [u.code, u.kind])).toEqual([
      ['14', 'COUNTY'],
      ['FYRBODAL', 'SUBREGION'],
      ['GR', 'SUBREGION'],
      ['SJUHARAD', 'SUBREGION'],
      ['SKARABORG', 'SUBREGION'],
    ]);
    expect(cell(result, 'test-a-mal', 'GR')).toMatchObject({ value: 90, numerator: 36, denominator: 40 });
    // One month only: no five periods behind it, so no trend.
    expect(cell(result, 'test-a-mal', 'FYRBODAL')).toMatchObject({ numerator: 44 + 14, denominator: 55 + 22, trend: null });
    expect(cell(result, 'test-a-mal', 'SKARABORG')).toMatchObject(missing);
    const county = cell(result, 'test-a-mal', '14');
    expect([county.numerator, county.denominator]).toEqual([36 + 44 + 14 + 60 + 5, 40 + 55 + 22 + 80 + 8]);
  });

  it('shows the county alone at the county level', async () => {
    const result = await grid({ level: 'COUNTY' });
    expect(result.units.map((u) => u.code)).toEqual(['14']);
    expect(result.rows.map((r) => r.values.length)).toEqual([1, 1, 1]);
  });

  it('shows one sub-region’s municipalities after the sub-region itself', async () => {
    const result = await grid({ level: 'MUNICIPALITY', within: 'GR' });
    expect(result.within).toEqual({ code: 'GR', name: 'Göteborgsregionen' });
    expect(result.units).toHaveLength(13);
    expect(result.units.slice(0, 3).map((u) => u.name)).toEqual(['Göteborgsregionen', 'Ale', 'Alingsås']);
    expect(result.units.slice(1).every((u) => u.kind === 'MUNICIPALITY')).toBe(true);
    expect(cell(result, 'test-a-mal', 'GR')).toMatchObject({ value: 90 });
    expect(cell(result, 'test-a-mal', '1480')).toMatchObject({ value: 90 });
  });

  it('defaults to the latest complete quarter and year, not one cut short by the end of the data', async () => {
    const quarters = await grid({ level: 'MUNICIPALITY', periodType: 'QUARTER' });
    expect([quarters.period, quarters.periods]).toEqual(['2025-Q4', ['2026-Q1', '2025-Q4', '2025-Q3']]);
    expect(cell(quarters, 'test-a-mal', '1480')).toMatchObject({ numerator: 22 + 26 + 30, denominator: 120 });

    const years = await grid({ level: 'MUNICIPALITY', periodType: 'YEAR' });
    expect([years.period, years.periods]).toEqual(['2025', ['2026', '2025']]);
    expect(cell(years, 'test-a-mal', '1480')).toMatchObject({ numerator: 10 + 22 + 26 + 30, denominator: 160 });
    // Kolada's figures as published: a value, Kolada's `-` and `.`, and nothing at all for the others.
    expect(cell(years, 'test-c-kolada', '1480')).toMatchObject({ value: 12.5, statusBasis: 'RELATIVE_QUARTILES' });
    expect(cell(years, 'test-c-kolada', '1488')).toMatchObject({ value: null, missingReason: 'MISSING', greyReason: 'MISSING' });
    expect(cell(years, 'test-c-kolada', '1485')).toMatchObject({ value: null, missingReason: 'NOT_APPLICABLE', greyReason: 'NOT_APPLICABLE' });
    expect(cell(years, 'test-c-kolada', '1482')).toMatchObject({ value: null, missingReason: 'MISSING' });

    // Asked for, the short period is there.
    const short = await grid({ level: 'MUNICIPALITY', periodType: 'YEAR', period: '2026' });
    expect(cell(short, 'test-a-mal', '1480')).toMatchObject({ numerator: 36, denominator: 40 });
  });

  it('shows the period asked for, and a period without values as missing everywhere', async () => {
    const october = await grid({ level: 'MUNICIPALITY', period: '2025-10' });
    expect(october.period).toBe('2025-10');
    expect(cell(october, 'test-a-mal', '1480')).toMatchObject({ numerator: 22, denominator: 40, status: 'RED' });
    expect(cell(october, 'test-a-mal', '1480').value).toBeCloseTo(55, 10);

    const future = await grid({ level: 'SUBREGION', period: '2030-01' });
    expect(future.period).toBe('2030-01');
    expect(future.periods).not.toContain('2030-01');
    const reasons = new Set(future.rows.flatMap((r) => r.values.map((v) => v.missingReason)));
    expect(reasons).toEqual(new Set(['MISSING', 'NOT_APPLICABLE']));
  });

  it('narrows to an area or a principal, keeping the period', async () => {
    const continuity = await grid({ level: 'MUNICIPALITY', area: 'CONTINUITY' });
    expect([continuity.period, continuity.rows.map((r) => r.indicator.id)]).toEqual(['2026-01', ['test-b-kvartil']]);
    const municipal = await grid({ level: 'MUNICIPALITY', principal: 'MUNICIPALITY' });
    expect([municipal.period, municipal.rows.map((r) => r.indicator.id)]).toEqual(['2026-01', ['test-c-kolada']]);
    const none = await grid({ level: 'MUNICIPALITY', area: 'PATIENT_EXPERIENCE' });
    expect([none.period, none.units.length, none.rows]).toEqual(['2026-01', 49, []]);
  });

  it('has no period and no rows for a period type without values', async () => {
    // Five months of data: no rolling 12 months.
    const result = await grid({ level: 'SUBREGION', periodType: 'ROLLING_12' });
    expect([result.period, result.periods, result.rows, result.units.length]).toEqual([null, [], [], 5]);
  });

  it('refuses what it cannot show, saying why', async () => {
    expect(await refusal({ level: 'MUNICIPALITY', within: 'NORR' })).toEqual([['Okänd delregion NORR / unknown sub-region', 'NOT_FOUND']]);
    expect(await refusal({ level: 'MUNICIPALITY', within: '1480' })).toEqual([['Okänd delregion 1480 / unknown sub-region', 'NOT_FOUND']]);
    expect((await refusal({ level: 'SUBREGION', within: 'GR' }))[0]?.[1]).toBe('BAD_USER_INPUT');
    expect((await refusal({ level: 'CARE_UNIT' }))[0]?.[1]).toBe('BAD_USER_INPUT');
    expect((await refusal({ level: 'MUNICIPALITY', period: '2026-13' }))[0]?.[1]).toBe('BAD_USER_INPUT');
    expect((await refusal({ level: 'MUNICIPALITY', periodType: 'QUARTER', period: '2026-01' }))[0]?.[1]).toBe('BAD_USER_INPUT');
  });

  it('reads with the same five statements at every level (no N+1)', async () => {
    // A document of its own, so that the server has no answer of it cached (http/response-cache.ts) and runs it.
    const uncached = `# statements\n${gridQuery}`;
    const statements = async (variables: Record<string, unknown>) => {
      const before = counted.count();
      const { body } = await postGraphQL(app, uncached, { periodType: 'MONTH', ...variables });
      expect(body.errors).toBeUndefined();
      return counted.count() - before;
    };
    // The values' generation (the response cache's key); units, definitions, periods, values, comparators; org units
    // come from the units already read.
    expect([
      await statements({ level: 'COUNTY' }),
      await statements({ level: 'SUBREGION' }),
      await statements({ level: 'MUNICIPALITY', within: 'SJUHARAD' }),
      await statements({ level: 'MUNICIPALITY', periodType: 'YEAR' }),
    ]).toEqual([6, 6, 6, 6]);
  });
});
