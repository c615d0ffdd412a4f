import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { runSamsyn } from '../testing/process.ts';

/** `samsyn demo` as a person runs it, against real PostgreSQL, at a small volume. */
let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase('postgres');
  await migrate(db.sql);
  await seedReferenceData(db.sql);
  dir = await mkdtemp(join(tmpdir(), 'samsyn-demo-cli-'));
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const small = ['--months', '2', '--scale', '0.02', '--seed', '5'];
const env = () => ({ DATABASE_URL: db.env.DATABASE_URL! });

describe('samsyn demo', () => {
  it('explains wrong flags with the usage, exit code 2', async () => {
    const [months, both, unknown] = await Promise.all([
      runSamsyn(['demo', '--months', '0'], env()),
      runSamsyn(['demo', '--no-import', '--with-bad'], env()),
      runSamsyn(['demo', '--years', '3'], env()),
    ]);
    expect(months).toMatchObject({ code: 2, stderr: 'Fel: --months "0" ska vara ett heltal 1–120 / --months must be a whole number from 1 to 120\n' });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^Fel: --with-bad importerar och går inte ihop med --no-import/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Användning \/ usage: samsyn demo \[--months 36\]/);
  });

  it('only writes the files with --no-import, and says where the faulty file is', async () => {
    const out = join(dir, 'bara-filer');
    const result = await runSamsyn(['demo', ...small, '--out', out, '--no-import'], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}skrev demodata-befolkning\.csv \([\d\s]+ rader\)$/m);
    expect(result.stdout).toContain(`Se avvisningsvyn med: pnpm samsyn import pv_kontakter ${join(out, 'demodata-felaktig-pv_kontakter.csv')}`);
    expect(await readdir(out)).toContain('demodata.json');
    expect((await db.sql`select count(*)::int as n from import_batch`)[0]?.n).toBe(0);
  });

  it('imports everything with --with-bad, the faulty file with its rejects, line by line', async () => {
    const result = await runSamsyn(['demo', ...small, '--out', join(dir, 'med-fel'), '--with-bad'], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}\[1\/\d+\] demodata-befolkning\.csv: publicerad, [\d\s]+ rader$/m);
    expect(result.stdout).toMatch(/^ {2}\[(\d+)\/\1\] demodata-felaktig-pv_kontakter\.csv: publicerad, [\d\s]+ rader, 10 avvisade$/m);
    expect(result.stdout).toMatch(/^Klart\. Webben märker siffrorna "Demodata"; den felaktiga filens avvisade rader syns under Importer\.$/m);
    const statuses = await db.sql<{ status: string }[]>`select distinct status from import_batch`;
    expect(statuses.map((s) => s.status)).toEqual(['published']);
  });

  it('refuses to import over real data', async () => {
    await db.sql`
      insert into import_batch (dataset, file_name, policy, started_by, status)
      values ('befolkning', 'scb.csv', 'all_or_nothing', 'cli', 'published')`;
    const result = await runSamsyn(['demo', ...small, '--out', join(dir, 'over-riktiga')], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Fel: Databasen har 1 riktiga importer; demodata skulle ersätta deras månader/);
  });
});
