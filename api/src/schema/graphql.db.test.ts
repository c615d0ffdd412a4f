import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSql } from '../db/client.ts';
import { createSeededTestApp, createTestApp, postGraphQL } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';

let db: TestDatabase;
let app: Hono;
beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
});
afterAll(async () => {
  await db.drop();
});

describe('org units', () => {
  it('lists the 49 municipalities in Swedish alphabetical order', async () => {
    const { status, body } = await postGraphQL(app, '{ orgUnits(kind: MUNICIPALITY) { code name kind parentCode } }');
    expect(status).toBe(200);
    const units = body.data?.orgUnits as { code: string; name: string; kind: string }[];
    expect(units).toHaveLength(49);
    expect(units[0]).toEqual({ code: '1440', name: 'Ale', kind: 'MUNICIPALITY', parentCode: 'GR' });
    expect(units.slice(-3).map((u) => u.name)).toEqual(['Vänersborg', 'Åmål', 'Öckerö']);
  });

  it('filters by parent and resolves parents and children', async () => {
    const { body } = await postGraphQL(
      app,
      `query ($code: String!) {
        orgUnits(parent: "14") { code children { code } }
        orgUnit(code: $code) { name kind parent { code name parent { code kind } } children { code } validFrom validTo }
      }`,
      { code: '1480' },
    );
    const subregions = body.data?.orgUnits as { code: string; children: unknown[] }[];
    expect(subregions.map((s) => [s.code, s.children.length])).toEqual([
      ['FYRBODAL', 14],
      ['GR', 12],
      ['SJUHARAD', 8],
      ['SKARABORG', 15],
    ]);
    expect(body.data?.orgUnit).toEqual({
      name: 'Göteborg',
      kind: 'MUNICIPALITY',
      parent: { code: 'GR', name: 'Göteborgsregionen', parent: { code: '14', kind: 'COUNTY' } },
      children: [],
      validFrom: '1998-01-01',
      validTo: null,
    });
  });

  it('returns null for an unknown code', async () => {
    const { body } = await postGraphQL(app, '{ orgUnit(code: "9999") { name } }');
    expect(body).toEqual({ data: { orgUnit: null } });
  });
});

describe('indicators', () => {
  it('serves the catalogue with its metadata in both languages', async () => {
    const { body } = await postGraphQL(
      app,
      `{ indicators(area: ACCESSIBILITY) { id version area principal polarity unit frequency title { sv en }
           assessment { method green yellow } disclosure { minDenominator minCell } caveats { sv } } }`,
    );
    const indicators = body.data?.indicators as Record<string, unknown>[];
    expect(indicators.map((i) => i.id)).toEqual([
      'pv-bedomning-3d',
      'pv-digitala',
      'pv-ej-lakare',
      'pv-hembesok-80',
      'pv-kontakt-samma-dag',
      'sv-forstabesok-90d',
    ]);
    expect(indicators[0]).toEqual({
      id: 'pv-bedomning-3d',
      version: 2,
      area: 'ACCESSIBILITY',
      principal: 'REGION',
      polarity: 'HIGHER_IS_BETTER',
      unit: 'PERCENT',
      frequency: 'MONTH',
      title: {
        sv: 'Medicinsk bedömning inom 3 dagar i primärvården',
        en: 'Medical assessment within 3 days in primary care',
      },
      assessment: { method: 'TARGET', green: 90, yellow: 80 },
      disclosure: { minDenominator: 20, minCell: 0 },
      caveats: { sv: expect.stringMatching(/^Kontakter som inte gäller ett nytt problem/) },
    });
    expect(indicators[1]).toMatchObject({ assessment: { method: 'NONE', green: null, yellow: null }, caveats: null });
  });

  it('finds one indicator by id, and the newest version unless one is asked for', async () => {
    const { body } = await postGraphQL(
      app,
      '{ a: indicator(id: "pv-digitala") { version shortTitle { en } } b: indicator(id: "pv-digitala", version: 7) { id } c: indicator(id: "nope") { id } }',
    );
    expect(body.data).toEqual({ a: { version: 2, shortTitle: { en: 'Digital contacts' } }, b: null, c: null });
  });

  it('serves every area of the catalogue, in the areas\' order and then by id', async () => {
    const { body } = await postGraphQL(app, '{ all: indicators { area } pe: indicators(area: PATIENT_EXPERIENCE) { id unit } }');
    const areas = (body.data?.all as { area: string }[]).map((i) => i.area);
    expect(areas).toHaveLength(20);
    expect([...new Set(areas)]).toEqual(['ACCESSIBILITY', 'CONTINUITY', 'CARE_TRANSITIONS', 'ELDERLY_CARE', 'PATIENT_EXPERIENCE']);
    expect(body.data?.pe).toEqual(
      ['pe-delaktighet', 'pe-helhetsintryck', 'pe-kontinuitet', 'pe-trygg-hemgang'].map((id) => ({ id, unit: 'PERCENT' })),
    );
  });
});

