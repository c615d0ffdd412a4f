import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDefinitionVersion } from '../definitions/store.ts';
import { seedIndicatorDefinitions } from '../seed/indicators.ts';
import { readVgrOrgUnits, seedOrgUnits } from '../seed/org-units.ts';
import { countedTestApp, createMigratedTestDatabase } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { testIndicator } from '../testing/indicators.ts';

/**
 * Whole answers of the public value queries kept by the server (response-cache.ts): served again with one statement
 * (the generation), never once the values, units or definitions have changed, and never for any other document.
 */
const indicator = testIndicator('test-cache', { unit: 'percent', computation: { kind: 'kolada', kpi: 'N00001' } });

let db: TestDatabase;
let app: Hono;
let counted: ReturnType<typeof countedTestApp>['counted'];

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  await seedOrgUnits(db.sql, await readVgrOrgUnits());
  await seedIndicatorDefinitions(db.sql, [indicator]);
  await db.sql`
    insert into indicator_value (indicator_id, definition_version, org_unit, period_type, period, sex, value, suppressed)
    values ('test-cache', 1, '1480', 'quarter', '2026-Q1', 'T', 50, false)`;
  ({ app, counted } = countedTestApp(db));
});
afterAll(async () => {
  await db.drop();
});

const scorecardQuery = `{ scorecard(orgUnit: "1480", periodType: QUARTER, period: "2026-Q1") { indicatorId value } }`;

/** An answer, the statements it cost, and its ETag: the plugin tags only answers it keeps. */
async function ask(query: string, headers: Record<string, string> = {}) {
  const before = counted.count();
  const response = await app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, any> };
  return { status: response.status, body, tag: response.headers.get('etag'), statements: counted.count() - before };
}

describe('the response cache', () => {
  it('answers the same question again from the cache, with only the generation read', async () => {
    const first = await ask(scorecardQuery);
    expect(first.body).toEqual({ data: { scorecard: [{ indicatorId: 'test-cache', value: 50 }] } });
    expect(first.statements).toBeGreaterThan(1);
    const again = await ask(scorecardQuery);
    expect(again.body).toEqual(first.body);
    expect(again.statements).toBe(1);
  });

  it('answers afresh once a value changes', async () => {
    await ask(scorecardQuery);
    await db.sql`update indicator_value set value = 60 where indicator_id = 'test-cache'`;
    const after = await ask(scorecardQuery);
    expect(after.body.data).toEqual({ scorecard: [{ indicatorId: 'test-cache', value: 60 }] });
    expect(after.statements).toBeGreaterThan(1);
  });

  it('answers afresh once a new indicator is defined: the scorecard lists it at once', async () => {
    await ask(scorecardQuery);
    const added = testIndicator('test-ny', { unit: 'percent', computation: { kind: 'kolada', kpi: 'N00002' } });
    expect(await insertDefinitionVersion(db.sql, added, 'api')).toEqual({ inserted: true });
    const after = await ask(scorecardQuery);
    expect(after.body.data).toEqual({
      scorecard: [
        { indicatorId: 'test-cache', value: 60 },
        { indicatorId: 'test-ny', value: null },
      ],
    });
  });

  it('keeps out documents that ask for anything else, and answers each of them with its own data', async () => {
    const mixed = `{ scorecard(orgUnit: "1480", periodType: QUARTER, period: "2026-Q1") { indicatorId } version }`;
    const first = await ask(mixed);
    const again = await ask(mixed);
    expect(again.body).toEqual(first.body);
    expect([first.tag, again.tag]).toEqual([null, null]);
    expect((await ask(scorecardQuery)).tag).toBeTruthy();

    // A cacheable field behind a fragment at the root is not recognised: the answer must not be kept under the key
    // all such documents share, or the next one would get it.
    const viaFragment = `query { ...card } fragment card on Query { scorecard(orgUnit: "1480", periodType: QUARTER, period: "2026-Q1") { value } }`;
    expect((await ask(viaFragment)).body.data).toEqual({ scorecard: [{ value: 60 }, { value: null }] });
    const other = await ask('{ version }');
    expect(typeof other.body.data?.version).toBe('string');
    expect(other.body.data?.scorecard).toBeUndefined();
  });

  it('never answers 304 to the tag of an earlier answer', async () => {
    const { body, tag } = await ask(scorecardQuery);
    expect(tag).toBeTruthy();
    await db.sql`update indicator_value set value = 70 where indicator_id = 'test-cache'`;
    const after = await ask(scorecardQuery, { 'if-none-match': tag! });
    expect(after.status).toBe(200);
    expect(after.body.data?.scorecard[0]).toEqual({ indicatorId: 'test-cache', value: 70 });
    expect(body.data?.scorecard[0].value).toBe(60);
  });
});
