import type { Hono } from 'hono';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { createSeededTestApp, postGraphQL } from '../testing/app.ts';
import { testBackend, type TestDatabase } from '../testing/database.ts';
import { createTestUser, sessionCookieFor, testPassword } from '../testing/users.ts';

/**
 * What Argon2id costs a login: a whole login mutation against an authenticated `me` query through
 * the same API and database (the baseline), and the bare hash and verify.
 */
let db: TestDatabase;
let app: Hono;
let cookie: string;
let storedHash: string;

beforeAll(async () => {
  ({ db, app } = await createSeededTestApp(process.env.SAMSYN_TEST_BACKEND ? testBackend() : 'pglite'));
  const user = await createTestUser(db.sql, 'bank@example.se');
  cookie = await sessionCookieFor(db.sql, user.id);
  storedHash = await hashPassword(testPassword);
});
afterAll(async () => {
  await db.drop();
});

describe('login', () => {
  bench('baseline: me query with a session', async () => {
    await postGraphQL(app, '{ me { email } }', {}, { cookie });
  });
  bench('login mutation (Argon2id verify + session)', async () => {
    const { body } = await postGraphQL(app, 'mutation { login(email: "bank@example.se", password: "ett långt testlösenord") { id } }');
    if (body.errors) throw new Error(body.errors[0]?.message);
  });
  bench('Argon2id verify alone', async () => {
    await verifyPassword(storedHash, testPassword);
  });
  bench('Argon2id hash alone', async () => {
    await hashPassword(testPassword);
  });
});
