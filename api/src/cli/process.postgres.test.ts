import { catalogue } from '@samsyn/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../db/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { finished, spawnSamsyn, waitForUrl } from '../testing/process.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('postgres');
});
afterAll(async () => {
  await db.drop();
});

describe('samsyn start with DATABASE_URL', () => {
  it('migrates and seeds the PostgreSQL database, serves it, and stops on SIGTERM', async () => {
    await migrate(db.sql);
    const [abandoned] = await db.sql`
      insert into import_batch (dataset, file_name, policy, started_by)
      values ('pv_kontakter', 'avbruten.csv', 'all_or_nothing', 'cli') returning id`;
    const server = spawnSamsyn(['start', '--api-only'], { DATABASE_URL: db.env.DATABASE_URL!, PORT: '0' });
    const exit = finished(server);
    const url = await waitForUrl(server);

    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ orgUnits(kind: MUNICIPALITY) { code } indicators { id } }' }),
    });
    const { data } = (await response.json()) as { data: { orgUnits: unknown[]; indicators: unknown[] } };
    expect([data.orgUnits.length, data.indicators.length]).toEqual([49, catalogue.length]);
    expect((await db.sql`select count(*)::int as n from schema_migration`)[0]?.n).toBe((await readMigrations()).length);

    // An import left running by a process that died shows as failed once Samsyn has started.
    expect((await db.sql`select status from import_batch where id = ${abandoned?.id}`)[0]?.status).toBe('failed');

    server.kill('SIGTERM');
    expect((await exit).code).toBe(0);
  });
});
