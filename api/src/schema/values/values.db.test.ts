import { Readable } from 'node:stream';
import type { AssessmentRule, IndicatorDefinition } from '@samsyn/indicators';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../audit/record.ts';
import { recompute } from '../../engine/materialise.ts';
import { pvKontakter } from '../../imports/datasets/pv-kontakter.ts';
import { runImport } from '../../imports/run-import.ts';
import { seedIndicatorDefinitions } from '../../seed/indicators.ts';
import { readVgrOrgUnits, seedOrgUnits } from '../../seed/org-units.ts';
import { countedTestApp, createMigratedTestDatabase, postGraphQL } from '../../testing/app.ts';
import { assessedContacts, contactsHeader } from '../../testing/contacts.ts';
import type { TestDatabase } from '../../testing/database.ts';
import { testIndicator } from '../../testing/indicators.ts';

/**
 * The values API end to end (PostgreSQL and PGlite): a small contacts file imported as users import it, three test
 * indicators with the same computation (a proportion, in percent) but different assessment rules, recompute, and
 * the values read back through GraphQL.
 *
 * January 2026, contacts assessed within 3 days / all contacts:
 *   Trollhättan 1488  K 24/30  M 20/25  T 44/55 = 80 %
 *   Uddevalla   1485  K  9/12  M  5/10  T 14/22 ≈ 63.6 % (K and M suppressed: under 20)
 *   Göteborg    1480  K 30/40  M 36/40  T 66/80 = 82.5 %
 *   Kungälv     1482  K 10/20  M 12/20  T 22/40 = 55 %
 *   County 14                           T 146/197 ≈ 74.1 %, K 73/102
 * Trollhättan K also 10/20 in February (50 %) and 10/10 in March (suppressed).
 * Complementary suppression hides more: Trollhättan's K and M in January (Fyrbodal's K minus Trollhättan's would
 * give Uddevalla's), and February in total (the quarter minus January and February would give March).
 */

function testDefinition(id: string, assessment: AssessmentRule): IndicatorDefinition {
  return testIndicator(id, {
    unit: 'percent',
    polarity: 'higher_is_better',
    assessment,
    computation: {
      kind: 'proportion',
      dataset: 'pv_kontakter',
      periodField: 'kontaktdatum',
      denominatorWhere: [
        { op: 'eq', field: 'vardgaranti', value: true },
        { op: 'eq', field: 'medicinsk_bedomning', value: true },
      ],
      numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 3 }],
    },
  });
}

const definitions = [
  testDefinition('test-mal', { method: 'target', green: 80, yellow: 70 }),
  testDefinition('test-kvartil', { method: 'relative_quartiles' }),
  testDefinition('test-signifikans', { method: 'significance_vs_county' }),
];

const contactsFile = [
  contactsHeader,
  ...assessedContacts('1488', 'K', '2026-01-15', 30, 24),
  ...assessedContacts('1488', 'M', '2026-01-20', 25, 20),
  ...assessedContacts('1485', 'K', '2026-01-12', 12, 9),
  ...assessedContacts('1485', 'M', '2026-01-13', 10, 5),
  ...assessedContacts('1480', 'K', '2026-01-07', 40, 30),
  ...assessedContacts('1480', 'M', '2026-01-31', 40, 36),
  ...assessedContacts('1482', 'K', '2026-01-08', 20, 10),
  ...assessedContacts('1482', 'M', '2026-01-09', 20, 12),
  ...assessedContacts('1488', 'K', '2026-02-10', 20, 10),
  ...assessedContacts('1488', 'K', '2026-03-10', 10, 10),
].join('\n');

/** Wilson's interval in percent, written out here rather than taken from the code under test. */
function wilson(x: number, n: number, z = 1.959963984540054): [number, number] {
  const centre = 2 * x + z * z;
  const half = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
  return [(100 * (centre - half)) / (2 * (n + z * z)), (100 * (centre + half)) / (2 * (n + z * z))];
}
const z998 = 3.090232306167813;

