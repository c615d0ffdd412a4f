import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogue, proportionTrend } from '@samsyn/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.ts';
import { importDemo } from '../demo/import-demo.ts';
import { generateSurveyResponses } from '../demo/surveys.ts';
import { updateSurveyValues } from '../surveys/values.ts';
import type { Hono } from 'hono';
import { createSeededTestApp, postGraphQL } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { subtractionAttack } from '../testing/subtraction-attack.ts';
import { updatePendingValues, type ValuesUpdate } from './after-import.ts';

/**
 * The whole catalogue over the demo data (two years at 5 % of the volume, so that many cells are small), imported
 * through the pipeline and computed as after any import, and a year of survey responses at half the demo's volume
 * sent through the survey's submission path: every indicator at every level, and nothing a suppressed cell hides can
 * be recovered by subtraction.
 */
let db: TestDatabase;
let app: Hono;
let dir: string;
let update: ValuesUpdate;
let surveyResponses: number;
const today = new Date('2026-07-10T10:00:00Z');

beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  dir = await mkdtemp(join(tmpdir(), 'samsyn-demo-values-'));
  await generateDemo({ months: 24, scale: 0.05, seed: 11, dir, today });
  await importDemo({ sql: db.sql, embedded: db.backend === 'pglite', dir });
  update = await updatePendingValues(db.sql);
  surveyResponses = (await generateSurveyResponses({ sql: db.sql, months: 12, scale: 0.5, seed: 11, today })).responses;
  await updateSurveyValues(db.sql);
}, 300_000);
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('the demo data through the engine', () => {
  it('brings every published batch up to date, and a second update finds nothing to do', async () => {
    const [pending] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from import_batch where status = 'published' and values_updated_at is null`;
    expect(pending!.n).toBe(0);
    expect(update.batchIds.length).toBeGreaterThan(5);
    expect((await updatePendingValues(db.sql)).batchIds).toEqual([]);
  });

  it('computes every indicator from rows at every level and period type, Kolada’s per year, the survey’s per quarter and year', async () => {
    const coverage = await db.sql<{ id: string; kind: string; periodType: string; n: number }[]>`
      select v.indicator_id as id, o.kind, v.period_type as "periodType", count(*)::int as n
      from indicator_value v join org_unit o on o.code = v.org_unit
      group by 1, 2, 3`;
    const has = (id: string, kind: string, periodType: string) => coverage.some((c) => c.id === id && c.kind === kind && c.periodType === periodType);
    for (const definition of catalogue) {
      const kind = definition.computation.kind;
      if (kind === 'survey') {
        for (const level of ['municipality', 'subregion', 'county']) {
          for (const periodType of ['quarter', 'year']) {
            expect(has(definition.id, level, periodType), `${definition.id} ${level} ${periodType}`).toBe(true);
          }
        }
      } else if (kind === 'kolada') {
        expect(has(definition.id, 'municipality', 'year') && has(definition.id, 'county', 'year'), definition.id).toBe(true);
      } else {
        for (const level of ['municipality', 'subregion', 'county']) {
          for (const periodType of ['month', 'quarter', 'year', 'rolling_12']) {
            expect(has(definition.id, level, periodType), `${definition.id} ${level} ${periodType}`).toBe(true);
          }
        }
      }
    }
  });

  it('computes the share of positive survey answers with a Wilson interval, publishing only cells of 30 respondents or more', async () => {
    expect(surveyResponses).toBeGreaterThan(1000);
    const [municipalities] = await db.sql<{ n: number }[]>`select count(distinct kommun)::int as n from survey_response`;
    expect(municipalities!.n).toBeGreaterThanOrEqual(45);
    // The county's largest quarter, counted by hand: positive among positive and negative answers in the dimension.
    const [quarter] = await db.sql<{ period: string }[]>`
      select period from indicator_value where indicator_id = 'pe-helhetsintryck' and org_unit = '14' and period_type = 'quarter'
      order by denominator desc nulls last limit 1`;
    const [year, q] = quarter!.period.split('-Q').map(Number) as [number, number];
    const [counted] = await db.sql<{ positive: number; valid: number }[]>`
      select count(*) filter (where valuation = 'positive')::int as positive, count(*)::int as valid from survey_answer
      where dimension = 'helhetsintryck' and valuation in ('positive', 'negative')
        and extract(year from week) = ${year} and extract(quarter from week) = ${q}`;
    const [stored] = await db.sql<{ numerator: number; denominator: number; value: number; ciLow: number; ciHigh: number }[]>`
      select numerator::float8 as numerator, denominator::float8 as denominator, value, ci_low as "ciLow", ci_high as "ciHigh"
      from indicator_value
      where indicator_id = 'pe-helhetsintryck' and org_unit = '14' and period_type = 'quarter' and period = ${quarter!.period} and sex = 'T'`;
    expect([stored!.numerator, stored!.denominator]).toEqual([counted!.positive, counted!.valid]);
    expect(stored!.value).toBeCloseTo((100 * counted!.positive) / counted!.valid, 10);
    expect(stored!.ciLow).toBeLessThan(stored!.value);
    expect(stored!.ciHigh).toBeGreaterThan(stored!.value);

    // Judged on respondents, not answers: every published municipality quarter has 30 people behind it, and a
    // quarter with fewer people but more than 30 answers (three questions each) is suppressed.
    const cells = await db.sql<{ kommun: string; period: string; respondents: number; valid: number; suppressed: boolean }[]>`
      with counts as (
        select kommun, extract(year from week) || '-Q' || extract(quarter from week) as period,
          count(distinct response_id)::int as respondents, count(*)::int as valid
        from survey_answer where dimension = 'helhetsintryck' and valuation in ('positive', 'negative') group by 1, 2
      )
      select c.kommun, c.period, c.respondents, c.valid, v.suppressed
      from counts c join indicator_value v on v.indicator_id = 'pe-helhetsintryck' and v.org_unit = c.kommun
        and v.period_type = 'quarter' and v.period = c.period and v.sex = 'T'`;
    expect(cells.filter((c) => !c.suppressed && c.respondents < 30)).toEqual([]);
    expect(cells.some((c) => !c.suppressed)).toBe(true);
    expect(cells.some((c) => c.suppressed && c.respondents < 30 && c.valid >= 30)).toBe(true);

    // The post-discharge question is an indicator of its own, by its key.
    const [safe] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from indicator_value where indicator_id = 'pe-trygg-hemgang' and not suppressed and value is not null`;
    expect(safe!.n).toBeGreaterThan(0);
  });

  it('suppresses small cells, and the subtraction attack recovers none of them, in any indicator', async () => {
    const report = await subtractionAttack(
      db.sql,
      catalogue.map((d) => d.id),
    );
    expect(report.recovered.slice(0, 5)).toEqual([]);
    expect(report.suppressed).toBeGreaterThan(1000);
    expect(report.equationsWithHiddenCells).toBeGreaterThan(1000);
  });

  it('judges the trend of the county’s quarters by Cochran–Armitage over the five quarters ending with each', async () => {
    const quarters = await db.sql<{ numerator: number; denominator: number; trend: string | null; chiSquare: number | null }[]>`
      select numerator::float8 as numerator, denominator::float8 as denominator, trend, trend_chi_square as "chiSquare"
      from indicator_value
      where org_unit = '14' and period_type = 'quarter' and sex = 'T' and indicator_id = 'pv-bedomning-3d'
      order by period`;
    // Eight quarters: the first four have no five quarters behind them.
    expect(quarters).toHaveLength(8);
    expect(quarters.slice(0, 4).every((q) => q.trend === null && q.chiSquare === null)).toBe(true);
    const polarity = catalogue.find((d) => d.id === 'pv-bedomning-3d')!.polarity;
    for (let end = 4; end < quarters.length; end++) {
      const expected = proportionTrend(quarters.slice(end - 4, end + 1), polarity);
      expect([quarters[end]!.trend, quarters[end]!.chiSquare]).toEqual([expected.trend, expected.chiSquare]);
    }
  });

  it('serves the trend through GraphQL: direction, significance at 99.8 % and the statistic', async () => {
    const { body } = await postGraphQL<{ indicatorValues: { period: string; trend: { direction: string; significant: boolean; chiSquare: number } | null }[] }>(
      app,
      `{ indicatorValues(indicatorId: "pv-bedomning-3d", orgUnits: ["14"], periodType: QUARTER) {
          period trend { direction significant chiSquare } } }`,
    );
    expect(body.errors).toBeUndefined();
    const values = body.data!.indicatorValues;
    expect(values.slice(0, 4).map((v) => v.trend)).toEqual([null, null, null, null]);
    for (const { trend } of values.slice(4)) {
      expect(['IMPROVING', 'WORSENING', 'NO_SIGNIFICANT_CHANGE']).toContain(trend!.direction);
      expect(trend!.significant).toBe(trend!.chiSquare > 9.5495);
      expect(trend!.significant).toBe(trend!.direction !== 'NO_SIGNIFICANT_CHANGE');
    }
  });
});
