import { Readable } from 'node:stream';
import { definitionContentHash, type IndicatorDefinition } from '@samsyn/indicators';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../audit/record.ts';
import { recompute } from '../../engine/materialise.ts';
import { pvKontakter } from '../../imports/datasets/pv-kontakter.ts';
import { runImport } from '../../imports/run-import.ts';
import { createSeededTestApp, postGraphQL } from '../../testing/app.ts';
import { assessedContacts, contactsHeader } from '../../testing/contacts.ts';
import type { TestDatabase } from '../../testing/database.ts';
import { testIndicator } from '../../testing/indicators.ts';
import { createTestUser, sessionCookieFor } from '../../testing/users.ts';

/**
 * Working groups' indicator definitions through GraphQL, on a seeded database: new versions and new indicators,
 * the validation they share with the code catalogue, who may write them, the audit log, and recompute taking the
 * newest version while older ones stay readable.
 */

const createIndicator = `mutation ($definition: JSON!) { createIndicator(definition: $definition) { id version ownerGroup } }`;
const createVersion = `mutation ($id: ID!, $definition: JSON!) {
  createIndicatorVersion(id: $id, definition: $definition) { id version ownerGroup json }
}`;
const readIndicator = `query ($id: ID!, $version: Int) { indicator(id: $id, version: $version) { version ownerGroup json } }`;

let db: TestDatabase;
let app: Hono;
const cookies = {} as Record<'countyEditor' | 'subregionEditor' | 'reviewer' | 'admin', string>;

beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  const users = {
    countyEditor: await createTestUser(db.sql, 'lansgrupp@example.se', { role: 'editor', orgUnitCode: '14' }),
    subregionEditor: await createTestUser(db.sql, 'gr-grupp@example.se', { role: 'editor', orgUnitCode: 'GR' }),
    reviewer: await createTestUser(db.sql, 'politiker@example.se', { role: 'reviewer', orgUnitCode: '14' }),
    admin: await createTestUser(db.sql, 'admin@example.se', { role: 'admin', orgUnitCode: null }),
  };
  for (const [caller, user] of Object.entries(users)) cookies[caller as keyof typeof cookies] = await sessionCookieFor(db.sql, user.id);
});
afterAll(async () => {
  await db.drop();
});

function post(cookie: string | undefined, document: string, variables: Record<string, unknown>) {
  return postGraphQL(app, document, variables, { cookie });
}

async function newest(id: string, version?: number): Promise<{ version: number; ownerGroup: string; json: IndicatorDefinition }> {
  const { body } = await post(undefined, readIndicator, { id, version });
  return body.data?.indicator;
}

async function versionsOf(id: string): Promise<number[]> {
  const rows = await db.sql<{ version: number }[]>`select version from indicator_definition where id = ${id} order by version`;
  return rows.map((r) => r.version);
}

/** The one error of a refused call: its code, message and problems. */
function refusal(body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  return { code: error!.extensions?.code, message: error!.message, problems: error!.extensions?.problems };
}