let db: TestDatabase;
let app: Hono;
let counted: ReturnType<typeof countedTestApp>['counted'];

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  await seedOrgUnits(db.sql, await readVgrOrgUnits());
  await seedIndicatorDefinitions(db.sql, definitions);
  const result = await runImport({
    sql: db.sql,
    embedded: db.backend === 'pglite',
    dataset: pvKontakter,
    input: Readable.from([Buffer.from(`${contactsFile}\n`)]),
    fileName: 'contacts.csv',
    policy: 'all_or_nothing',
    actor: cliActor,
  });
  expect(result).toMatchObject({ status: 'published', rowsRejected: 0 });
  await recompute(db.sql, { indicators: definitions.map((d) => d.id) });
  ({ app, counted } = countedTestApp(db));
});
afterAll(async () => {
  await db.drop();
});

const valueFields = `
  indicatorId orgUnit { code name kind } period periodType sex numerator denominator value ciLow ciHigh ciLow998
  ciHigh998 suppressed missingReason status statusBasis greyReason comparedToCounty definitionVersion`;

const valuesQuery = `
  query ($indicatorId: ID!, $orgUnits: [String!], $periodType: PeriodType!, $from: String, $to: String, $sex: Sex) {
    indicatorValues(indicatorId: $indicatorId, orgUnits: $orgUnits, periodType: $periodType, from: $from, to: $to, sex: $sex) {
      ${valueFields}
    }
  }`;

async function values(variables: Record<string, unknown>): Promise<any[]> {
  const { body } = await postGraphQL(app, valuesQuery, { periodType: 'MONTH', ...variables });
  expect(body.errors).toBeUndefined();
  return body.data!.indicatorValues;
}

function expectNumbers(value: any, x: number, n: number) {
  expect([value.numerator, value.denominator, value.suppressed, value.missingReason]).toEqual([x, n, false, null]);
  expect(value.value).toBeCloseTo((100 * x) / n, 10);
  const [low, high] = wilson(x, n);
  const [low998, high998] = wilson(x, n, z998);
  expect(value.ciLow).toBeCloseTo(low, 8);
  expect(value.ciHigh).toBeCloseTo(high, 8);
  expect(value.ciLow998).toBeCloseTo(low998, 8);
  expect(value.ciHigh998).toBeCloseTo(high998, 8);
}

