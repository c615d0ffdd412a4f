import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../audit/record.ts';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { countingClient } from '../testing/counting.ts';
import { surveyTables, surveyTableValues } from '../testing/survey-tables.ts';
import { codeHash, generateCodes } from './codes.ts';
import { createLink } from './links.ts';
import { createQuestionnaire, newestPublished, publishDraft, saveDraft, versionOf } from './questionnaires.ts';
import { type Submission, submitResponse } from './submit.ts';
import { patientExperienceTemplate, postDischargeTemplate } from './templates.ts';

/**
 * The one submission path on a real database: versions, open links, single-use codes under concurrency, and
 * anonymity — nothing identifying reaches any survey table.
 */

let db: TestDatabase;
let patientSurvey: string;
let discharge: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await migrate(db.sql);
  await seedReferenceData(db.sql);
  const ids = await db.sql<{ key: string; id: string }[]>`select key, id::text as id from questionnaire`;
  patientSurvey = ids.find((q) => q.key === 'patientupplevelse')!.id;
  discharge = ids.find((q) => q.key === 'efter-utskrivning')!.id;
});
afterAll(async () => {
  await db.drop();
});

const answers = (entries: Record<string, string | string[]>) =>
  new Map(Object.entries(entries).map(([key, value]) => [key, typeof value === 'string' ? [value] : value]));

describe('questionnaire versions', () => {
  it('edits a draft in place, freezes it on publishing, and starts the next version on the next edit', async () => {
    const content = structuredClone(postDischargeTemplate.content);
    const created = await createQuestionnaire(db.sql, cliActor, { key: 'test-versioner', title: 'Test', orgUnitCode: '1480', content });
    expect([created.version, created.status]).toEqual([1, 'draft']);
    content.title.sv = 'Ändrad titel';
    expect(await saveDraft(db.sql, cliActor, created.questionnaireId, content)).toMatchObject({ version: 1, status: 'draft' });
    expect(await newestPublished(db.sql, created.questionnaireId)).toBeUndefined();

    const published = await publishDraft(db.sql, cliActor, created.questionnaireId);
    expect([published.version, published.status, published.content.title.sv]).toEqual([1, 'published', 'Ändrad titel']);
    await expect(publishDraft(db.sql, cliActor, created.questionnaireId)).rejects.toThrow(/inget utkast/);

    content.title.sv = 'Version två';
    expect(await saveDraft(db.sql, cliActor, created.questionnaireId, content)).toMatchObject({ version: 2, status: 'draft' });
    expect((await versionOf(db.sql, created.questionnaireId, 1))!.content.title.sv).toBe('Ändrad titel');
    expect((await newestPublished(db.sql, created.questionnaireId))!.version).toBe(1);
  });

  it('refuses content that does not validate, with the path of the problem', async () => {
    const content = structuredClone(postDischargeTemplate.content) as unknown as { groups: { questions: { text: { ar: string } }[] }[] };
    content.groups[0]!.questions[0]!.text.ar = '';
    await expect(saveDraft(db.sql, cliActor, discharge, content)).rejects.toThrow('groups[0].questions[0].text.ar: texten på arabiska saknas');
  });
});

