import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/passwords.ts';
import { findLoginCredentials, findUsers } from '../auth/users.ts';
import { findDataset } from '../imports/datasets/index.ts';
import { createSeededTestApp, postGraphQL } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { createDemoAccounts } from './accounts.ts';
import { generateDemo, type DemoManifest } from './generate.ts';
import { demoActor, importDemo, type DemoImportProgress } from './import-demo.ts';

/** A small demo (3 months, 5 % of the volume) through the real import pipeline. */
let db: TestDatabase;
let app: Hono;
let dir: string;
let manifest: DemoManifest;
beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  dir = await mkdtemp(join(tmpdir(), 'samsyn-demo-db-'));
  ({ manifest } = await generateDemo({ months: 3, scale: 0.05, seed: 3, dir, today: new Date('2026-05-14T10:00:00Z') }));
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const demoData = async () => (await postGraphQL<{ demoData: boolean }>(app, '{ demoData }')).body.data?.demoData;
const rowsIn = async (table: string, where = db.sql``) =>
  (await db.sql<{ n: number }[]>`select count(*)::int as n from ${db.sql(table)} ${where}`)[0]!.n;

describe('importDemo', () => {
  it('imports every demo file, all published by the demo actor with as many rows as the files have', async () => {
    expect(await demoData()).toBe(false);
    const progress: DemoImportProgress[] = [];
    const results = await importDemo({ sql: db.sql, embedded: db.backend === 'pglite', dir, onProgress: (p) => progress.push(p) });

    expect(results.map((r) => r.status)).toEqual(manifest.files.map(() => 'published'));
    expect(results.map((r) => r.rowsPublished)).toEqual(manifest.files.map((f) => f.rows));
    expect(results.every((r) => r.rowsRejected === 0)).toBe(true);
    const batches = await db.sql<{ fileName: string; status: string; startedBy: string; rowsPublished: number }[]>`
      select file_name as "fileName", status, started_by as "startedBy", rows_published as "rowsPublished"
      from import_batch order by id`;
    expect(batches).toEqual(
      manifest.files.map((f) => ({ fileName: f.file, status: 'published', startedBy: demoActor.label, rowsPublished: f.rows })),
    );
    for (const name of new Set(manifest.files.map((f) => f.dataset))) {
      const expected = manifest.files.filter((f) => f.dataset === name).reduce((sum, f) => sum + f.rows, 0);
      expect(await rowsIn(findDataset(name).factTable), name).toBe(expected);
    }
    expect(progress.filter((p) => p.result).map((p) => `${p.step}/${p.steps} ${p.entry.file}`)).toEqual(
      manifest.files.map((f, i) => `${i + 1}/${manifest.files.length} ${f.file}`),
    );
    expect(await demoData()).toBe(true);
  });

  it('imports the faulty file with its valid rows: ten rejects, and the month is as before', async () => {
    const april = db.sql`where period = '2026-04-01'`;
    const before = await rowsIn('fact_pv_kontakt', april);
    const results = await importDemo({ sql: db.sql, embedded: db.backend === 'pglite', dir, withFaulty: true });

    expect(results.slice(0, -1).every((r) => r.status === 'duplicate')).toBe(true);
    const faulty = results.at(-1)!;
    expect(faulty).toMatchObject({
      status: 'published',
      rowsTotal: manifest.faulty.rows,
      rowsRejected: 10,
      rowsPublished: manifest.faulty.rows - 10,
      periods: ['2026-04'],
    });
    expect(await rowsIn('fact_pv_kontakt', april)).toBe(before);
    const reasons = (await db.sql<{ reason: string }[]>`
      select reason from import_reject where batch_id = ${faulty.batchId} order by line_number`).map((r) => r.reason);
    expect(reasons).toHaveLength(10);
    for (const expected of [
      /^Okänd kommunkod 9999/,
      /^Ogiltigt datum '2025-02-30'/,
      /^Okänt värde 'tandlakare'/,
      /^Värdet saknas/,
      /finns redan på rad 2 /,
      /^Raden har 10 fält men rubrikraden har 11$/,
      /^Okänd åldersgrupp '85\+'/,
      /^Ogiltigt ja\/nej-värde 'kanske'/,
      /^Ogiltigt datum '31\/01\/2025'/,
      /^Okänt värde 'sms'/,
    ]) {
      expect(reasons.some((reason) => expected.test(reason)), String(expected)).toBe(true);
    }
  });
});

describe('createDemoAccounts', () => {
  it('creates the three demo accounts once, with random passwords in a file only the owner can read', async () => {
    const { accounts, file } = await createDemoAccounts(db.sql, dir);
    expect(accounts.map((a) => a.email)).toEqual([
      'demo-arbetsgrupp@samsyn.invalid',
      'demo-politiker@samsyn.invalid',
      'demo-admin@samsyn.invalid',
    ]);
    expect(new Set(accounts.map((a) => a.password)).size).toBe(3);
    for (const account of accounts) {
      expect(account.password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
      const credentials = await findLoginCredentials(db.sql, account.email);
      expect(await verifyPassword(credentials?.passwordHash, account.password)).toBe(true);
    }
    const users = await findUsers(db.sql);
    expect(users.map((u) => [u.email, u.isDemo, u.grants])).toEqual([
      ['demo-admin@samsyn.invalid', true, [{ role: 'admin', orgUnitCode: null }]],
      ['demo-arbetsgrupp@samsyn.invalid', true, [{ role: 'editor', orgUnitCode: '14' }]],
      ['demo-politiker@samsyn.invalid', true, [{ role: 'reviewer', orgUnitCode: '14' }]],
    ]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const text = await readFile(file, 'utf8');
    for (const account of accounts) expect(text).toContain(account.password);

    const again = await createDemoAccounts(db.sql, dir);
    expect(again.accounts).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});
