import { describe, expect, it } from 'vitest';
import { adminUrl } from '../testing/database.ts';
import { runCli, type CliIo } from './run.ts';

describe('samsyn CLI against a PostgreSQL server', () => {
  it('explains a database that does not exist', async () => {
    const url = new URL(adminUrl);
    url.pathname = '/samsyn_finns_inte';
    const err: string[] = [];
    const io: CliIo = { out: () => {}, err: (line) => err.push(line), env: { DATABASE_URL: url.toString() } };
    expect(await runCli(['migrate'], io)).toBe(1);
    expect(err).toEqual([
      `Fel: Databasen i ${url} finns inte: skapa den (createdb) eller rätta DATABASE_URL / the database does not exist: create it or fix DATABASE_URL`,
    ]);
  });
});