describe('submitResponse through an open link', () => {
  let slug: string;
  beforeAll(async () => {
    slug = (await createLink(db.sql, cliActor, { questionnaireId: patientSurvey, orgUnitCode: '1480' })).slug;
  });

  it('stores the version, the unit, its municipality, the Monday of the week and the answers with their valuation', async () => {
    const result = await submitResponse(db.sql, {
      target: { slug },
      version: 1,
      answers: answers({ tg_kontakt: 'mycket_bra', tg_vantetid: 'vet_inte', kk_vart_vanda: 'nej', hi_hjalp_svara: ['narstaende', 'tolk'] }),
      answeredAt: new Date('2026-03-12T14:03:27Z'),
    });
    expect(result).toEqual({ status: 'stored' });
    const [response] = await db.sql`select id, version, org_unit_code, kommun, week from survey_response`;
    expect(response).toMatchObject({ version: 1, org_unit_code: '1480', kommun: '1480', week: '2026-03-09' });
    const stored = await db.sql`
      select question_key, dimension, option_key, valuation from survey_answer where response_id = ${response!.id}
      order by question_key, option_key`;
    expect(stored.map((r) => [r.question_key, r.dimension, r.option_key, r.valuation])).toEqual([
      ['hi_hjalp_svara', 'helhetsintryck', 'narstaende', null],
      ['hi_hjalp_svara', 'helhetsintryck', 'tolk', null],
      ['kk_vart_vanda', 'kontinuitet_koordinering', 'nej', 'negative'],
      ['tg_kontakt', 'tillganglighet', 'mycket_bra', 'positive'],
      ['tg_vantetid', 'tillganglighet', 'vet_inte', 'excluded'],
    ]);
  });

  it('refuses unknown options and two options for a scale, and drops answers to questions not shown', async () => {
    const before = await db.sql`select count(*)::int as n from survey_response`;
    expect(
      await submitResponse(db.sql, { target: { slug }, version: 1, answers: answers({ tg_kontakt: ['mycket_bra', 'ganska_bra'], rb_lyssna: 'utmarkt' }) }),
    ).toEqual({
      status: 'invalid',
      problems: [
        { question: 'tg_kontakt', code: 'one_option' },
        { question: 'rb_lyssna', code: 'unknown_option' },
      ],
    });
    expect(await db.sql`select count(*)::int as n from survey_response`).toEqual(before);

    // dl_narstaende is shown only when dl_narstaende_ville is ja.
    await submitResponse(db.sql, { target: { slug }, version: 1, answers: answers({ dl_narstaende_ville: 'nej', dl_narstaende: 'mycket_bra' }) });
    const [hidden] = await db.sql`select count(*)::int as n from survey_answer where question_key = 'dl_narstaende'`;
    expect(hidden!.n).toBe(0);
  });

  it('refuses a required question left unanswered, an unknown link and an outdated version', async () => {
    const dischargeLink = await createLink(db.sql, cliActor, { questionnaireId: discharge, orgUnitCode: '1480', slug: 'hemgang-goteborg' });
    expect(await submitResponse(db.sql, { target: { slug: dischargeLink.slug }, version: 1, answers: answers({ uh_planering: 'ganska_bra' }) })).toEqual({
      status: 'invalid',
      problems: [{ question: 'trygg_hemgang', code: 'required' }],
    });
    expect(await submitResponse(db.sql, { target: { slug: 'finns-inte' }, version: 1, answers: answers({}) })).toEqual({
      status: 'refused',
      reason: 'unknown_link',
    });
    expect(await submitResponse(db.sql, { target: { slug }, version: 2, answers: answers({}) })).toEqual({
      status: 'refused',
      reason: 'changed_version',
    });
  });

  it('refuses a closed link, a questionnaire never published and a malformed link, and counts a care unit’s answers for its municipality', async () => {
    const refused = (target: Submission['target']) => submitResponse(db.sql, { target, version: 1, answers: answers({ trygg_hemgang: 'ja' }) });
    const closed = await createLink(db.sql, cliActor, { questionnaireId: discharge, orgUnitCode: '1480', slug: 'stangd-lank' });
    await db.sql`update survey_link set active = false where slug = ${closed.slug}`;
    expect(await refused({ slug: closed.slug })).toEqual({ status: 'refused', reason: 'closed_link' });
    expect(await refused({ slug: 'Inte en länk!' })).toEqual({ status: 'refused', reason: 'unknown_link' });

    const draftOnly = await createQuestionnaire(db.sql, cliActor, { key: 'bara-utkast', title: 'Utkast', orgUnitCode: '1480', content: structuredClone(postDischargeTemplate.content) });
    const draftLink = await createLink(db.sql, cliActor, { questionnaireId: draftOnly.questionnaireId, orgUnitCode: '1480', slug: 'utkast-lank' });
    expect(await refused({ slug: draftLink.slug })).toEqual({ status: 'refused', reason: 'not_published' });

    await db.sql`insert into org_unit (code, name, kind, parent_code, valid_from) values ('VE-TEST-1', 'Vårdcentralen Testgatan', 'care_unit', '1480', '2020-01-01')`;
    const careUnit = await createLink(db.sql, cliActor, { questionnaireId: discharge, orgUnitCode: 'VE-TEST-1', slug: 'vardcentral-lank' });
    expect(await refused({ slug: careUnit.slug })).toEqual({ status: 'stored' });
    const [stored] = await db.sql`select org_unit_code, kommun from survey_response where org_unit_code = 'VE-TEST-1'`;
    expect(stored).toEqual({ org_unit_code: 'VE-TEST-1', kommun: '1480' });
  });
});

