import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { Hono } from 'hono';
import { createSeededTestApp, postGraphQL } from '../testing/app.ts';
import { testBackend, type TestDatabase } from '../testing/database.ts';

/**
 * The start page's GraphQL query through the whole API (HTTP handling, Yoga, resolvers, database),
 * against a `select 1` round trip on the same connection measured in the same run: compare the two
 * as a ratio, since absolute times on shared machines are noise.
 */
const startPageQuery = `{
  orgUnits { code name kind parentCode }
  indicators { id version title { sv en } definition { sv en } assessment { method green yellow } }
}`;

let db: TestDatabase;
let app: Hono;

beforeAll(async () => {
  // The embedded database unless SAMSYN_TEST_BACKEND=postgres asks for the real server.
  ({ db, app } = await createSeededTestApp(process.env.SAMSYN_TEST_BACKEND ? testBackend() : 'pglite'));
});
afterAll(async () => {
  await db.drop();
});

describe('start page data', () => {
  bench('baseline: select 1', async () => {
    await db.sql`select 1`;
  });
  bench('GraphQL start-page query', async () => {
    const { status } = await postGraphQL(app, startPageQuery);
    if (status !== 200) throw new Error(`status ${status}`);
  });
});
