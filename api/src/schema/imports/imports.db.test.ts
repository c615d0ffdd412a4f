import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../audit/record.ts';
import { pvKontakter } from '../../imports/datasets/pv-kontakter.ts';
import { runImport } from '../../imports/run-import.ts';
import { createSeededTestApp, postGraphQL } from '../../testing/app.ts';
import type { TestDatabase } from '../../testing/database.ts';
import { createTestUser, sessionCookieFor } from '../../testing/users.ts';

let db: TestDatabase;
let app: Hono;
let cookie: string;
let rejectedBatch: string;

beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  const editor = await createTestUser(db.sql, 'import@example.se', { role: 'editor', orgUnitCode: '14' });
  cookie = await sessionCookieFor(db.sql, editor.id);
  const header = 'kontakt_id;vardenhet_id;kommun;kon;aldersgrupp;kontaktdatum;forsta_kontakt_datum;yrkeskategori;kontaktform;vardgaranti;medicinsk_bedomning';
  const bad = Array.from({ length: 5 }, (_, i) => `k${i};VC;99${i}9;K;65-79;2026-03-01;2026-03-01;lakare;fysiskt;J;J`);
  const result = await runImport({
    sql: db.sql,
    embedded: db.backend === 'pglite',
    dataset: pvKontakter,
    input: Readable.from([Buffer.from(`${header}\n${bad.join('\n')}\n`)]),
    fileName: 'mars.csv',
    policy: 'all_or_nothing',
    actor: cliActor,
  });
  rejectedBatch = result.batchId;
});
afterAll(async () => {
  await db.drop();
});

describe('import batches through GraphQL', () => {
  it('lists batches with their outcome', async () => {
    const { body } = await postGraphQL(app, '{ importBatches { id dataset fileName status policy rowsTotal rowsRejected startedBy } }', {}, { cookie });
    expect(body.data?.importBatches).toEqual([
      {
        id: rejectedBatch,
        dataset: 'pv_kontakter',
        fileName: 'mars.csv',
        status: 'REJECTED',
        policy: 'ALL_OR_NOTHING',
        rowsTotal: 5,
        rowsRejected: 5,
        startedBy: 'cli',
      },
    ]);
  });

  it('pages through the rejects of a batch', async () => {
    const page = async (after?: string) =>
      (
        await postGraphQL(
          app,
          'query ($id: ID!, $after: String) { importBatch(id: $id) { rejects(first: 2, after: $after) { rejects { lineNumber column value } nextCursor totalCount } } }',
          { id: rejectedBatch, after },
          { cookie },
        )
      ).body.data?.importBatch.rejects as { rejects: { lineNumber: number; value: string }[]; nextCursor: string | null; totalCount: number };
    const first = await page();
    expect(first).toMatchObject({ totalCount: 5, nextCursor: '3:3' });
    expect(first.rejects.map((r) => [r.lineNumber, r.value])).toEqual([
      [2, '9909'],
      [3, '9919'],
    ]);
    const second = await page(first.nextCursor ?? undefined);
    const third = await page(second.nextCursor ?? undefined);
    expect([...second.rejects, ...third.rejects].map((r) => r.lineNumber)).toEqual([4, 5, 6]);
    expect(third.nextCursor).toBeNull();
  });

  it('returns null for an unknown batch', async () => {
    const { body } = await postGraphQL(app, '{ a: importBatch(id: "999999") { id } b: importBatch(id: "x") { id } }', {}, { cookie });
    expect(body.data).toEqual({ a: null, b: null });
  });
});
