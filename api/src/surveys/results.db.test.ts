import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp, postGraphQL } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { submitSurveyResultsFixture } from '../testing/survey-results.ts';
import { createTestUser, sessionCookieFor } from '../testing/users.ts';
import { masks } from './mask.ts';
import { surveyFreeText, surveyResults, type SurveyResultCell } from './results.ts';

/**
 * The results of a questionnaire as editors and politicians see them: shares of positive answers with Wilson
 * intervals per question and dimension, unit and quarter; fewer than 30 respondents suppressed, and what would give
 * a suppressed cell away suppressed too; free text only where enough people answered, masked as stored. The
 * responses are those of `submitSurveyResultsFixture` (Göteborg 40 + a care unit 12, Mölndal 35, Kungälv 10).
 */

let db: TestDatabase;
let app: Hono;
let questionnaireId: string;
let countyEditor: string;
let gothenburgEditor: string;
let reviewer: string;

beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  questionnaireId = await submitSurveyResultsFixture(db.sql);
  const cookie = async (email: string, role: 'editor' | 'reviewer', orgUnitCode: string) =>
    sessionCookieFor(db.sql, (await createTestUser(db.sql, email, { role, orgUnitCode })).id);
  countyEditor = await cookie('lan@example.se', 'editor', '14');
  gothenburgEditor = await cookie('gbg@example.se', 'editor', '1480');
  reviewer = await cookie('politiker@example.se', 'reviewer', '14');
});
afterAll(async () => {
  await db.drop();
});

const cellOf = (cells: readonly SurveyResultCell[], unit: string, measure: string) => cells.find((c) => c.orgUnitCode === unit && c.measure === measure);
const hidden = { respondents: null, positive: null, valid: null, value: null, ciLow: null, ciHigh: null, suppressed: true };

