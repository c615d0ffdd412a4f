import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { migrate, readMigrations, type Migration } from './migrate.ts';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const tableExists = async (name: string) =>
  (await db.sql`select to_regclass(${name}) is not null as exists`)[0]?.exists as boolean;

describe('migrate', () => {
  it('applies the repository migrations once and records them', async () => {
    const files = await readMigrations();
    expect(files[0]?.name).toBe('0001_org_units_and_indicator_definitions.sql');
    expect(await migrate(db.sql)).toEqual(files.map((m) => m.name));
    expect(await migrate(db.sql)).toEqual([]);
    expect(await tableExists('org_unit')).toBe(true);
    expect(await tableExists('indicator_definition')).toBe(true);
    const recorded = await db.sql`select name, checksum from schema_migration order by name`;
    expect(recorded.map((r) => [r.name, r.checksum])).toEqual(files.map((m) => [m.name, m.checksum]));
  });

  it('applies all pending migrations in one transaction: a failing one leaves nothing behind', async () => {
    const migrations: Migration[] = [
      { name: '0001_a.sql', checksum: 'a', sql: 'create table a (id int);' },
      { name: '0002_b.sql', checksum: 'b', sql: 'create table b (id int); select * from no_such_table;' },
    ];
    await expect(migrate(db.sql, migrations)).rejects.toMatchObject({ code: '42P01' });
    expect(await tableExists('a')).toBe(false);
    expect(await tableExists('schema_migration')).toBe(false);
  });

  it('refuses to continue when an applied migration was edited', async () => {
    await migrate(db.sql, [{ name: '0001_a.sql', checksum: 'a', sql: 'create table a (id int);' }]);
    await expect(
      migrate(db.sql, [{ name: '0001_a.sql', checksum: 'edited', sql: 'create table a (id bigint);' }]),
    ).rejects.toThrow(/Migreringen 0001_a.sql har ändrats efter att den körts/);
  });

  it('refuses to run older code against a newer database', async () => {
    await migrate(db.sql, [{ name: '0009_future.sql', checksum: 'f', sql: 'select 1;' }]);
    await expect(migrate(db.sql, [])).rejects.toThrow(/Databasen har migreringen 0009_future.sql som saknas/);
  });
});