describe('createIndicatorVersion', () => {
  it('stores the next version, numbered by the server, and keeps the old one readable', async () => {
    const before = await newest('pv-digitala');
    expect(before.version).toBe(2);
    const edited = { ...before.json, version: 99, ownerGroup: 'Arbetsgrupp digitala vårdkontakter' };

    const { body } = await post(cookies.countyEditor, createVersion, { id: 'pv-digitala', definition: edited });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createIndicatorVersion).toMatchObject({ id: 'pv-digitala', version: 3, ownerGroup: 'Arbetsgrupp digitala vårdkontakter' });

    expect(await newest('pv-digitala')).toMatchObject({ version: 3, ownerGroup: 'Arbetsgrupp digitala vårdkontakter' });
    expect(await newest('pv-digitala', 2)).toEqual(before);
    const [row] = await db.sql`select origin, content_hash, definition from indicator_definition where id = 'pv-digitala' and version = 3`;
    expect(row).toMatchObject({ origin: 'api', definition: { ...edited, version: 3 } });
    expect(row!.content_hash).toBe(definitionContentHash({ ...edited, version: 3 }));
  });

  it('writes the audit log with who, and only the fields that changed', async () => {
    const rows = await db.sql`
      select actor, action, entity_type, entity_id, org_unit_code, diff from audit_log
      where action = 'indicator.create_version' and entity_id = 'pv-digitala'`;
    expect(rows).toEqual([
      {
        actor: 'lansgrupp@example.se',
        action: 'indicator.create_version',
        entity_type: 'indicator',
        entity_id: 'pv-digitala',
        org_unit_code: '14',
        diff: { ownerGroup: [(await newest('pv-digitala', 2)).ownerGroup, 'Arbetsgrupp digitala vårdkontakter'], version: [2, 3] },
      },
    ]);
  });

  it('refuses content equal to the newest version, kindly', async () => {
    const current = await newest('pv-digitala');
    const { body } = await post(cookies.admin, createVersion, { id: 'pv-digitala', definition: current.json });
    expect(refusal(body)).toMatchObject({
      code: 'UNCHANGED',
      message: expect.stringMatching(/^Definitionen är oförändrad jämfört med version 3 av pv-digitala, så ingen ny version skapades/),
    });
    expect(await versionsOf('pv-digitala')).toEqual([2, 3]);
  });

  it('refuses an unknown indicator and a definition of another one', async () => {
    const current = (await newest('pv-digitala')).json;
    const unknown = await post(cookies.countyEditor, createVersion, { id: 'finns-inte', definition: { ...current, id: 'finns-inte' } });
    expect(refusal(unknown.body)).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^Indikatorn finns-inte finns inte/) });
    const other = await post(cookies.countyEditor, createVersion, { id: 'pv-ej-lakare', definition: current });
    expect(refusal(other.body)).toMatchObject({ code: 'INVALID_DEFINITION', problems: [{ path: 'id', message: expect.any(String) }] });
    expect(await versionsOf('finns-inte')).toEqual([]);
  });

  it('names the path of a field the dataset does not have', async () => {
    const current = (await newest('pv-bedomning-3d')).json;
    const computation = { ...current.computation, numeratorWhere: [{ op: 'eq', field: 'lakare', value: true }] };
    const { body } = await post(cookies.countyEditor, createVersion, { id: 'pv-bedomning-3d', definition: { ...current, computation } });
    expect(refusal(body)).toEqual({
      code: 'INVALID_DEFINITION',
      message: expect.stringMatching(/^Indikatordefinitionen har fel \/ the indicator definition has errors: computation: Fältet "lakare"/),
      problems: [{ path: 'computation', message: expect.stringMatching(/^Fältet "lakare" \(i numeratorWhere\[0\]\) finns inte i datamängden pv_kontakter/) }],
    });
    expect(await versionsOf('pv-bedomning-3d')).toEqual([2]);
  });

  it('lets SQL go nowhere: refused as a field name, kept as plain text in a text', async () => {
    await db.sql`create table samsyn_canary (n int)`;
    const current = (await newest('pv-bedomning-3d')).json;
    const computation = { ...current.computation, numeratorWhere: [{ op: 'eq', field: 'kommun; drop table samsyn_canary', value: '1480' }] };
    const refused = await post(cookies.countyEditor, createVersion, { id: 'pv-bedomning-3d', definition: { ...current, computation } });
    expect(refusal(refused.body)).toMatchObject({
      code: 'INVALID_DEFINITION',
      problems: [{ path: 'computation.numeratorWhere[0].field', message: 'Fältnamn: gemener, siffror och understreck / field names: a–z, 0–9, _' }],
    });

    const caveats = { sv: "'); drop table samsyn_canary; --", en: 'x"; drop table samsyn_canary; --' };
    const stored = await post(cookies.countyEditor, createVersion, { id: 'pv-bedomning-3d', definition: { ...current, caveats } });
    expect(stored.body.errors).toBeUndefined();
    expect((await newest('pv-bedomning-3d')).json.caveats).toEqual(caveats);
    const [canary] = await db.sql`select to_regclass('samsyn_canary')::text as name`;
    expect(canary).toEqual({ name: 'samsyn_canary' });
  });

  it('is refused to anyone but the county’s editors and admins, and stores nothing then', async () => {
    const current = (await newest('pv-ej-lakare')).json;
    const definition = { ...current, ownerGroup: 'Någon annan' };
    const attempts = {
      anonymous: await post(undefined, createVersion, { id: 'pv-ej-lakare', definition }),
      reviewer: await post(cookies.reviewer, createVersion, { id: 'pv-ej-lakare', definition }),
      subregionEditor: await post(cookies.subregionEditor, createVersion, { id: 'pv-ej-lakare', definition }),
    };
    expect(Object.fromEntries(Object.entries(attempts).map(([caller, { body }]) => [caller, refusal(body).code]))).toEqual({
      anonymous: 'UNAUTHENTICATED',
      reviewer: 'FORBIDDEN',
      subregionEditor: 'FORBIDDEN',
    });
    expect(await versionsOf('pv-ej-lakare')).toEqual([current.version]);
  });
});