describe('survey results', () => {
  it('gives the share of positive answers without Vet inte, with its Wilson interval, per question and dimension', async () => {
    const results = await surveyResults(db.sql, { questionnaireId, orgUnitCode: '1480', quarter: '2026-Q1' });
    expect(results).toMatchObject({ title: 'Patientens upplevelse', minRespondents: 30, quarters: ['2026-Q1'] });
    expect(results.units.map((u) => u.code)).toEqual(['1480', 'VC-TEST']);
    // 25 + 5 + 12 positive of 48 valid (the 4 Vet inte left out): 87.5 %.
    const question = cellOf(results.cells, '1480', 'helhetsintryck.hi_helhet')!;
    expect(question).toMatchObject({ respondents: 48, positive: 42, valid: 48, value: 87.5, suppressed: false });
    expect(question.ciLow).toBeCloseTo(75.3, 1);
    expect(question.ciHigh).toBeCloseTo(94.1, 1);
    // The dimension sums its questions' answers, and counts each person once: 40 + 12 people.
    const dimension = cellOf(results.cells, '1480', 'helhetsintryck')!;
    expect(dimension).toMatchObject({ respondents: 52, positive: 62, valid: 80, value: 77.5, suppressed: false });
    expect(cellOf(results.cells, '1480', 'helhetsintryck.hi_hjalp')).toMatchObject({ positive: 20, valid: 32, value: 62.5 });
    expect(results.respondents.find((c) => c.orgUnitCode === '1480')).toEqual({ orgUnitCode: '1480', quarter: '2026-Q1', respondents: 52, suppressed: false });
    // The rows: each dimension, then its scored questions (not the multiple-choice hi_hjalp_svara or free text).
    const rows = results.measures.filter((m) => m.dimension === 'helhetsintryck').map((m) => m.key);
    expect(rows).toEqual(['helhetsintryck', 'helhetsintryck.hi_helhet', 'helhetsintryck.hi_hjalp']);
    expect(results.measures.find((m) => m.key === 'helhetsintryck.hi_helhet')!.text).toMatchObject({ sv: expect.stringMatching(/./), en: expect.stringMatching(/./) });
  });

  it('suppresses fewer than 30 respondents, and what would give them away by subtraction', async () => {
    const region = await surveyResults(db.sql, { questionnaireId, orgUnitCode: 'GR', quarter: '2026-Q1' });
    expect(region.units.map((u) => u.code)).toEqual(['GR', '1480', '1482', '1481']);
    // Göteborgsregionen: 42 + 35 + 0 positive of 48 + 35 + 10.
    expect(cellOf(region.cells, 'GR', 'helhetsintryck.hi_helhet')).toMatchObject({ respondents: 93, positive: 77, valid: 93, suppressed: false });
    // Kungälv has 10 (primary); Mölndal's 35 would give Kungälv away as GR − Göteborg − Mölndal (complementary).
    expect(cellOf(region.cells, '1482', 'helhetsintryck.hi_helhet')).toEqual({ orgUnitCode: '1482', quarter: '2026-Q1', measure: 'helhetsintryck.hi_helhet', ...hidden });
    expect(cellOf(region.cells, '1481', 'helhetsintryck.hi_helhet')).toEqual({ orgUnitCode: '1481', quarter: '2026-Q1', measure: 'helhetsintryck.hi_helhet', ...hidden });
    expect(cellOf(region.cells, '1480', 'helhetsintryck.hi_helhet')).toMatchObject({ suppressed: false, value: 87.5 });
    expect(region.respondents.filter((c) => c.suppressed).map((c) => c.orgUnitCode).sort()).toEqual(['1481', '1482']);
    // The care unit's 12 are hidden; Göteborg is published all the same (its own links are a hidden part of it).
    const gothenburg = await surveyResults(db.sql, { questionnaireId, orgUnitCode: '1480', quarter: '2026-Q1' });
    expect(cellOf(gothenburg.cells, 'VC-TEST', 'helhetsintryck')).toMatchObject(hidden);
    // No suppressed cell can be recovered from the published ones of an equation.
    for (const measure of ['helhetsintryck', 'helhetsintryck.hi_helhet']) {
      const published = region.cells.filter((c) => c.measure === measure && !c.suppressed && c.orgUnitCode !== 'GR');
      const total = cellOf(region.cells, 'GR', measure)!;
      const hiddenParts = region.cells.filter((c) => c.measure === measure && c.suppressed);
      expect(hiddenParts.length === 0 || hiddenParts.length >= 2 || total.suppressed).toBe(true);
      expect(published.every((c) => c.valid! <= total.valid!)).toBe(true);
    }
  });

  it('shows free text only where enough people answered, masked, without telling responses apart', async () => {
    const gothenburg = await surveyFreeText(db.sql, { questionnaireId, orgUnitCode: '1480', quarter: '2026-Q1' });
    expect(gothenburg.published).toBe(true);
    // The care unit's 12 respondents are too few: its text appears nowhere.
    expect(gothenburg.questions).toEqual([
      { question: 'hi_fritext', text: expect.objectContaining({ sv: expect.any(String) }), answers: ['Bra bemötande.', `Ring mig på ${masks.phoneNumber}, tack.`] },
    ]);
    const region = await surveyFreeText(db.sql, { questionnaireId, orgUnitCode: 'GR', quarter: '2026-Q1' });
    expect(region.questions[0]!.answers).toEqual(['Bra bemötande.', 'Mölndals kommentar', `Ring mig på ${masks.phoneNumber}, tack.`]);
    for (const unit of ['1482', 'VC-TEST', '1481']) {
      expect(await surveyFreeText(db.sql, { questionnaireId, orgUnitCode: unit, quarter: '2026-Q1' })).toEqual({ published: false, minRespondents: 30, questions: [] });
    }
    expect(JSON.stringify(region)).not.toContain('070-123');
  });

  it('serves the results to anyone logged in and free text to the unit’s editors, with no response id or date in them', async () => {
    const document = `query ($id: ID!, $unit: String!) {
      surveyResults(questionnaireId: $id, orgUnitCode: $unit) { quarters units { code kind } cells { orgUnitCode quarter measure value suppressed } respondents { orgUnitCode respondents } }
      surveyFreeText(questionnaireId: $id, orgUnitCode: $unit, quarter: "2026-Q1") { published questions { question answers } }
    }`;
    const asEditor = await postGraphQL(app, document, { id: questionnaireId, unit: '1480' }, { cookie: gothenburgEditor });
    expect(asEditor.body.errors).toBeUndefined();
    const body = JSON.stringify(asEditor.body.data);
    expect(asEditor.body.data!.surveyResults).toMatchObject({ quarters: ['2026-Q1'], units: [{ code: '1480', kind: 'MUNICIPALITY' }, { code: 'VC-TEST', kind: 'CARE_UNIT' }] });
    const ids = await db.sql<{ id: string; week: string }[]>`select id::text as id, week::text as week from survey_response`;
    for (const { id, week } of ids) {
      expect(body).not.toContain(id);
      expect(body).not.toContain(week);
    }
    // A politician reads the aggregates; the free text is for the unit's editors only.
    const forReviewer = await postGraphQL(app, `query ($id: ID!) { surveyResults(questionnaireId: $id, orgUnitCode: "14", quarter: "2026-Q1") { cells { value } } }`, { id: questionnaireId }, { cookie: reviewer });
    expect(forReviewer.body.errors).toBeUndefined();
    const text = `query ($id: ID!) { surveyFreeText(questionnaireId: $id, orgUnitCode: "1481", quarter: "2026-Q1") { published } }`;
    expect((await postGraphQL(app, text, { id: questionnaireId }, { cookie: reviewer })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await postGraphQL(app, text, { id: questionnaireId }, { cookie: gothenburgEditor })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await postGraphQL(app, text, { id: questionnaireId }, { cookie: countyEditor })).body.data).toEqual({ surveyFreeText: { published: false } });
  });
});
