import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../audit/record.ts';
import { generateCodes } from '../surveys/codes.ts';
import { createLink } from '../surveys/links.ts';
import { createMigratedTestDatabase, createTestApp, postGraphQL } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { seedReferenceData } from '../seed/index.ts';
import { surveyBodyLimitBytes, surveySubmitPath } from './survey-route.ts';

/**
 * POST /api/enkat/svar, the door the response page's form action uses: what it stores, its status codes and Swedish
 * messages for every refusal, its body limit (in process and from a socket), and the limits it shares with GraphQL.
 */

let db: TestDatabase;
let app: Hono;
let discharge: string;
let patientSurvey: string;

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  await seedReferenceData(db.sql);
  app = createTestApp(db.sql);
  const ids = await db.sql<{ key: string; id: string }[]>`select key, id::text as id from questionnaire`;
  discharge = ids.find((q) => q.key === 'efter-utskrivning')!.id;
  patientSurvey = ids.find((q) => q.key === 'patientupplevelse')!.id;
  await createLink(db.sql, cliActor, { questionnaireId: discharge, orgUnitCode: '1481', slug: 'molndal-svar' });
});
afterAll(async () => {
  await db.drop();
});

/** Every call its own address, so that the in-memory limits of one test do not reach another. */
let addresses = 0;
const nextAddress = () => `198.51.100.${++addresses}`;