describe('createIndicator', () => {
  const definition = testIndicator('test-ny-indikator', {
    unit: 'percent',
    computation: {
      kind: 'proportion',
      dataset: 'pv_kontakter',
      periodField: 'kontaktdatum',
      denominatorWhere: [{ op: 'eq', field: 'medicinsk_bedomning', value: true }],
      numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 3 }],
    },
  });

  it('stores a new indicator as version 1, listed with the others, and audits it', async () => {
    const { body } = await post(cookies.countyEditor, createIndicator, { definition: { ...definition, version: 7 } });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createIndicator).toEqual({ id: 'test-ny-indikator', version: 1, ownerGroup: 'Test' });
    const { body: list } = await post(undefined, '{ indicators { id } }', {});
    expect(list.data?.indicators.map((i: { id: string }) => i.id)).toContain('test-ny-indikator');
    const [audit] = await db.sql`select actor, entity_id, diff from audit_log where action = 'indicator.create'`;
    expect(audit).toMatchObject({ actor: 'lansgrupp@example.se', entity_id: 'test-ny-indikator' });
    expect(audit!.diff.title).toEqual([null, definition.title]);
  });

  it('refuses an id that exists', async () => {
    const { body } = await post(cookies.admin, createIndicator, { definition: { ...definition, id: 'pv-digitala' } });
    expect(refusal(body)).toMatchObject({
      code: 'ALREADY_EXISTS',
      message: expect.stringMatching(/^Indikatorn pv-digitala finns redan \(senaste version 3\)/),
    });
  });

  it('reports every problem at once, the id among them', async () => {
    const { body } = await post(cookies.countyEditor, createIndicator, { definition: { ...definition, id: 'Ny Indikator', unit: 'days' } });
    expect(refusal(body).problems).toEqual([
      { path: 'id', message: 'Id får bara innehålla a–z, 0–9 och bindestreck / id must be kebab-case a–z, 0–9' },
      { path: 'unit', message: expect.stringMatching(/^Enheten days passar inte beräkningen proportion/) },
    ]);
    const notAnObject = await post(cookies.countyEditor, createIndicator, { definition: [1, 2] });
    expect(refusal(notAnObject.body).problems).toEqual([
      { path: '(rot)', message: 'Definitionen ska vara ett JSON-objekt / the definition must be a JSON object' },
    ]);
  });
});

describe('recompute after a new version', () => {
  const id = 'test-bedomning-version';
  const first = testIndicator(id, {
    unit: 'percent',
    computation: {
      kind: 'proportion',
      dataset: 'pv_kontakter',
      periodField: 'kontaktdatum',
      denominatorWhere: [{ op: 'eq', field: 'vardgaranti', value: true }],
      numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 3 }],
    },
  });

  async function values() {
    return db.sql<{ definitionVersion: number; numerator: number; denominator: number }[]>`
      select definition_version as "definitionVersion", numerator::float8 as numerator, denominator::float8 as denominator
      from indicator_value
      where indicator_id = ${id} and org_unit = '1488' and period_type = 'month' and period = '2026-01' and sex = 'T'`;
  }

  beforeAll(async () => {
    const contacts = [contactsHeader, ...assessedContacts('1488', 'K', '2026-01-15', 30, 24)].join('\n');
    const imported = await runImport({
      sql: db.sql,
      embedded: db.backend === 'pglite',
      dataset: pvKontakter,
      input: Readable.from([Buffer.from(`${contacts}\n`)]),
      fileName: 'kontakter.csv',
      policy: 'all_or_nothing',
      actor: cliActor,
    });
    expect(imported.status).toBe('published');
  });

  it('computes with the newest version, the values saying which, while the old version stays readable', async () => {
    expect((await post(cookies.countyEditor, createIndicator, { definition: first })).body.errors).toBeUndefined();
    await recompute(db.sql, { indicators: [id] });
    // 24 of the 30 were assessed within 3 days.
    expect(await values()).toEqual([{ definitionVersion: 1, numerator: 24, denominator: 30 }]);

    const computation = { ...first.computation, numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 0 }] };
    const { body } = await post(cookies.countyEditor, createVersion, { id, definition: { ...first, computation } });
    expect(body.data?.createIndicatorVersion).toMatchObject({ version: 2 });
    // Values computed before keep the version they were computed with until the next recompute.
    expect((await values())[0]?.definitionVersion).toBe(1);

    const [result] = await recompute(db.sql, { indicators: [id] });
    expect(result).toMatchObject({ indicatorId: id, version: 2, status: 'computed' });
    // Same day: i % 4 === 0 for i < 24, so 6 of them.
    expect(await values()).toEqual([{ definitionVersion: 2, numerator: 6, denominator: 30 }]);
    const versions = await db.sql`select distinct definition_version from indicator_value where indicator_id = ${id}`;
    expect(versions).toEqual([{ definition_version: 2 }]);
    expect((await newest(id, 1)).json.computation).toEqual(first.computation);
  });
});