describe('report templates and periods', () => {
  it('serves the built-in templates', async () => {
    const { body } = await postGraphQL(app, '{ reportTemplates { id periodType title { sv } sections { kind area } } }');
    const templates = body.data?.reportTemplates as { title: { sv: string }; periodType: string; sections: unknown[] }[];
    expect(templates.map((t) => [t.title.sv, t.periodType])).toEqual([
      ['Kvartalsrapport god och nära vård', 'QUARTER'],
      ['Årsrapport god och nära vård', 'YEAR'],
    ]);
    expect(templates[0]?.sections.slice(0, 2)).toEqual([
      { kind: 'SCORECARD', area: null },
      { kind: 'AREA', area: 'ACCESSIBILITY' },
    ]);
  });

  it('computes the latest complete period and rejects impossible dates with a clear error', async () => {
    const ok = await postGraphQL(app, '{ latestCompletePeriod(type: QUARTER, date: "2026-11-22") { key label { sv } start end } }');
    expect(ok.body.data).toEqual({
      latestCompletePeriod: { key: '2026-Q3', label: { sv: 'Kvartal 3 2026' }, start: '2026-07-01', end: '2026-09-30' },
    });
    const bad = await postGraphQL(app, '{ latestCompletePeriod(type: YEAR, date: "2026-13-01") { key } }');
    expect(bad.body.errors?.[0]).toMatchObject({
      message: 'Ogiltigt datum "2026-13-01": ange ÅÅÅÅ-MM-DD / invalid date, use YYYY-MM-DD',
      extensions: { code: 'BAD_USER_INPUT', argument: 'date' },
    });
  });
});

describe('GraphQL over HTTP', () => {
  it('answers GET queries with the graphql-response media type', async () => {
    const response = await app.request(`/graphql?query=${encodeURIComponent('{ orgUnit(code: "14") { name } }')}`, {
      headers: { accept: 'application/graphql-response+json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({ data: { orgUnit: { name: 'Västra Götalands län' } } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects an unknown field with 400 and a message naming it', async () => {
    const { status, body } = await postGraphQL(app, '{ orgUnits { code colour } }');
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toBe('Cannot query field "colour" on type "OrgUnit".');
  });

  it('rejects a malformed query with 400 and where it broke', async () => {
    const { status, body } = await postGraphQL(app, '{ orgUnits { code ');
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: 'Syntax Error: Expected Name, found <EOF>.', locations: [{ line: 1, column: 19 }] });
  });

  it('masks unexpected errors: no SQL, table names or stack traces reach the client', async () => {
    await db.sql`alter table indicator_definition rename to indicator_definition_hidden`;
    try {
      const { status, body } = await postGraphQL(app, '{ indicators { id } }');
      expect(status).toBe(200);
      expect(body.errors).toEqual([
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['indicators'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/indicator_definition|relation|stack/);
    } finally {
      await db.sql`alter table indicator_definition_hidden rename to indicator_definition`;
    }
  });
});

describe('/healthz', () => {
  it('reports a working database', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    const unreachable = createSql('postgres://postgres@127.0.0.1:1/none', { max: 1 });
    try {
      const response = await createTestApp(unreachable).request('/healthz');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    } finally {
      await unreachable.end();
    }
  });
});
