import { solveChallenge } from 'altcha-lib/v1';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postDischargeTemplate } from '../../surveys/templates.ts';
import { createSeededTestApp, postGraphQL } from '../../testing/app.ts';
import type { TestDatabase } from '../../testing/database.ts';
import { createTestUser, sessionCookieFor } from '../../testing/users.ts';

/**
 * Surveys through GraphQL: an editor writes, publishes and distributes a questionnaire; a patient answers through
 * the public fields; the editor follows the counts. And the refusals: outdated versions, used codes, too many tries.
 */

let db: TestDatabase;
let app: Hono;
let editor: string;

beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  const user = await createTestUser(db.sql, 'enkatgrupp@example.se', { role: 'editor', orgUnitCode: '14' });
  editor = await sessionCookieFor(db.sql, user.id);
});
afterAll(async () => {
  await db.drop();
});

/** Every test its own address, so that the in-memory limits of one do not reach another. */
let addresses = 0;
const anonymous = () => ({ headers: { 'x-samsyn-client-address': `192.0.2.${++addresses}` } });

const submit = `mutation ($submission: SurveySubmissionInput!) {
  submitSurveyResponse(submission: $submission) { status refusal problems { question code } }
}`;

describe('the editor’s questionnaire, from draft to answers', () => {
  it('creates, publishes, links, generates codes, takes answers and counts them', async () => {
    const created = await postGraphQL(
      app,
      `mutation ($content: JSON!) { createQuestionnaire(key: "hemgang-test", title: "Hemgång", content: $content) { questionnaireId version status } }`,
      { content: postDischargeTemplate.content },
      { cookie: editor },
    );
    const { questionnaireId } = created.body.data!.createQuestionnaire;
    expect(created.body.data!.createQuestionnaire).toMatchObject({ version: 1, status: 'DRAFT' });

    const publish = `mutation ($id: ID!) { publishQuestionnaire(questionnaireId: $id) { version status publishedAt } }`;
    expect((await postGraphQL(app, publish, { id: questionnaireId }, { cookie: editor })).body.data!.publishQuestionnaire).toMatchObject({
      version: 1,
      status: 'PUBLISHED',
    });

    const link = await postGraphQL(
      app,
      `mutation ($id: ID!) { createSurveyLink(questionnaireId: $id, orgUnitCode: "1490") { slug path } }`,
      { id: questionnaireId },
      { cookie: editor },
    );
    const { slug, path } = link.body.data!.createSurveyLink;
    expect(slug).toMatch(/^boras-[0-9a-f]{8}$/);
    expect(path).toBe(`/enkat/${slug}`);

    const form = await postGraphQL(app, `query ($slug: String) { surveyForm(slug: $slug) { form { version unitName content } refusal } }`, { slug }, anonymous());
    expect(form.body.data!.surveyForm).toMatchObject({ form: { version: 1, unitName: 'Borås' }, refusal: null });

    const answered = await postGraphQL(
      app,
      submit,
      { submission: { slug, version: 1, answers: [{ question: 'trygg_hemgang', values: ['ja'] }] } },
      anonymous(),
    );
    expect(answered.body.data!.submitSurveyResponse).toEqual({ status: 'STORED', refusal: null, problems: [] });

    const codes = await postGraphQL(
      app,
      `mutation ($input: SurveyCodeBatchInput!) { generateSurveyCodes(input: $input) { codes } }`,
      { input: { questionnaireId, orgUnitCode: '1490', periodStart: '2026-03-01', periodEnd: '2026-03-31', count: 3 } },
      { cookie: editor },
    );
    const [code] = codes.body.data!.generateSurveyCodes.codes as string[];
    const withCode = { submission: { code, version: 1, answers: [{ question: 'trygg_hemgang', values: ['nej'] }] } };
    expect((await postGraphQL(app, submit, withCode, anonymous())).body.data!.submitSurveyResponse.status).toBe('STORED');
    expect((await postGraphQL(app, submit, withCode, anonymous())).body.data!.submitSurveyResponse).toEqual({
      status: 'REFUSED',
      refusal: 'USED_CODE',
      problems: [],
    });

    const counts = await postGraphQL(
      app,
      `query ($id: ID!) { surveyResponseCounts(questionnaireId: $id, orgUnitCode: "SJUHARAD", period: QUARTER) { orgUnitCode unitName period responses } }`,
      { id: questionnaireId },
      { cookie: editor },
    );
    expect(counts.body.data!.surveyResponseCounts).toEqual([
      { orgUnitCode: '1490', unitName: 'Borås', period: expect.stringMatching(/^\d{4}-(01|04|07|10)-01$/), responses: 2 },
    ]);

    // Editing the published questionnaire starts version 2; the link keeps answering version 1 until it is published.
    const edited = structuredClone(postDischargeTemplate.content);
    edited.title.sv = 'Hur var hemkomsten?';
    const draft = await postGraphQL(
      app,
      `mutation ($id: ID!, $content: JSON!) { saveQuestionnaireDraft(questionnaireId: $id, content: $content) { version status } }`,
      { id: questionnaireId, content: edited },
      { cookie: editor },
    );
    expect(draft.body.data!.saveQuestionnaireDraft).toEqual({ version: 2, status: 'DRAFT' });
    await postGraphQL(app, publish, { id: questionnaireId }, { cookie: editor });
    const outdated = await postGraphQL(app, submit, { submission: { slug, version: 1, answers: [{ question: 'trygg_hemgang', values: ['ja'] }] } }, anonymous());
    expect(outdated.body.data!.submitSurveyResponse.refusal).toBe('CHANGED_VERSION');
  });

  it('reports a required question left out by its key and code', async () => {
    const [link] = await db.sql`
      insert into survey_link (slug, questionnaire_id, org_unit_code)
      select 'hemgang-molndal', id, '1481' from questionnaire where key = 'efter-utskrivning' returning slug`;
    const result = await postGraphQL(app, submit, { submission: { slug: link!.slug, version: 1, answers: [] } }, anonymous());
    expect(result.body.data!.submitSurveyResponse).toEqual({
      status: 'INVALID',
      refusal: null,
      problems: [{ question: 'trygg_hemgang', code: 'REQUIRED' }],
    });
  });
});

