import { Readable } from 'node:stream';
import {
  type Computation,
  type IndicatorDefinition,
  type IndicatorUnit,
  meanEstimate,
  rateEstimate,
} from '@samsyn/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../audit/record.ts';
import { runCli, type CliIo } from '../cli/run.ts';
import { migrate } from '../db/migrate.ts';
import type { Dataset } from '../imports/dataset.ts';
import { befolkning } from '../imports/datasets/befolkning.ts';
import { kolada } from '../imports/datasets/kolada.ts';
import { pvKontakter } from '../imports/datasets/pv-kontakter.ts';
import { utskrivningsklara } from '../imports/datasets/utskrivningsklara.ts';
import { runImport } from '../imports/run-import.ts';
import { seedIndicatorDefinitions } from '../seed/indicators.ts';
import { readVgrOrgUnits, seedOrgUnits } from '../seed/org-units.ts';
import { assessedContacts, contactsHeader, isoDay, nextContactId } from '../testing/contacts.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { testIndicator } from '../testing/indicators.ts';
import { subtractionAttack } from '../testing/subtraction-attack.ts';
import type { StoredNumbers } from './evaluate.ts';
import { recompute } from './materialise.ts';

/**
 * The engine end to end on a real database (PostgreSQL and PGlite): small hand-made files imported as users import
 * them, test definitions written out here (so that edits of the catalogue do not move these numbers), recompute,
 * and the stored values checked against counts worked out by hand.
 *
 * Municipalities: Trollhättan (1488) and Uddevalla (1485) in the sub-region Fyrbodal, Göteborg (1480) in GR.
 */

function testDefinition(id: string, unit: IndicatorUnit, computation: Computation, minDenominator = 20): IndicatorDefinition {
  return testIndicator(id, { unit, computation, disclosure: { minDenominator, minCell: 0 } });
}

const definitions = [
  testDefinition('test-bedomning', 'percent', {
    kind: 'proportion',
    dataset: 'pv_kontakter',
    periodField: 'kontaktdatum',
    denominatorWhere: [
      { op: 'eq', field: 'vardgaranti', value: true },
      { op: 'eq', field: 'medicinsk_bedomning', value: true },
    ],
    numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 3 }],
  }),
  testDefinition('test-hembesok-80', 'per_thousand', {
    kind: 'rate',
    dataset: 'pv_kontakter',
    periodField: 'kontaktdatum',
    numerator: {
      aggregate: 'count',
      where: [
        { op: 'eq', field: 'kontaktform', value: 'hembesok' },
        { op: 'eq', field: 'aldersgrupp', value: '80+' },
      ],
    },
    population: { ageBands: ['80+'] },
    per: 1_000,
  }),
  testDefinition('test-uk-dagar', 'days', {
    kind: 'mean',
    dataset: 'utskrivningsklara',
    periodField: 'utskrivningsdatum',
    value: { daysBetween: ['utskrivningsklar_datum', 'utskrivningsdatum'] },
    where: [
      { op: 'isNull', field: 'utskrivningsdatum', value: false },
      { op: 'isNull', field: 'utskrivningsklar_datum', value: false },
      { op: 'daysBetween', from: 'utskrivningsklar_datum', to: 'utskrivningsdatum', min: 1 },
    ],
  }),
  testDefinition('test-hemtjanst-80', 'percent', { kind: 'kolada', kpi: 'N21704' }, 1),
  testDefinition('test-enkat', 'percent', { kind: 'survey', dimension: 'helhetsintryck' }, 30),
];
const ids = definitions.map((d) => d.id);

// --- Files -------------------------------------------------------------------------------------------------------

/** Contacts that must count nowhere in test-bedomning: no care guarantee, or no medical assessment. */
function outsideDenominator(kommun: string, date: string): string[] {
  return [
    ...Array.from({ length: 5 }, () => `${nextContactId()};VC;${kommun};K;65-79;${date};${date};lakare;fysiskt;N;J`),
    ...Array.from({ length: 4 }, () => `${nextContactId()};VC;${kommun};K;65-79;${date};${date};lakare;fysiskt;J;N`),
  ];
}
/** Home visits (not in test-bedomning's denominator: no care guarantee). */
function homeVisits(kommun: string, kon: 'K' | 'M', date: string, count: number, ageBand = '80+'): string[] {
  return Array.from({ length: count }, () => `${nextContactId()};VC;${kommun};${kon};${ageBand};${date};${date};sjukskoterska;hembesok;N;N`);
}