describe('a link that has taken responses before', () => {
  it('notices at once that it was closed, that a new version was published, that it asks for a proof of work, and a new municipality', async () => {
    const created = await createQuestionnaire(db.sql, cliActor, { key: 'oppnad-lank', title: 'Öppnad', orgUnitCode: '1480', content: structuredClone(postDischargeTemplate.content) });
    await publishDraft(db.sql, cliActor, created.questionnaireId);
    await db.sql`insert into org_unit (code, name, kind, parent_code, valid_from) values ('VE-TEST-2', 'Vårdcentralen Flytten', 'care_unit', '1480', '2020-01-01')`;
    const { slug } = await createLink(db.sql, cliActor, { questionnaireId: created.questionnaireId, orgUnitCode: 'VE-TEST-2', slug: 'oppnad-lank' });
    // Through a client that counts statements: the first response opens the link, the next ones are one statement.
    const counted = countingClient(db.sql);
    const send = (version = 1) => submitResponse(counted.sql, { target: { slug }, version, answers: answers({ trygg_hemgang: 'ja' }) });
    const kommuner = async () => (await db.sql<{ kommun: string }[]>`select kommun from survey_response where org_unit_code = 'VE-TEST-2' order by kommun`).map((r) => r.kommun);
    expect(await send()).toEqual({ status: 'stored' });
    const afterFirst = counted.count();
    expect(await send()).toEqual({ status: 'stored' });
    expect(counted.count() - afterFirst).toBe(1);

    // The care unit moves to another municipality: the next response counts there.
    await db.sql`update org_unit set parent_code = '1481' where code = 'VE-TEST-2'`;
    expect(await send()).toEqual({ status: 'stored' });
    expect(await kommuner()).toEqual(['1480', '1480', '1481']);

    await db.sql`update survey_link set proof_of_work = true where slug = ${slug}`;
    const withoutProof = { requiredForOpenLinks: false, check: async () => 'missing' as const };
    expect(await submitResponse(counted.sql, { target: { slug }, version: 1, answers: answers({ trygg_hemgang: 'ja' }) }, withoutProof)).toEqual({
      status: 'refused',
      reason: 'proof_of_work_missing',
    });
    await db.sql`update survey_link set proof_of_work = false where slug = ${slug}`;
    expect(await send()).toEqual({ status: 'stored' });

    await saveDraft(db.sql, cliActor, created.questionnaireId, structuredClone(postDischargeTemplate.content));
    await publishDraft(db.sql, cliActor, created.questionnaireId);
    expect(await send(1)).toEqual({ status: 'refused', reason: 'changed_version' });
    expect(await send(2)).toEqual({ status: 'stored' });

    await db.sql`update survey_link set active = false where slug = ${slug}`;
    expect(await send(2)).toEqual({ status: 'refused', reason: 'closed_link' });
    const [responses] = await db.sql<{ n: number }[]>`select count(*)::int as n from survey_response where org_unit_code = 'VE-TEST-2'`;
    expect(responses!.n).toBe(5);
  });
});