async function post(body: unknown, options: { app?: Hono; address?: string; contentType?: string } = {}) {
  const response = await (options.app ?? app).request(surveySubmitPath, {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/json', 'x-samsyn-client-address': options.address ?? nextAddress() },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const trygg = (value: string) => [{ question: 'trygg_hemgang', values: [value] }];

describe('a response through an open link', () => {
  it('is stored with its answers, the free text masked, and answered 201', async () => {
    await createLink(db.sql, cliActor, { questionnaireId: patientSurvey, orgUnitCode: '1482', slug: 'kungalv-svar' });
    const answers = [
      { question: 'hi_helhet', values: ['ganska_bra'] },
      { question: 'hi_hjalp_svara', values: ['narstaende', 'tolk'] },
      { question: 'hi_fritext', values: ['Ring mig på 070-123 45 67.'] },
    ];
    expect(await post({ slug: 'kungalv-svar', version: 1, answers })).toEqual({ status: 201, body: { status: 'stored' } });
    // As JSON: postgres.js reads a NULL in a text[] as the string 'NULL'.
    const stored = await db.sql`
      select to_json(question_keys) as question_keys, to_json(dimensions) as dimensions, to_json(option_keys) as option_keys,
        to_json(valuations) as valuations, to_json(free_texts) as free_texts
      from survey_response where org_unit_code = '1482'`;
    expect(stored).toEqual([
      {
        question_keys: ['hi_helhet', 'hi_hjalp_svara', 'hi_hjalp_svara', 'hi_fritext'],
        dimensions: ['helhetsintryck', 'helhetsintryck', 'helhetsintryck', 'helhetsintryck'],
        option_keys: ['ganska_bra', 'narstaende', 'tolk', null],
        valuations: ['positive', null, null, null],
        free_texts: [null, null, null, 'Ring mig på [telefonnummer].'],
      },
    ]);
  });

  it('answers 422 with the questions to correct when the answers do not fit the questionnaire', async () => {
    expect(await post({ slug: 'molndal-svar', version: 1, answers: [] })).toEqual({
      status: 422,
      body: { status: 'invalid', problems: [{ question: 'trygg_hemgang', code: 'required' }], error: 'Några svar behöver rättas / some answers need correcting' },
    });
    expect((await post({ slug: 'molndal-svar', version: 1, answers: trygg('kanske') })).body.problems).toEqual([
      { question: 'trygg_hemgang', code: 'unknown_option' },
    ]);
  });
});

describe('refusals, each with its status and a Swedish message', () => {
  it('an unknown link, a closed link and a version that is not the newest', async () => {
    expect(await post({ slug: 'finns-inte', version: 1, answers: trygg('ja') })).toEqual({
      status: 404,
      body: { status: 'refused', refusal: 'unknown_link', error: 'Det finns ingen enkät på den här adressen / no survey at this address' },
    });
    await createLink(db.sql, cliActor, { questionnaireId: discharge, orgUnitCode: '1481', slug: 'molndal-stangd' });
    await db.sql`update survey_link set active = false where slug = 'molndal-stangd'`;
    expect(await post({ slug: 'molndal-stangd', version: 1, answers: trygg('ja') })).toEqual({
      status: 410,
      body: { status: 'refused', refusal: 'closed_link', error: 'Enkäten är stängd / the survey is closed' },
    });
    const outdated = await post({ slug: 'molndal-svar', version: 2, answers: trygg('ja') });
    expect([outdated.status, outdated.body.refusal, outdated.body.error]).toEqual([
      409,
      'changed_version',
      'Enkäten har ändrats sedan den visades; hämta den nya versionen / the survey has changed, fetch the new version',
    ]);
  });

  it('a single-use code: stored once, then 409; an unknown code 404', async () => {
    const { codes } = await generateCodes(db.sql, cliActor, {
      questionnaireId: discharge,
      orgUnitCode: '1484',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      count: 1,
    });
    const submission = { code: codes[0], version: 1, answers: trygg('nej') };
    expect(await post(submission)).toEqual({ status: 201, body: { status: 'stored' } });
    expect(await post(submission)).toEqual({
      status: 409,
      body: { status: 'refused', refusal: 'used_code', error: 'Koden är redan använd; varje kod kan användas en gång / the code has been used' },
    });
    expect(await post({ ...submission, code: 'AAAA-BBBB-CCCC' })).toEqual({
      status: 404,
      body: { status: 'refused', refusal: 'unknown_code', error: 'Koden finns inte / unknown code' },
    });
  });

  it('an open link that asks for a proof of work, without one', async () => {
    await createLink(db.sql, cliActor, { questionnaireId: discharge, orgUnitCode: '1481', slug: 'molndal-bevis', proofOfWork: true });
    expect(await post({ slug: 'molndal-bevis', version: 1, answers: trygg('ja') })).toEqual({
      status: 400,
      body: {
        status: 'refused',
        refusal: 'proof_of_work_missing',
        error: 'Länken kräver en automatisk kontroll mot skräpsvar (proofOfWork) / the link asks for a proof of work',
      },
    });
  });

  it('too many responses from one address, counted together with those through GraphQL', async () => {
    const strict = createTestApp(db.sql, { surveyRateLimit: 2 });
    const address = nextAddress();
    const mutation = `mutation ($s: SurveySubmissionInput!) { submitSurveyResponse(submission: $s) { status } }`;
    const viaGraphQL = await postGraphQL(strict, mutation, { s: { slug: 'molndal-svar', version: 1, answers: trygg('ja') } }, {
      headers: { 'x-samsyn-client-address': address },
    });
    expect(viaGraphQL.body.data).toEqual({ submitSurveyResponse: { status: 'STORED' } });
    expect((await post({ slug: 'molndal-svar', version: 1, answers: trygg('ja') }, { app: strict, address })).status).toBe(201);
    expect(await post({ slug: 'molndal-svar', version: 1, answers: trygg('ja') }, { app: strict, address })).toEqual({
      status: 429,
      body: { status: 'refused', refusal: 'rate_limited', error: 'För många svar från samma adress; försök igen om en stund / too many responses, try again later' },
    });
    // Another address is not affected, nor the same address on another server (limits are kept in memory).
    expect((await post({ slug: 'molndal-svar', version: 1, answers: trygg('ja') }, { app: strict })).status).toBe(201);
    expect((await post({ slug: 'molndal-svar', version: 1, answers: trygg('ja') }, { address })).status).toBe(201);
  });
});

describe('what is not a response', () => {
  it('is refused with 400, 415 or 413 and a Swedish message, and nothing is stored', async () => {
    const [before] = await db.sql<{ n: number }[]>`select count(*)::int as n from survey_response`;
    const malformed = { status: 400, body: { error: 'Svaret har fel form / malformed response', code: 'BAD_USER_INPUT' } };
    expect(await post('{"slug": "molndal-svar",')).toEqual(malformed);
    expect(await post({ slug: 'molndal-svar', version: '1', answers: trygg('ja') })).toEqual(malformed);
    expect(await post({ slug: 'molndal-svar', version: 1, answers: [{ question: 'trygg_hemgang', values: 'ja' }] })).toEqual(malformed);
    expect(await post({ slug: 'molndal-svar', code: 'AAAA-BBBB-CCCC', version: 1, answers: trygg('ja') })).toEqual({
      status: 400,
      body: { error: 'Ange antingen en länk (slug) eller en kod / give either slug or code', code: 'BAD_USER_INPUT' },
    });
    const many = Array.from({ length: 101 }, (_, i) => ({ question: `q${i}`, values: ['ja'] }));
    expect(await post({ slug: 'molndal-svar', version: 1, answers: many })).toEqual({
      status: 400,
      body: { error: 'Svaret är för stort / the response is too large', code: 'BAD_USER_INPUT' },
    });
    expect(await post({ slug: 'molndal-svar', version: 1, answers: trygg('ja') }, { contentType: 'application/xml' })).toEqual({
      status: 415,
      body: { error: 'Skicka svaret som JSON (Content-Type: application/json) / send JSON', code: 'UNSUPPORTED_MEDIA_TYPE' },
    });
    const padding = 'x'.repeat(surveyBodyLimitBytes);
    expect(await post({ slug: 'molndal-svar', version: 1, answers: trygg('ja'), padding })).toEqual(tooLarge);
    const [after] = await db.sql<{ n: number }[]>`select count(*)::int as n from survey_response`;
    expect(after!.n).toBe(before!.n);
  });
});

const tooLarge = { status: 413, body: { error: 'Svaret är större än 64 kB / the response is too large', code: 'PAYLOAD_TOO_LARGE' } };

describe('from a socket, as server.ts serves it', () => {
  let server: Server;
  let url: URL;
  beforeAll(async () => {
    server = createServer(getRequestListener(app.fetch, { overrideGlobalObjects: false }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}${surveySubmitPath}`);
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  /** A POST sent in chunks without a Content-Length, so that only reading it can find its size. */
  const postChunked = (chunks: string[]) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(body) }));
      });
      req.on('error', reject);
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });

  it('stores a response, and refuses a body past the limit whether or not it says its length', async () => {
    const answers = JSON.stringify(trygg('ja'));
    expect(await postChunked([`{"slug":"molndal-svar","version":1,`, `"answers":${answers}}`])).toEqual({ status: 201, body: { status: 'stored' } });
    const padding = 'x'.repeat(surveyBodyLimitBytes / 2);
    expect(await postChunked([`{"slug":"molndal-svar","version":1,"answers":${answers},"padding":"`, padding, padding, '"}'])).toEqual(tooLarge);
    const declared = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ slug: 'molndal-svar', version: 1, answers: trygg('ja'), padding: padding + padding }),
    });
    expect({ status: declared.status, body: await declared.json() }).toEqual(tooLarge);
  });
});
