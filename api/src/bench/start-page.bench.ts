import { afterAll, beforeAll, bench, describe } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestApp, postGraphQL } from '../testing/app.ts';
import { createTestDatabase, testBackend, type TestDatabase } from '../testing/database.ts';

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
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  db = await createTestDatabase(process.env.SAMSYN_TEST_BACKEND ? testBackend() : 'pglite');
  await migrate(db.sql);
  await seedReferenceData(db.sql);
  app = createTestApp(db.sql);
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