const contactsFile = [
  contactsHeader,
  ...assessedContacts('1488', 'K', '2026-01-15', 30, 24),
  ...assessedContacts('1488', 'M', '2026-01-20', 25, 20),
  ...assessedContacts('1485', 'K', '2026-01-12', 12, 9),
  ...assessedContacts('1485', 'M', '2026-01-13', 10, 5),
  // Vänersborg, in Fyrbodal too: small as well, so that Uddevalla's hidden counts are not the sub-region's minus
  // Trollhättan's.
  ...assessedContacts('1487', 'K', '2026-01-14', 8, 5),
  ...assessedContacts('1487', 'M', '2026-01-14', 15, 10),
  ...assessedContacts('1480', 'K', '2026-01-07', 40, 30),
  ...assessedContacts('1480', 'M', '2026-01-31', 40, 36),
  ...assessedContacts('1488', 'K', '2026-02-10', 20, 10),
  ...assessedContacts('1488', 'K', '2026-03-10', 10, 10),
  ...outsideDenominator('1488', '2026-01-16'),
  ...homeVisits('1488', 'K', '2026-01-05', 3),
  ...homeVisits('1488', 'M', '2026-01-06', 1),
  ...homeVisits('1488', 'K', '2026-02-05', 2),
  ...homeVisits('1488', 'K', '2026-03-05', 4),
  ...homeVisits('1488', 'M', '2026-03-06', 2),
  ...homeVisits('1488', 'K', '2026-03-07', 1, '65-79'), // not 80+
  ...homeVisits('1480', 'M', '2026-02-01', 5),
].join('\n');

const populationFile = [
  'ar;kommun;kon;aldersgrupp;antal',
  '2026;1488;K;80+;1200',
  '2026;1488;M;80+;800',
  '2026;1488;K;65-79;3000', // another age band: not in the denominator
  '2026;1485;K;80+;1000',
  '2026;1485;M;80+;700',
  '2026;1487;K;80+;900',
  '2026;1487;M;80+;600',
  '2026;1480;K;80+;10000',
  '2026;1480;M;80+;7000',
  '2025;1488;K;80+;1100', // another year
].join('\n');

/** Days as discharge-ready in January 2026, Göteborg (all K) and Trollhättan (M). */
const goteborgDays = [...Array.from({ length: 24 }, (_, i) => (i % 5) + 1), 10];
const goteborgMenDays = Array.from({ length: 20 }, (_, i) => (i % 4) + 2);
const trollhattanDays = [2, 3, 4, 5, 6];
/** Small too, in two more sub-regions' municipalities: Trollhättan's men are not the county's men minus Göteborg's. */
const vanersborgDays = [1, 7, 2, 3];
const borasDays = [4, 4, 9];
let episodeId = 0;
function episode(kommun: string, kon: 'K' | 'M', days: number | null, discharged: string | null, admitted = '2026-01-02'): string {
  const ready = discharged === null || days === null ? '' : isoDay(discharged, -days);
  return `u${++episodeId};${kommun};${kon};80+;${admitted};;${ready};${discharged ?? ''};J;;;`;
}
const episodesFile = [
  'vardtillfalle_id;kommun;kon;aldersgrupp;inskrivningsdatum;inskrivningsmeddelande_tid;utskrivningsklar_datum;utskrivningsdatum;behov_av_insatser;fast_vardkontakt;sip_datum;aterinskriven_30d',
  // The last one was admitted in December: the discharge date decides the month.
  ...goteborgDays.slice(0, -1).map((days, i) => episode('1480', 'K', days, isoDay('2026-01-10', i % 20))),
  episode('1480', 'K', goteborgDays.at(-1)!, '2026-01-03', '2025-12-20'),
  ...goteborgMenDays.map((days) => episode('1480', 'M', days, '2026-01-21')),
  ...trollhattanDays.map((days) => episode('1488', 'M', days, '2026-01-20')),
  ...vanersborgDays.map((days) => episode('1487', 'M', days, '2026-01-22')),
  ...borasDays.map((days) => episode('1490', 'M', days, '2026-01-23')),
  episode('1480', 'K', 0, '2026-01-15'), // discharged the day judged ready: not included
  episode('1480', 'K', null, null), // not discharged yet
].join('\n');