describe('indicatorValues', () => {
  it('reads a unit’s months with exact numbers, target colours and suppressed months without numbers', async () => {
    const rows = await values({ indicatorId: 'test-mal', orgUnits: ['1488'] });
    expect(rows.map((r) => [r.period, r.periodType, r.sex, r.orgUnit.code, r.orgUnit.name, r.definitionVersion])).toEqual([
      ['2026-01', 'MONTH', 'T', '1488', 'Trollhättan', 1],
      ['2026-02', 'MONTH', 'T', '1488', 'Trollhättan', 1],
      ['2026-03', 'MONTH', 'T', '1488', 'Trollhättan', 1],
    ]);
    expectNumbers(rows[0], 44, 55);
    expect(rows[0]).toMatchObject({ status: 'GREEN', statusBasis: 'TARGET', greyReason: null });
    // February is hidden as the complement of March in the quarter.
    expect(rows[1]).toMatchObject({ suppressed: true, numerator: null, value: null, greyReason: 'SUPPRESSED' });
    expect(rows[2]).toMatchObject({
      numerator: null,
      denominator: null,
      value: null,
      ciLow: null,
      ciHigh: null,
      ciLow998: null,
      ciHigh998: null,
      suppressed: true,
      missingReason: 'SUPPRESSED',
      status: 'GREY',
      statusBasis: 'TARGET',
      greyReason: 'SUPPRESSED',
      comparedToCounty: null,
    });
  });

  it('filters by sex: yellow at the yellow level, red under it, suppressed where the sex’s count is small', async () => {
    const rows = await values({ indicatorId: 'test-mal', orgUnits: ['1480', '1482', '1485', '1488'], sex: 'K', from: '2026-01', to: '2026-01' });
    expect(rows.map((r) => [r.orgUnit.code, r.sex, r.status])).toEqual([
      ['1480', 'K', 'YELLOW'],
      ['1482', 'K', 'RED'],
      ['1485', 'K', 'GREY'],
      ['1488', 'K', 'GREY'],
    ]);
    expectNumbers(rows[0], 30, 40);
    expectNumbers(rows[1], 10, 20);
    expect(rows[2]).toMatchObject({ suppressed: true, value: null, numerator: null, greyReason: 'SUPPRESSED' });
    // Trollhättan's 30 women would give Uddevalla's 12 away as Fyrbodal's 42 minus them: hidden as the complement.
    expect(rows[3]).toMatchObject({ suppressed: true, value: null, numerator: null, greyReason: 'SUPPRESSED' });
  });

  it('keeps to the period range, both ends included', async () => {
    const rows = await values({ indicatorId: 'test-mal', orgUnits: ['1488'], from: '2026-02', to: '2026-03' });
    expect(rows.map((r) => r.period)).toEqual(['2026-02', '2026-03']);
    expect((await values({ indicatorId: 'test-mal', orgUnits: ['1488'], to: '2026-01' })).map((r) => r.period)).toEqual(['2026-01']);
    const quarters = await values({ indicatorId: 'test-mal', orgUnits: ['1488'], periodType: 'QUARTER' });
    expect(quarters.map((r) => [r.period, r.periodType])).toEqual([['2026-Q1', 'QUARTER']]);
    expectNumbers(quarters[0], 44 + 10 + 10, 55 + 20 + 10);
  });

  it('reads every level when no units are named, and the county', async () => {
    const rows = await values({ indicatorId: 'test-mal', from: '2026-01', to: '2026-01' });
    expect(rows.map((r) => r.orgUnit.code)).toEqual(['14', '1480', '1482', '1485', '1488', 'FYRBODAL', 'GR']);
    expectNumbers(rows[0], 146, 197);
    expect(rows[0].comparedToCounty).toBeNull();
  });

  it('colours by relative quartiles among the municipalities', async () => {
    const rows = await values({ indicatorId: 'test-kvartil', orgUnits: ['1480', '1482', '1485', '1488'], to: '2026-01' });
    expect(rows.map((r) => [r.orgUnit.code, r.status, r.statusBasis])).toEqual([
      ['1480', 'GREEN', 'RELATIVE_QUARTILES'],
      ['1482', 'RED', 'RELATIVE_QUARTILES'],
      ['1485', 'YELLOW', 'RELATIVE_QUARTILES'],
      ['1488', 'YELLOW', 'RELATIVE_QUARTILES'],
    ]);
  });

  it('colours by significance against the county value, on the same (percent) scale', async () => {
    const county = (100 * 146) / 197;
    const expected = (x: number, n: number) => {
      const [low, high] = wilson(x, n);
      return county < low ? ['GREEN', 'BETTER'] : county > high ? ['RED', 'WORSE'] : ['YELLOW', 'SIMILAR'];
    };
    const rows = await values({ indicatorId: 'test-signifikans', orgUnits: ['1480', '1482', '1485', '1488'], to: '2026-01' });
    expect(rows.map((r) => [r.orgUnit.code, r.status, r.comparedToCounty])).toEqual([
      ['1480', ...expected(66, 80)],
      ['1482', ...expected(22, 40)],
      ['1485', ...expected(14, 22)],
      ['1488', ...expected(44, 55)],
    ]);
    // Kungälv's 55 % is significantly under the county's 74 %: the scales agree.
    expect(rows[1]).toMatchObject({ status: 'RED', comparedToCounty: 'WORSE', statusBasis: 'SIGNIFICANCE_VS_COUNTY' });
  });

  it('gives an empty list for an unknown indicator', async () => {
    expect(await values({ indicatorId: 'finns-inte' })).toEqual([]);
  });

  it('reads with a fixed number of statements however many values (no N+1)', async () => {
    const before = counted.count();
    await values({ indicatorId: 'test-signifikans', orgUnits: ['1488'], to: '2026-01' });
    const one = counted.count() - before;
    const middle = counted.count();
    const all = await values({ indicatorId: 'test-signifikans' });
    const many = counted.count() - middle;
    expect(all.length).toBeGreaterThan(10);
    // The values' generation (the response cache's key, http/response-cache.ts), definitions, values, comparators,
    // org units (one DataLoader batch).
    expect([one, many]).toEqual([5, 5]);
  });
});