describe('simultaneous responses through links taken before', () => {
  it('go to the database together, each stored on its own; one that breaks the statement fails alone', async () => {
    const { slug } = await createLink(db.sql, cliActor, { questionnaireId: discharge, orgUnitCode: '1488', slug: 'samtidiga' });
    await db.sql`insert into org_unit (code, name, kind, parent_code, valid_from) values ('VE-TEST-3', 'Vårdcentralen Gränsen', 'care_unit', '1488', '2020-01-01')`;
    const moved = await createLink(db.sql, cliActor, { questionnaireId: discharge, orgUnitCode: 'VE-TEST-3', slug: 'samtidiga-flyttad' });
    const counted = countingClient(db.sql);
    const send = (target: string, value = 'ja') => submitResponse(counted.sql, { target: { slug: target }, version: 1, answers: answers({ trygg_hemgang: value }) });
    expect([await send(slug), await send(moved.slug)]).toEqual([{ status: 'stored' }, { status: 'stored' }]);

    // The first is sent at once, the nine that arrive while it is on its way in one statement after it.
    const before = counted.count();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => send(slug, i % 2 === 0 ? 'ja' : 'nej')));
    expect(results).toEqual(Array(10).fill({ status: 'stored' }));
    expect(counted.count() - before).toBe(2);
    const stored = await db.sql<{ option: string; n: number }[]>`
      select option_keys[1] as option, count(*)::int as n from survey_response where org_unit_code = '1488' and questionnaire_id = ${discharge}
      group by 1 order by 1`;
    expect(stored).toEqual([
      { option: 'ja', n: 6 },
      { option: 'nej', n: 5 },
    ]);

    // Free text reaches the database as written, whatever PostgreSQL's array syntax makes of it (the answers of
    // responses sent together travel as array literals).
    const { slug: textSlug } = await createLink(db.sql, cliActor, { questionnaireId: patientSurvey, orgUnitCode: '1488', slug: 'samtidiga-text' });
    const texts = ['Sa "hej" \\ till mig', '{a,b}', 'NULL', ' mellanslag , komma ', 'rad\nbrytning'];
    const withText = (text: string) => submitResponse(counted.sql, { target: { slug: textSlug }, version: 1, answers: answers({ hi_helhet: 'ganska_bra', hi_fritext: text }) });
    await withText('först');
    expect(await Promise.all(texts.map(withText))).toEqual(Array(texts.length).fill({ status: 'stored' }));
    const freeTexts = await db.sql<{ text: string }[]>`
      select a.free_text as text from survey_answer a join survey_response r on r.id = a.response_id
      where r.questionnaire_id = ${patientSurvey} and r.org_unit_code = '1488' and a.free_text is not null and a.free_text <> 'först'`;
    expect(freeTexts.map((r) => r.text).sort()).toEqual(texts.map((t) => t.trim()).sort());

    // A care unit that no longer lies in a municipality cannot be stored (its response would count nowhere): the
    // statement fails, and the others in it are stored one by one.
    await db.sql`update org_unit set parent_code = '14' where code = 'VE-TEST-3'`;
    const mixed = await Promise.allSettled([send(slug), send(slug), send(moved.slug), send(slug)]);
    expect(mixed.map((r) => (r.status === 'fulfilled' ? r.value.status : (r.reason as { code?: string }).code))).toEqual(['stored', 'stored', '23502', 'stored']);
    const [total] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from survey_response where org_unit_code = '1488' and questionnaire_id = ${discharge}`;
    expect(total!.n).toBe(14);
  });
});

describe('single-use codes', () => {
  it('returns the codes once and stores only their SHA-256, without any link to responses', async () => {
    const { codes } = await generateCodes(db.sql, cliActor, {
      questionnaireId: discharge,
      orgUnitCode: '1401',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      count: 25,
    });
    expect(codes).toHaveLength(25);
    expect(new Set(codes).size).toBe(25);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const stored = await db.sql<{ hash: Buffer }[]>`select code_hash as hash from survey_code where org_unit_code = '1401'`;
    expect(stored.map((r) => r.hash.toString('hex')).sort()).toEqual(codes.map((c) => codeHash(c).toString('hex')).sort());
    const columns = (await surveyTables(db.sql)).filter((c) => c.table === 'survey_code').map((c) => c.column);
    expect(columns).toEqual(['code_hash', 'batch_id', 'org_unit_code', 'period_start', 'period_end', 'consumed']);
  });

  it('accepts a code once, typed in lower case with spaces, and kindly refuses it the second time', async () => {
    const { codes } = await generateCodes(db.sql, cliActor, {
      questionnaireId: discharge,
      orgUnitCode: '1402',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      count: 1,
    });
    const typed = codes[0]!.toLowerCase().replaceAll('-', ' ');
    const submission: Submission = { target: { code: typed }, version: 1, answers: answers({ trygg_hemgang: 'ja' }) };
    expect(await submitResponse(db.sql, submission)).toEqual({ status: 'stored' });
    expect(await submitResponse(db.sql, submission)).toEqual({ status: 'refused', reason: 'used_code' });
    expect(await submitResponse(db.sql, { ...submission, target: { code: 'AAAA-BBBB-CCCC' } })).toEqual({
      status: 'refused',
      reason: 'unknown_code',
    });
  });

  it('stores exactly one response when ten submissions with one code arrive at once', async () => {
    const { codes } = await generateCodes(db.sql, cliActor, {
      questionnaireId: discharge,
      orgUnitCode: '1407',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      count: 1,
    });
    const submission: Submission = { target: { code: codes[0]! }, version: 1, answers: answers({ trygg_hemgang: 'ja' }) };
    const results = await Promise.all(Array.from({ length: 10 }, () => submitResponse(db.sql, submission)));
    expect(results.filter((r) => r.status === 'stored')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'refused' && r.reason === 'used_code')).toHaveLength(9);
    const [stored] = await db.sql`select count(*)::int as n from survey_response where org_unit_code = '1407'`;
    expect(stored!.n).toBe(1);
  });

  it('leaves the code unused when the response is refused for its answers', async () => {
    const { codes } = await generateCodes(db.sql, cliActor, {
      questionnaireId: discharge,
      orgUnitCode: '1415',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      count: 1,
    });
    const target = { code: codes[0]! };
    expect((await submitResponse(db.sql, { target, version: 1, answers: answers({}) })).status).toBe('invalid');
    expect(await submitResponse(db.sql, { target, version: 1, answers: answers({ trygg_hemgang: 'nej' }) })).toEqual({ status: 'stored' });
  });
});

describe('anonymity', () => {
  it('has no column for an address, a browser, a cookie, a session or a time on responses, answers and codes', async () => {
    const columns = (await surveyTables(db.sql)).filter((c) => ['survey_response', 'survey_answer', 'survey_code'].includes(c.table));
    expect(columns.filter((c) => /ip|addr|agent|cookie|session|token|user|created|time|_at$/.test(c.column))).toEqual([]);
    expect(columns.filter((c) => c.type.startsWith('timestamp') || c.type.startsWith('time'))).toEqual([]);
  });

  it('keeps no personal identity number, phone number or e-mail address written in a free-text answer', async () => {
    const { slug } = await createLink(db.sql, cliActor, { questionnaireId: patientSurvey, orgUnitCode: '1480', slug: 'anonymitet-test' });
    const text =
      'Jag heter Anna, pnr 19121212-1212 (eller 121212-1212, 121212+1212, 191212121212). ' +
      'Ring 070-123 45 67, 0701234567 eller +46 70 123 45 67 eller mejla anna.andersson@example.se.';
    const result = await submitResponse(db.sql, {
      target: { slug },
      version: 1,
      answers: answers({ hi_helhet: 'ganska_bra', hi_fritext: text }),
      answeredAt: new Date('2026-03-12T14:03:27Z'),
    });
    expect(result).toEqual({ status: 'stored' });
    const [masked] = await db.sql`select free_text from survey_answer where question_key = 'hi_fritext' and free_text like 'Jag heter Anna%'`;
    expect(masked!.free_text).toBe(
      'Jag heter Anna, pnr [personnummer] (eller [personnummer], [personnummer], [personnummer]). ' +
        'Ring [telefonnummer], [personnummer] eller [telefonnummer] eller mejla [e-post].',
    );
    const secrets = ['121212', '1212121212', '1234567', '123 45 67', '70 123', 'anna.andersson', 'example.se', '14:03', '2026-03-12'];
    const found = (await surveyTableValues(db.sql)).filter(({ value }) => secrets.some((s) => value.includes(s)));
    expect(found).toEqual([]);
  });
});
