import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSql, type SqlPool } from '../db/client.ts';
import { openEmbeddedDatabase } from '../db/embedded.ts';

/**
 * A throwaway database for one test file, on the backend the vitest project selects:
 * SAMSYN_TEST_BACKEND=postgres → a new database on the real PostgreSQL server (TEST_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards;
 * SAMSYN_TEST_BACKEND=pglite → the embedded PGlite + socket path Samsyn runs by default, in a temp folder.
 */
export type TestBackend = 'postgres' | 'pglite';

export interface TestDatabase {
  backend: TestBackend;
  sql: SqlPool;
  /** How to reach the same database from a Samsyn process: DATABASE_URL or SAMSYN_DATA_DIR. */
  env: { DATABASE_URL?: string; SAMSYN_DATA_DIR?: string };
  drop(): Promise<void>;
}

export const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function testBackend(): TestBackend {
  const backend = process.env.SAMSYN_TEST_BACKEND;
  if (backend !== 'postgres' && backend !== 'pglite') {
    throw new Error('SAMSYN_TEST_BACKEND must be postgres or pglite (set by the vitest project)');
  }
  return backend;
}

export async function createTestDatabase(backend: TestBackend = testBackend()): Promise<TestDatabase> {
  return backend === 'postgres' ? createPostgresDatabase() : createPgliteDatabase();
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `samsyn_test_${randomBytes(6).toString('hex')}`;
  const admin = createSql(adminUrl, { max: 1 });
  try {
    // A generated name, not user input: identifiers cannot be bound as parameters.
    await admin`create database ${admin(name)}`;
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const sql = createSql(url.toString(), { max: 4 });
  return {
    backend: 'postgres',
    sql,
    env: { DATABASE_URL: url.toString() },
    async drop() {
      await sql.end({ timeout: 5 });
      const cleanup = createSql(adminUrl, { max: 1 });
      await cleanup`drop database if exists ${cleanup(name)} with (force)`;
      await cleanup.end();
    },
  };
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'samsyn-test-'));
  const embedded = await openEmbeddedDatabase(dataDir, (error) => {
    throw error;
  });
  return {
    backend: 'pglite',
    sql: embedded.sql,
    env: { SAMSYN_DATA_DIR: dataDir },
    async drop() {
      await embedded.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