describe('comparison', () => {
  const query = `
    query ($indicatorId: ID!, $period: String!, $periodType: PeriodType!, $level: OrgUnitKind!) {
      comparison(indicatorId: $indicatorId, period: $period, periodType: $periodType, level: $level) {
        indicatorId period periodType level sex
        county { orgUnit { code } value numerator denominator }
        values { orgUnit { code kind } value status }
      }
    }`;

  it('lists the units of a level best first, with the county value', async () => {
    const { body } = await postGraphQL(app, query, { indicatorId: 'test-mal', period: '2026-01', periodType: 'MONTH', level: 'MUNICIPALITY' });
    expect(body.errors).toBeUndefined();
    const comparison = body.data!.comparison;
    expect(comparison).toMatchObject({ indicatorId: 'test-mal', period: '2026-01', periodType: 'MONTH', level: 'MUNICIPALITY', sex: 'T' });
    expect(comparison.county).toMatchObject({ orgUnit: { code: '14' }, numerator: 146, denominator: 197 });
    expect(comparison.county.value).toBeCloseTo((100 * 146) / 197, 10);
    expect(comparison.values.map((v: any) => [v.orgUnit.code, v.orgUnit.kind, v.status])).toEqual([
      ['1480', 'MUNICIPALITY', 'GREEN'],
      ['1488', 'MUNICIPALITY', 'GREEN'],
      ['1485', 'MUNICIPALITY', 'RED'],
      ['1482', 'MUNICIPALITY', 'RED'],
    ]);
    expect(comparison.values.map((v: any) => v.value)).toEqual([82.5, 80, expect.closeTo((100 * 14) / 22, 10), expect.closeTo(55, 10)]);
  });

  it('compares the sub-regions: Fyrbodal 58/77 ≈ 75.3 % before GR 88/120 ≈ 73.3 %', async () => {
    const { body } = await postGraphQL(app, query, { indicatorId: 'test-mal', period: '2026-01', periodType: 'MONTH', level: 'SUBREGION' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.comparison.values.map((v: any) => v.orgUnit.code)).toEqual(['FYRBODAL', 'GR']);
  });

  it('is null for an unknown indicator', async () => {
    const { body } = await postGraphQL(app, query, { indicatorId: 'finns-inte', period: '2026-01', periodType: 'MONTH', level: 'MUNICIPALITY' });
    expect(body.data!.comparison).toBeNull();
  });
});

describe('scorecard', () => {
  const query = `
    query ($orgUnit: String!, $periodType: PeriodType!, $period: String!) {
      scorecard(orgUnit: $orgUnit, periodType: $periodType, period: $period) {
        indicatorId orgUnit { code } value status statusBasis greyReason missingReason
      }
    }`;

  it('gives every indicator’s value for one unit and period', async () => {
    const { body } = await postGraphQL(app, query, { orgUnit: '1480', periodType: 'MONTH', period: '2026-01' });
    expect(body.errors).toBeUndefined();
    const present = { orgUnit: { code: '1480' }, value: 82.5, greyReason: null, missingReason: null };
    expect(body.data!.scorecard).toEqual([
      { indicatorId: 'test-kvartil', ...present, status: 'GREEN', statusBasis: 'RELATIVE_QUARTILES' },
      { indicatorId: 'test-mal', ...present, status: 'GREEN', statusBasis: 'TARGET' },
      { indicatorId: 'test-signifikans', ...present, status: expect.any(String), statusBasis: 'SIGNIFICANCE_VS_COUNTY' },
    ]);
  });

  it('keeps an indicator without a value on the scorecard, grey and typed missing', async () => {
    const { body } = await postGraphQL(app, query, { orgUnit: '1480', periodType: 'MONTH', period: '2026-02' });
    expect(body.errors).toBeUndefined();
    const absent = { orgUnit: { code: '1480' }, value: null, status: 'GREY', greyReason: 'MISSING', missingReason: 'MISSING' };
    expect(body.data!.scorecard).toEqual([
      { indicatorId: 'test-kvartil', ...absent, statusBasis: 'RELATIVE_QUARTILES' },
      { indicatorId: 'test-mal', ...absent, statusBasis: 'TARGET' },
      { indicatorId: 'test-signifikans', ...absent, statusBasis: 'SIGNIFICANCE_VS_COUNTY' },
    ]);
  });

  it('refuses an unknown unit, naming it', async () => {
    const { body } = await postGraphQL(app, query, { orgUnit: '9999', periodType: 'MONTH', period: '2026-01' });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Okänd organisationsenhet 9999 / unknown org unit', 'NOT_FOUND']]);
  });
});