const koladaFile = [
  'kpi;kommun;ar;kon;varde',
  'N21704;1480;2025;T;12,5',
  'N21704;1480;2025;K;14.0',
  'N21704;1480;2025;M;..',
  'N21704;1488;2025;T;-',
  'N21704;1485;2025;T;.',
  'N21704;0014;2025;T;11,2',
  'U21401;1480;2025;T;15',
].join('\n');

// --- Setup -------------------------------------------------------------------------------------------------------

let db: TestDatabase;
const batches: Record<string, string> = {};

async function importFile(name: string, dataset: Dataset, text: string): Promise<void> {
  const result = await runImport({
    sql: db.sql,
    embedded: db.backend === 'pglite',
    dataset,
    input: Readable.from([Buffer.from(`${text}\n`)]),
    fileName: `${name}.csv`,
    policy: 'all_or_nothing',
    actor: cliActor,
  });
  expect(result, name).toMatchObject({ status: 'published', rowsRejected: 0 });
  batches[name] = result.batchId;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await migrate(db.sql);
  await seedOrgUnits(db.sql, await readVgrOrgUnits());
  await seedIndicatorDefinitions(db.sql, definitions);
  await importFile('contacts', pvKontakter, contactsFile);
  await importFile('population', befolkning, populationFile);
  await importFile('episodes', utskrivningsklara, episodesFile);
  await importFile('kolada', kolada, koladaFile);
});
afterAll(async () => {
  await db.drop();
});

interface StoredRow extends StoredNumbers {
  definitionVersion: number;
  batchIds: string[];
}

async function stored(indicator: string, orgUnit: string, periodType: string, period: string, sex: string) {
  const [row] = await db.sql<StoredRow[]>`
    select numerator::float8 as numerator, denominator::float8 as denominator, sum_squares::float8 as "sumSquares",
      value, ci_low as "ciLow", ci_high as "ciHigh", ci_low_998 as "ciLow998", ci_high_998 as "ciHigh998",
      suppressed, missing_reason as "missingReason", definition_version as "definitionVersion", batch_ids::text[] as "batchIds"
    from indicator_value
    where indicator_id = ${indicator} and org_unit = ${orgUnit} and period_type = ${periodType}
      and period = ${period} and sex = ${sex}`;
  return row;
}

/** Wilson's interval in percent, written out here rather than taken from the module under test. */
function wilson(x: number, n: number, z: number): [number, number] {
  const centre = 2 * x + z * z;
  const half = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
  return [(100 * (centre - half)) / (2 * (n + z * z)), (100 * (centre + half)) / (2 * (n + z * z))];
}
const z95 = 1.959963984540054;
const z998 = 3.090232306167813;

function expectProportion(row: StoredRow | undefined, x: number, n: number) {
  expect(row, `${x}/${n}`).toBeDefined();
  expect([row!.numerator, row!.denominator, row!.suppressed, row!.missingReason]).toEqual([x, n, false, null]);
  expect(row!.value).toBeCloseTo((100 * x) / n, 10);
  const [low, high] = wilson(x, n, z95);
  const [low998, high998] = wilson(x, n, z998);
  expect(row!.ciLow).toBeCloseTo(low, 8);
  expect(row!.ciHigh).toBeCloseTo(high, 8);
  expect(row!.ciLow998).toBeCloseTo(low998, 8);
  expect(row!.ciHigh998).toBeCloseTo(high998, 8);
}

const suppressedRow = {
  numerator: null,
  denominator: null,
  sumSquares: null,
  value: null,
  ciLow: null,
  ciHigh: null,
  ciLow998: null,
  ciHigh998: null,
  suppressed: true,
  missingReason: 'suppressed',
};