describe('abuse resistance', () => {
  it('stops an address guessing codes after ten unknown codes, and leaves other addresses alone', async () => {
    const guesser = anonymous();
    const guess = `query ($code: String) { surveyForm(code: $code) { refusal } }`;
    const refusals = [];
    for (let i = 0; i < 11; i++) refusals.push((await postGraphQL(app, guess, { code: `AAAA-BBBB-CC${i}` }, guesser)).body.data!.surveyForm.refusal);
    expect(refusals.slice(0, 10)).toEqual(Array(10).fill('UNKNOWN_CODE'));
    expect(refusals[10]).toBe('RATE_LIMITED');
    expect((await postGraphQL(app, guess, { code: 'AAAA-BBBB-CCCC' }, anonymous())).body.data!.surveyForm.refusal).toBe('UNKNOWN_CODE');
  });

  it('refuses a submission with more answers than any questionnaire has', async () => {
    const answers = Array.from({ length: 101 }, (_, i) => ({ question: `q${i}`, values: ['ja'] }));
    const result = await postGraphQL(app, submit, { submission: { slug: 'hemgang-molndal', version: 1, answers } }, anonymous());
    expect(result.body.errors?.[0]?.message).toBe('Svaret är för stort / the response is too large');
  });
});

describe('proof of work on an open link', () => {
  it('asks for it only on links that say so, refuses a response without it or with a used one, and takes a solved one', async () => {
    const [discharge] = await db.sql<{ id: string }[]>`select id::text as id from questionnaire where key = 'efter-utskrivning'`;
    const created = await postGraphQL(
      app,
      `mutation ($id: ID!) { createSurveyLink(questionnaireId: $id, orgUnitCode: "1490", slug: "boras-pow", proofOfWork: true) { slug proofOfWork } }`,
      { id: discharge!.id },
      { cookie: editor },
    );
    expect(created.body.data!.createSurveyLink).toEqual({ slug: 'boras-pow', proofOfWork: true });
    const formOf = async (slug: string) =>
      (await postGraphQL(app, `query ($slug: String) { surveyForm(slug: $slug) { form { version proofOfWork } } }`, { slug }, anonymous())).body.data!
        .surveyForm.form;
    expect((await formOf('hemgang-molndal')).proofOfWork).toBeNull();
    const { proofOfWork: challenge } = await formOf('boras-pow');
    expect(challenge).toMatchObject({ algorithm: 'SHA-256', challenge: expect.stringMatching(/^[0-9a-f]{64}$/), maxnumber: expect.any(Number) });

    const answers = [{ question: 'trygg_hemgang', values: ['ja'] }];
    const send = async (proofOfWork?: string) =>
      (await postGraphQL(app, submit, { submission: { slug: 'boras-pow', version: 1, answers, ...(proofOfWork ? { proofOfWork } : {}) } }, anonymous())).body
        .data!.submitSurveyResponse;
    expect(await send()).toEqual({ status: 'REFUSED', refusal: 'PROOF_OF_WORK_MISSING', problems: [] });
    const solved = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
    const payload = { algorithm: challenge.algorithm, challenge: challenge.challenge, number: solved!.number, salt: challenge.salt, signature: challenge.signature };
    const forged = Buffer.from(JSON.stringify({ ...payload, number: solved!.number + 1 })).toString('base64');
    expect(await send(forged)).toEqual({ status: 'REFUSED', refusal: 'PROOF_OF_WORK_INVALID', problems: [] });
    const solution = Buffer.from(JSON.stringify(payload)).toString('base64');
    const [before] = await db.sql<{ n: number }[]>`select count(*)::int as n from survey_response where org_unit_code = '1490'`;
    expect(await send(solution)).toEqual({ status: 'STORED', refusal: null, problems: [] });
    expect(await send(solution)).toEqual({ status: 'REFUSED', refusal: 'PROOF_OF_WORK_INVALID', problems: [] });
    const [after] = await db.sql<{ n: number }[]>`select count(*)::int as n from survey_response where org_unit_code = '1490'`;
    expect(after!.n - before!.n).toBe(1);
  });
});
