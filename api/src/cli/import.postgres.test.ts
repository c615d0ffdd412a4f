import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { finished, runSamsyn, spawnSamsyn } from '../testing/process.ts';

/** `samsyn import` as a user runs it, against real PostgreSQL, including being killed half-way. */
let db: TestDatabase;
let dir: string;
const header = 'kontakt_id;vardenhet_id;kommun;kon;aldersgrupp;kontaktdatum;forsta_kontakt_datum;yrkeskategori;kontaktform;vardgaranti;medicinsk_bedomning';
const row = (id: number, date: string) => `${id};VC Centrum;1480;K;65-79;${date};${date};lakare;fysiskt;J;J`;

beforeAll(async () => {
  db = await createTestDatabase('postgres');
  await migrate(db.sql);
  await seedReferenceData(db.sql);
  dir = await mkdtemp(join(tmpdir(), 'samsyn-import-'));
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({ DATABASE_URL: db.env.DATABASE_URL! });
const count = async () => (await db.sql`select count(*)::int as n from fact_pv_kontakt`)[0]?.n as number;

describe('samsyn import', () => {
  it('publishes a file, says so, and exits 0; the same file again is a no-op', async () => {
    const file = join(dir, 'mars.csv');
    await writeFile(file, `${header}\n${row(1, '2026-03-01')}\n${row(2, '2026-03-02')}\n`);
    const first = await runSamsyn(['import', 'pv_kontakter', file], env());
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Import \d+ publicerad: 2 rader för 2026-03\.$/m);
    const again = await runSamsyn(['import', 'pv_kontakter', file], env());
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Filen är redan importerad \(import \d+\); inget ändrades\.$/m);
  });

  it('rejects a file with errors, listing the first ones with line and column, and exits 1', async () => {
    const file = join(dir, 'fel.csv');
    await writeFile(file, `${header}\n${row(3, '2026-04-01')}\n${row(4, '2026-04-31')}\n`);
    const result = await runSamsyn(['import', 'pv_kontakter', file], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Fel: Import \d+ avvisad – inget publicerades\. 1 av 2 rader avvisades:\n/);
    expect(result.stderr).toContain("  rad 3, kolumn kontaktdatum (6): Ogiltigt datum '2026-04-31' – använd ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD");
    expect(result.stderr).toMatch(/med --accept-valid\.\n$/);
  });

  it('explains an unknown dataset and a missing file', async () => {
    expect((await runSamsyn(['import', 'pv_kontakt', 'x.csv'], env())).stderr).toMatch(
      /^Fel: Okänd datamängd "pv_kontakt": välj pv_kontakter, utskrivningsklara, specialiserad_vantande, befolkning/,
    );
    expect((await runSamsyn(['import', 'pv_kontakter', join(dir, 'saknas.csv')], env())).stderr).toMatch(
      /^Fel: Filen .*saknas\.csv finns inte eller kan inte läsas/,
    );
  });

  it('leaves published data intact when killed with SIGKILL half-way, and the next import succeeds', { timeout: 120_000 }, async () => {
    const before = await count();
    const big = join(dir, 'stor.csv');
    const out = createWriteStream(big);
    out.write(`${header}\n`);
    for (let i = 0; i < 150_000; i++) out.write(`${row(100_000 + i, '2026-05-01')}\n`);
    await new Promise((resolve) => out.end(resolve));

    const child = spawnSamsyn(['import', 'pv_kontakter', big], env());
    const exited = finished(child);
    // Kill once the batch is under way (its row exists and is running).
    for (let i = 0; i < 300; i++) {
      const [running] = await db.sql`select id from import_batch where status = 'running' and file_name = 'stor.csv'`;
      if (running) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    expect((await exited).code).toBeNull();
    expect(await count()).toBe(before);

    const retry = await runSamsyn(['import', 'pv_kontakter', big], env());
    expect(retry.code).toBe(0);
    expect(await count()).toBe(before + 150_000);
    const batches = await db.sql`select status from import_batch where file_name = 'stor.csv' order by id`;
    expect(batches.map((b) => b.status)).toEqual(['failed', 'published']);
  });
});