describe('recompute', () => {
  let results: Awaited<ReturnType<typeof recompute>>;
  beforeAll(async () => {
    results = await recompute(db.sql, { indicators: ids });
  });

  it('reports every indicator, and the survey indicator as without data', () => {
    expect(results.map((r) => [r.indicatorId, r.status])).toEqual([
      ['test-bedomning', 'computed'],
      ['test-enkat', 'no_data'],
      ['test-hembesok-80', 'computed'],
      ['test-hemtjanst-80', 'computed'],
      ['test-uk-dagar', 'computed'],
    ]);
    expect(results.find((r) => r.indicatorId === 'test-enkat')).toMatchObject({ values: 0, note: 'saknar data: inga enkätsvar i dimensionen eller på frågan helhetsintryck' });
    for (const r of results.filter((r) => r.status === 'computed')) expect(r.values, r.indicatorId).toBeGreaterThan(0);
  });

  describe('a proportion (Wilson)', () => {
    it('counts a municipality’s month by sex and in total', async () => {
      expectProportion(await stored('test-bedomning', '1488', 'month', '2026-01', 'K'), 24, 30);
      expectProportion(await stored('test-bedomning', '1488', 'month', '2026-01', 'M'), 20, 25);
      expectProportion(await stored('test-bedomning', '1488', 'month', '2026-01', 'T'), 44, 55);
    });

    it('sums the municipalities of a sub-region and of the county', async () => {
      expectProportion(await stored('test-bedomning', 'FYRBODAL', 'month', '2026-01', 'K'), 24 + 9 + 5, 30 + 12 + 8);
      expectProportion(await stored('test-bedomning', 'FYRBODAL', 'month', '2026-01', 'T'), 44 + 14 + 15, 55 + 22 + 23);
      expectProportion(await stored('test-bedomning', 'GR', 'month', '2026-01', 'T'), 66, 80);
      expectProportion(await stored('test-bedomning', '14', 'month', '2026-01', 'K'), 24 + 9 + 5 + 30, 30 + 12 + 8 + 40);
      expectProportion(await stored('test-bedomning', '14', 'month', '2026-01', 'M'), 20 + 5 + 10 + 36, 25 + 10 + 15 + 40);
      expectProportion(await stored('test-bedomning', '14', 'month', '2026-01', 'T'), 139, 180);
    });

    it('sums the months of a quarter and of the year so far', async () => {
      expectProportion(await stored('test-bedomning', '1488', 'quarter', '2026-Q1', 'K'), 24 + 10 + 10, 30 + 20 + 10);
      expectProportion(await stored('test-bedomning', '1488', 'year', '2026', 'K'), 44, 60);
      expectProportion(await stored('test-bedomning', '14', 'quarter', '2026-Q1', 'T'), 139 + 10 + 10, 180 + 20 + 10);
      expect(await stored('test-bedomning', '1488', 'rolling_12', '2026-03', 'K')).toBeUndefined();
    });

    it('suppresses a denominator under 20 and publishes the sum it is part of', async () => {
      expect(await stored('test-bedomning', '1485', 'month', '2026-01', 'K')).toMatchObject(suppressedRow);
      expect(await stored('test-bedomning', '1485', 'month', '2026-01', 'M')).toMatchObject(suppressedRow);
      expect(await stored('test-bedomning', '1488', 'month', '2026-03', 'K')).toMatchObject(suppressedRow);
      expectProportion(await stored('test-bedomning', '1485', 'month', '2026-01', 'T'), 14, 22);
    });

    it('keeps the definition version and the import batch as lineage', async () => {
      expect(await stored('test-bedomning', '1488', 'month', '2026-01', 'T')).toMatchObject({
        definitionVersion: 1,
        batchIds: [batches.contacts],
      });
    });
  });

  describe('complementary suppression', () => {
    it('hides the next-smallest month when one month alone is hidden in a published quarter', async () => {
      // Trollhättan's women: January 30, February 20, March 10 (hidden). Q1 − January − February would give March.
      expect(await stored('test-bedomning', '1488', 'month', '2026-03', 'K')).toMatchObject(suppressedRow);
      expect(await stored('test-bedomning', '1488', 'month', '2026-02', 'K')).toMatchObject(suppressedRow);
      expectProportion(await stored('test-bedomning', '1488', 'month', '2026-01', 'K'), 24, 30);
    });

    it('hides a total that is the hidden part itself, and the totals above it', async () => {
      // February has women in Trollhättan only: the total of both sexes, Fyrbodal and the county are that count.
      for (const unit of ['1488', 'FYRBODAL', '14']) {
        expect(await stored('test-bedomning', unit, 'month', '2026-02', 'T'), unit).toMatchObject(suppressedRow);
      }
    });

    it('leaves nothing to recover by subtraction in any indicator', async () => {
      const report = await subtractionAttack(db.sql, ids);
      expect(report.recovered).toEqual([]);
      expect(report.suppressed).toBeGreaterThan(20);
      expect(report.equationsWithHiddenCells).toBeGreaterThan(50);
    });
  });

  describe('a rate per 1 000 inhabitants', () => {
    async function expectRate(orgUnit: string, periodType: string, period: string, sex: string, x: number, population: number) {
      const row = await stored('test-hembesok-80', orgUnit, periodType, period, sex);
      expect([row?.numerator, row?.denominator, row?.missingReason]).toEqual([x, population, null]);
      expect(row?.value).toBeCloseTo((1000 * x) / population, 10);
      const at95 = rateEstimate({ numerator: x, denominator: population, perUnit: 1000 }, 0.95);
      const at998 = rateEstimate({ numerator: x, denominator: population, perUnit: 1000 }, 0.998);
      expect([row?.ciLow, row?.ciHigh, row?.ciLow998, row?.ciHigh998]).toEqual([at95.lower, at95.upper, at998.lower, at998.upper]);
    }

    it('divides a month’s home visits 80+ by that year’s population 80+ of the same sex', async () => {
      await expectRate('1488', 'month', '2026-01', 'K', 3, 1200);
      await expectRate('1488', 'month', '2026-01', 'T', 4, 2000);
      await expectRate('1480', 'month', '2026-02', 'M', 5, 7000);
    });

    it('gives a municipality with inhabitants but no visits a rate of 0, not a gap', async () => {
      await expectRate('1485', 'month', '2026-01', 'T', 0, 1700);
      await expectRate('1480', 'month', '2026-01', 'T', 0, 17000);
    });

    it('takes a quarter’s population once and sums it over municipalities', async () => {
      await expectRate('1488', 'quarter', '2026-Q1', 'K', 3 + 2 + 4, 1200);
      await expectRate('1488', 'quarter', '2026-Q1', 'T', 12, 2000);
      await expectRate('FYRBODAL', 'quarter', '2026-Q1', 'T', 12, 2000 + 1700 + 1500);
      await expectRate('14', 'quarter', '2026-Q1', 'T', 17, 2000 + 1700 + 1500 + 17000);
    });

    it('has no value for a year that is not complete', async () => {
      expect(await stored('test-hembesok-80', '1488', 'year', '2026', 'T')).toBeUndefined();
    });

    it('names the population’s import batch in the lineage too', async () => {
      const row = await stored('test-hembesok-80', '1488', 'month', '2026-01', 'T');
      expect(row?.batchIds).toEqual([batches.contacts, batches.population]);
    });
  });

  describe('a mean (Student t)', () => {
    const sums = (days: number[]) => ({
      n: days.length,
      sum: days.reduce((a, b) => a + b, 0),
      sumOfSquares: days.reduce((a, b) => a + b * b, 0),
    });

    async function expectMean(orgUnit: string, sex: string, days: number[]) {
      const row = await stored('test-uk-dagar', orgUnit, 'month', '2026-01', sex);
      const { n, sum, sumOfSquares } = sums(days);
      expect([row?.numerator, row?.denominator, row?.sumSquares, row?.suppressed]).toEqual([sum, n, sumOfSquares, false]);
      expect(row?.value).toBeCloseTo(sum / n, 12);
      const at95 = meanEstimate({ n, sum, sumOfSquares }, 0.95);
      const at998 = meanEstimate({ n, sum, sumOfSquares }, 0.998);
      expect([row?.ciLow, row?.ciHigh, row?.ciLow998, row?.ciHigh998]).toEqual([at95.lower, at95.upper, at998.lower, at998.upper]);
      // Student's t by hand for the 95 % interval: t(0.975; 24) = 2.0638985616280205.
      if (n === 25) {
        const s = Math.sqrt((sumOfSquares - (sum * sum) / n) / (n - 1));
        expect(row?.ciHigh).toBeCloseTo(sum / n + (2.0638985616280205 * s) / Math.sqrt(n), 9);
      }
    }

    it('averages the days of the episodes discharged in the month, by the discharge date', async () => {
      await expectMean('1480', 'K', goteborgDays);
      await expectMean('1480', 'M', goteborgMenDays);
      await expectMean('1480', 'T', [...goteborgDays, ...goteborgMenDays]);
    });

    it('suppresses five episodes, and adds their n, sum and squares into the county', async () => {
      expect(await stored('test-uk-dagar', '1488', 'month', '2026-01', 'M')).toMatchObject(suppressedRow);
      await expectMean('14', 'T', [...goteborgDays, ...goteborgMenDays, ...trollhattanDays, ...vanersborgDays, ...borasDays]);
    });
  });

  describe('Kolada, as published', () => {
    it('takes the value per municipality, county, year and sex, with Kolada’s reasons for missing ones', async () => {
      const rows = await db.sql`
        select org_unit, period_type, period, sex, value, numerator, ci_low, suppressed, missing_reason, batch_ids::text[] as batch_ids
        from indicator_value where indicator_id = 'test-hemtjanst-80' order by org_unit, sex`;
      const fields = { period_type: 'year', period: '2025', numerator: null, ci_low: null, batch_ids: [batches.kolada] };
      expect(rows).toEqual([
        { org_unit: '14', sex: 'T', value: 11.2, suppressed: false, missing_reason: null, ...fields },
        { org_unit: '1480', sex: 'K', value: 14, suppressed: false, missing_reason: null, ...fields },
        { org_unit: '1480', sex: 'M', value: null, suppressed: true, missing_reason: 'suppressed', ...fields },
        { org_unit: '1480', sex: 'T', value: 12.5, suppressed: false, missing_reason: null, ...fields },
        { org_unit: '1485', sex: 'T', value: null, suppressed: false, missing_reason: 'not_applicable', ...fields },
        { org_unit: '1488', sex: 'T', value: null, suppressed: false, missing_reason: 'missing', ...fields },
      ]);
    });
  });

  it('writes the same rows again when run again (idempotent)', async () => {
    const snapshot = () => db.sql`
      select indicator_id, definition_version, org_unit, period_type, period, sex, numerator, denominator, sum_squares,
        value, ci_low, ci_high, ci_low_998, ci_high_998, suppressed, missing_reason, batch_ids::text[] as batch_ids
      from indicator_value order by indicator_id, org_unit, period_type, period, sex`;
    const before = await snapshot();
    const again = await recompute(db.sql, { indicators: ids });
    const after = await snapshot();
    expect(after).toHaveLength(before.length);
    expect(after).toEqual(before);
    expect(again.map((r) => r.values)).toEqual(results.map((r) => r.values));
    expect(again.map((r) => r.written)).toEqual(again.map(() => 0));
    expect(before.length).toBe(results.reduce((sum, r) => sum + r.values, 0));
  });

  it('recomputes one indicator, writes only the cells a new month reaches and leaves the others alone', async () => {
    const computedAt = (id: string, where = db.sql``) => db.sql<{ at: Date }[]>`
      select max(computed_at) as at from indicator_value where indicator_id = ${id} ${where}`.then(([row]) => row?.at);
    const othersBefore = await computedAt('test-uk-dagar');
    const januaryBefore = await computedAt('test-bedomning', db.sql`and period = '2026-01'`);
    const valuesBefore = (await recompute(db.sql, { indicators: ['test-bedomning'] }))[0]!.values;
    // April in Göteborg: a month, a quarter, a year and the sums above them that did not exist or change.
    await importFile('april', pvKontakter, [contactsHeader, ...assessedContacts('1480', 'K', '2026-04-08', 25, 20)].join('\n'));
    const [result] = await recompute(db.sql, { indicators: ['test-bedomning'] });
    expect(result).toMatchObject({ indicatorId: 'test-bedomning', status: 'computed' });
    expectProportion(await stored('test-bedomning', '1480', 'month', '2026-04', 'K'), 20, 25);
    expectProportion(await stored('test-bedomning', '1480', 'year', '2026', 'K'), 30 + 20, 40 + 25);
    // Written: the new cells (April and Q2 for K and T of Göteborg, GR and the county: 2 × 2 × 3 × 2 = 24 … and
    // the year's sums that changed), never January's.
    expect(result!.values).toBeGreaterThan(valuesBefore);
    expect(result!.written).toBeGreaterThanOrEqual(result!.values - valuesBefore);
    expect(result!.written).toBeLessThan(valuesBefore / 2);
    expect(await computedAt('test-bedomning', db.sql`and period = '2026-01'`)).toEqual(januaryBefore);
    expect(await computedAt('test-uk-dagar')).toEqual(othersBefore);
    // And again: the same values, nothing written.
    expect((await recompute(db.sql, { indicators: ['test-bedomning'] }))[0]!.written).toBe(0);
  });

  it('names the batch each period’s rows came from: a corrected month its own, the quarter both', async () => {
    // February again, every row of it (a file replaces its months), with the same counts.
    const february = [
      contactsHeader,
      ...assessedContacts('1488', 'K', '2026-02-10', 20, 10),
      ...homeVisits('1488', 'K', '2026-02-05', 2),
      ...homeVisits('1480', 'M', '2026-02-01', 5),
    ];
    await importFile('february', pvKontakter, february.join('\n'));
    await recompute(db.sql, { indicators: ['test-bedomning'] });
    const lineage = async (orgUnit: string, periodType: string, period: string, sex = 'K') =>
      (await stored('test-bedomning', orgUnit, periodType, period, sex))?.batchIds;
    expect(await lineage('1488', 'month', '2026-01')).toEqual([batches.contacts]);
    expect(await lineage('1488', 'month', '2026-02')).toEqual([batches.february]);
    expect(await lineage('1488', 'quarter', '2026-Q1')).toEqual([batches.contacts, batches.february]);
    expect(await lineage('1480', 'month', '2026-04')).toEqual([batches.april]);
    expect(await lineage('14', 'year', '2026', 'T')).toEqual([batches.contacts, batches.april, batches.february]);
    expectProportion(await stored('test-bedomning', '1488', 'quarter', '2026-Q1', 'K'), 24 + 10 + 10, 30 + 20 + 10);
  });

  it('refuses an unknown indicator, naming it', async () => {
    await expect(recompute(db.sql, { indicators: ['finns-inte'] })).rejects.toThrow(/^Okänd indikator finns-inte; kända indikatorer: /);
  });
});

describe('samsyn recompute', () => {
  async function samsyn(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), env: { ...db.env } };
    return { code: await runCli(args, io), out, err };
  }

  it('prints the number of values and changes per indicator, and the time', async () => {
    const run = await samsyn(['recompute', '--indicator', 'test-bedomning', '--indicator', 'test-enkat']);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(4);
    expect(run.out[0]).toBe('Räknar om indikatorvärdena …');
    expect(run.out[1]).toMatch(/^test-bedomning \(version 1\): \d[\d\s]* värden, 0 ändrade$/);
    expect(run.out[2]).toBe('test-enkat (version 1): saknar data: inga enkätsvar i dimensionen eller på frågan helhetsintryck');
    expect(run.out[3]).toMatch(/^Klart: \d[\d\s]* värden för 2 indikatorer, 0 ändrade, på \d+,\d\d s\.$/);
  });

  it('says which indicator it does not know', async () => {
    const run = await samsyn(['recompute', '--indicator', 'finns-inte']);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^Fel: Okänd indikator finns-inte; kända indikatorer: .*test-bedomning/);
  });
});
