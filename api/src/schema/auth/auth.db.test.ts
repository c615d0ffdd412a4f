import type { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginLimits } from '../../auth/rate-limit.ts';
import type { UserRow } from '../../auth/users.ts';
import { createSeededTestApp, postGraphQL } from '../../testing/app.ts';
import type { TestDatabase } from '../../testing/database.ts';
import { createTestUser, sessionCookieFor, testPassword } from '../../testing/users.ts';

let db: TestDatabase;
let app: Hono;
let editor: UserRow;

beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  editor = await createTestUser(db.sql, 'redaktor@example.se', { role: 'editor', orgUnitCode: 'GR' });
});
afterAll(async () => {
  await db.drop();
});
beforeEach(async () => {
  await db.sql`delete from login_failure`;
});

const loginMutation = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { email grants { role orgUnit { name } } } }';
const login = (email: string, password: string, headers: Record<string, string> = {}, url?: string) =>
  postGraphQL(app, loginMutation, { email, password }, { headers, url });
const cookieFrom = (setCookies: string[]) => setCookies[0]?.split(';')[0] ?? '';
const me = async (cookie: string) => (await postGraphQL(app, '{ me { email } }', {}, { cookie })).body.data?.me;

describe('login', () => {
  it('sets an httpOnly, SameSite=Lax session cookie that identifies the user', async () => {
    const { body, setCookies } = await login('  Redaktor@Example.se ', testPassword);
    expect(body.data?.login).toEqual({
      email: 'redaktor@example.se',
      grants: [{ role: 'EDITOR', orgUnit: { name: 'Göteborgsregionen' } }],
    });
    expect(setCookies).toHaveLength(1);
    expect(setCookies[0]).toMatch(/^samsyn_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(await me(cookieFrom(setCookies))).toEqual({ email: 'redaktor@example.se' });
    // Only a hash of the token is stored.
    const token = cookieFrom(setCookies).split('=')[1] ?? '';
    expect((await db.sql`select count(*)::int as n from user_session where token_hash = ${token}`)[0]?.n).toBe(0);
  });

  it('marks the cookie Secure outside localhost', async () => {
    const { setCookies } = await login('redaktor@example.se', testPassword, {}, 'https://samsyn.vgregion.se/graphql');
    expect(setCookies[0]).toMatch(/; Secure/);
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const wrong = await login('redaktor@example.se', 'fel lösenord här');
    const unknown = await login('finns.inte@example.se', 'fel lösenord här');
    for (const { body, setCookies } of [wrong, unknown]) {
      expect(body.errors?.[0]).toMatchObject({
        message: 'Fel e-postadress eller lösenord / wrong e-mail address or password',
        extensions: { code: 'INVALID_CREDENTIALS' },
      });
      expect(setCookies).toEqual([]);
    }
  });

  it('locks an account after five wrong passwords, even for the right one, and says for how long', async () => {
    for (let i = 0; i < loginLimits.perAccount; i++) await login('redaktor@example.se', `fel ${i}`);
    const { body } = await login('redaktor@example.se', testPassword);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(body.errors?.[0]?.message).toMatch(/^För många misslyckade inloggningsförsök\. Vänta 15 minuter och försök igen\./);
    const retryAfter = body.errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it('locks a client address after twenty failures across accounts, but not other addresses', async () => {
    const from = (address: string) => ({ 'x-samsyn-client-address': address });
    for (let i = 0; i < loginLimits.perAddress; i++) await login(`gissning${i}@example.se`, 'fel', from('203.0.113.7'));
    expect((await login('redaktor@example.se', testPassword, from('203.0.113.7'))).body.errors?.[0]?.extensions?.code).toBe(
      'RATE_LIMITED',
    );
    expect((await login('redaktor@example.se', testPassword, from('198.51.100.2'))).body.data?.login.email).toBe(
      'redaktor@example.se',
    );
  });

  it('stores no e-mail or address in clear for rate limiting', async () => {
    await login('redaktor@example.se', 'fel', { 'x-samsyn-client-address': '203.0.113.9' });
    const keys = (await db.sql`select key from login_failure`).map((r) => r.key as string);
    expect(keys).toHaveLength(2);
    expect(keys.join()).not.toMatch(/redaktor|203\.0/);
  });
});

describe('sessions', () => {
  it('logout ends this session and clears the cookie', async () => {
    const cookie = await sessionCookieFor(db.sql, editor.id);
    const { body, setCookies } = await postGraphQL(app, 'mutation { logout }', {}, { cookie });
    expect(body.data).toEqual({ logout: true });
    expect(setCookies[0]).toMatch(/^samsyn_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(await me(cookie)).toBeNull();
  });

  it('logoutEverywhere ends every session of the user', async () => {
    const laptop = await sessionCookieFor(db.sql, editor.id);
    const phone = await sessionCookieFor(db.sql, editor.id);
    await postGraphQL(app, 'mutation { logoutEverywhere }', {}, { cookie: laptop });
    expect(await me(laptop)).toBeNull();
    expect(await me(phone)).toBeNull();
  });

  it('ends a session after two idle hours and after twelve hours in all', async () => {
    const idle = await sessionCookieFor(db.sql, editor.id);
    const old = await sessionCookieFor(db.sql, editor.id);
    const fresh = await sessionCookieFor(db.sql, editor.id);
    const { hashToken } = await import('../../auth/tokens.ts');
    const hashOf = (cookie: string) => hashToken(cookie.split('=')[1] ?? '');
    await db.sql`update user_session set last_seen_at = now() - interval '121 minutes' where token_hash = ${hashOf(idle)}`;
    await db.sql`update user_session set expires_at = now() - interval '1 second' where token_hash = ${hashOf(old)}`;
    expect([await me(idle), await me(old), await me(fresh)]).toEqual([null, null, { email: 'redaktor@example.se' }]);
  });
});

describe('passwords', () => {
  it('changes the password, rejecting a wrong current one and a short new one, and ends other sessions', async () => {
    const user = await createTestUser(db.sql, 'byter@example.se');
    const here = await sessionCookieFor(db.sql, user.id);
    const elsewhere = await sessionCookieFor(db.sql, user.id);
    const change = (current: string, next: string) =>
      postGraphQL(app, 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: current, n: next }, { cookie: here });

    expect((await change('fel', 'ett nytt långt lösenord')).body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await change(testPassword, 'kort')).body.errors?.[0]).toMatchObject({
      message: 'Lösenordet måste ha minst 12 tecken / the password needs at least 12 characters',
      extensions: { code: 'WEAK_PASSWORD' },
    });
    expect((await change(testPassword, 'ett nytt långt lösenord')).body.data).toEqual({ changePassword: true });
    expect(await me(here)).toEqual({ email: 'byter@example.se' });
    expect(await me(elsewhere)).toBeNull();
    expect((await login('byter@example.se', 'ett nytt långt lösenord')).body.data?.login.email).toBe('byter@example.se');
  });

  it('sets a password through a one-time link that works once', async () => {
    const admin = await createTestUser(db.sql, 'admin.lank@example.se', { role: 'admin', orgUnitCode: null });
    const created = await postGraphQL(
      app,
      'mutation { createUser(email: "ny.person@example.se", displayName: "Ny Person") { id hasPassword } }',
      {},
      { cookie: await sessionCookieFor(db.sql, admin.id) },
    );
    const { id, hasPassword } = created.body.data?.createUser as { id: string; hasPassword: boolean };
    expect(hasPassword).toBe(false);
    const link = await postGraphQL(app, `mutation { createPasswordLink(userId: "${id}") }`, {}, {
      cookie: await sessionCookieFor(db.sql, admin.id),
    });
    const path = link.body.data?.createPasswordLink as string;
    expect(path).toMatch(/^\/konto\/losenord\?token=[\w-]{43}$/);
    const token = decodeURIComponent(path.split('token=')[1] ?? '');
    const use = () =>
      postGraphQL(app, 'mutation ($t: String!) { setPasswordWithLink(token: $t, newPassword: "mitt eget långa lösenord") }', { t: token });
    expect((await use()).body.data).toEqual({ setPasswordWithLink: true });
    expect((await use()).body.errors?.[0]?.extensions?.code).toBe('INVALID_LINK');
    expect((await login('ny.person@example.se', 'mitt eget långa lösenord')).body.data?.login.email).toBe('ny.person@example.se');
  });

  it('disabling an account ends its sessions and stops logins', async () => {
    const admin = await createTestUser(db.sql, 'admin.stang@example.se', { role: 'admin', orgUnitCode: null });
    const user = await createTestUser(db.sql, 'slutat@example.se');
    const session = await sessionCookieFor(db.sql, user.id);
    await postGraphQL(app, `mutation { disableUser(userId: "${user.id}") { disabled } }`, {}, {
      cookie: await sessionCookieFor(db.sql, admin.id),
    });
    expect(await me(session)).toBeNull();
    expect((await login('slutat@example.se', testPassword)).body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('the audit log', () => {
  it('records every change with who, what, a compact diff and the request id, and no secrets', async () => {
    const admin = await createTestUser(db.sql, 'admin.logg@example.se', { role: 'admin', orgUnitCode: null });
    const cookie = await sessionCookieFor(db.sql, admin.id);
    const created = await postGraphQL(app, 'mutation { createUser(email: "loggad@example.se") { id } }', {}, { cookie });
    const id = (created.body.data?.createUser as { id: string }).id;
    const granted = await postGraphQL(app, `mutation { grantRole(userId: "${id}", role: REVIEWER, orgUnitCode: "1490") { id } }`, {}, { cookie });
    expect(granted.body.errors).toBeUndefined();

    const { body } = await postGraphQL(
      app,
      'query ($id: String) { auditLog(filter: { entityId: $id }) { entries { actor action entityType entityId orgUnitCode diff requestId occurredAt } nextCursor } }',
      { id },
      { cookie },
    );
    const entries = (body.data?.auditLog as { entries: Record<string, string | null>[] }).entries;
    expect(entries.map((e) => [e.actor, e.action, e.orgUnitCode])).toEqual([
      ['admin.logg@example.se', 'role.grant', '1490'],
      ['admin.logg@example.se', 'user.create', null],
    ]);
    expect(JSON.parse(entries[0]?.diff ?? '')).toEqual({ grants: [[], [{ role: 'reviewer', orgUnitCode: '1490' }]] });
    expect(JSON.parse(entries[1]?.diff ?? '')).toMatchObject({ email: [null, 'loggad@example.se'], hasPassword: [null, false] });
    expect(entries[0]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(entries[0]?.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const all = await db.sql`select diff::text as diff from audit_log`;
    expect(all.map((r) => r.diff).join()).not.toMatch(/argon2|password_hash|samsyn_session/);
  });

  it('pages newest first and filters by action prefix', async () => {
    const admin = await createTestUser(db.sql, 'admin.sida@example.se', { role: 'admin', orgUnitCode: null });
    const cookie = await sessionCookieFor(db.sql, admin.id);
    const page = async (before?: string) =>
      (await postGraphQL(app, 'query ($b: ID) { auditLog(filter: { action: "user." }, first: 2, before: $b) { entries { id action } nextCursor } }', { b: before }, { cookie }))
        .body.data?.auditLog as { entries: { id: string; action: string }[]; nextCursor: string | null };
    const first = await page();
    expect(first.entries).toHaveLength(2);
    expect(first.entries.every((e) => e.action.startsWith('user.'))).toBe(true);
    const second = await page(first.nextCursor ?? undefined);
    expect(Number(second.entries[0]?.id)).toBeLessThan(Number(first.entries[1]?.id));
  });

  it('cannot be changed or emptied, not even by the database owner', async () => {
    await expect(db.sql`update audit_log set actor = 'någon annan'`).rejects.toMatchObject({ code: '42501' });
    await expect(db.sql`delete from audit_log`).rejects.toMatchObject({ code: '42501' });
    await expect(db.sql`truncate audit_log`).rejects.toMatchObject({ code: '42501' });
  });

  it('rolls the audit row back with a failed change', async () => {
    const admin = await createTestUser(db.sql, 'admin.rull@example.se', { role: 'admin', orgUnitCode: null });
    const before = (await db.sql`select count(*)::int as n from audit_log`)[0]?.n;
    const { body } = await postGraphQL(app, `mutation { grantRole(userId: "${admin.id}", role: EDITOR, orgUnitCode: "9999") { id } }`, {}, {
      cookie: await sessionCookieFor(db.sql, admin.id),
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await db.sql`select count(*)::int as n from audit_log`)[0]?.n).toBe(before);
  });
});
