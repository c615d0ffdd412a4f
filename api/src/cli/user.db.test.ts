import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, postGraphQL } from '../testing/app.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { runCli, type CliIo } from './run.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

/** Runs `samsyn …` in process against the test database, answering password prompts from `answers`. */
async function samsyn(args: string[], answers?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { ...db.env, SAMSYN_PUBLIC_URL: 'https://samsyn.example.se/' },
    askSecret: answers ? async () => answers.shift() ?? '' : undefined,
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

describe('samsyn user', () => {
  it('adds an admin without a terminal and prints a one-time link that sets the password', async () => {
    const added = await samsyn(['user', 'add', '--email', 'Admin@Example.se', '--name', 'Ada Admin', '--role', 'admin']);
    expect(added.code).toBe(0);
    expect(added.out[0]).toBe('Skapade admin@example.se (admin).');
    expect(added.out[1]).toBe('Engångslänk för att välja lösenord (giltig 24 timmar, visas bara nu):');
    expect(added.out[2]).toMatch(/^https:\/\/samsyn\.example\.se\/konto\/losenord\?token=[\w-]{43}$/);

    const token = decodeURIComponent(added.out[2]?.split('token=')[1] ?? '');
    const app = createTestApp(db.sql);
    const set = await postGraphQL(app, 'mutation ($t: String!) { setPasswordWithLink(token: $t, newPassword: "adas långa lösenord") }', { t: token });
    expect(set.body.data).toEqual({ setPasswordWithLink: true });
    const login = await postGraphQL(app, 'mutation { login(email: "admin@example.se", password: "adas långa lösenord") { displayName } }');
    expect(login.body.data).toEqual({ login: { displayName: 'Ada Admin' } });
  });

  it('asks for the password twice on a terminal and grants a scoped role', async () => {
    const added = await samsyn(['user', 'add', '--email', 'bo@example.se', '--role', 'editor', '--org', 'GR'], [
      'bos hemliga lösenord',
      'bos hemliga lösenord',
    ]);
    expect(added).toMatchObject({ code: 0, out: ['Skapade bo@example.se (editor@GR).'] });
    const granted = await samsyn(['user', 'grant', '--email', 'bo@example.se', '--role', 'reviewer', '--org', '1480']);
    expect(granted.out).toEqual(['bo@example.se: editor@GR, reviewer@1480']);
    const listed = await samsyn(['user', 'list']);
    expect(listed.out).toEqual(['admin@example.se\tadmin', 'bo@example.se\teditor@GR, reviewer@1480']);
  });

  it('explains mistakes in one line each', async () => {
    expect((await samsyn(['user', 'add', '--email', 'c@example.se'], ['kort', 'kort'])).err).toEqual([
      'Fel: Lösenordet måste ha minst 12 tecken / the password needs at least 12 characters',
    ]);
    expect((await samsyn(['user', 'add', '--email', 'c@example.se'], ['ett långt lösenord', 'ett annat lösenord'])).err).toEqual([
      'Fel: Lösenorden är inte lika / the passwords differ',
    ]);
    const unknownRole = await samsyn(['user', 'add', '--email', 'c@example.se', '--role', 'kung', '--link']);
    expect(unknownRole).toMatchObject({ code: 2, err: ['Fel: Okänd roll "kung": välj admin, editor, reviewer, viewer / unknown role'] });
    expect((await samsyn(['user', 'add', '--email', 'bo@example.se', '--link'])).err).toEqual([
      'Fel: Det finns redan ett konto för bo@example.se / an account with that e-mail exists',
    ]);
    expect((await samsyn(['user', 'grant', '--email', 'bo@example.se', '--role', 'viewer'])).err).toEqual([
      'Fel: Ange den organisation rollen gäller / give the organisation the role applies to',
    ]);
    expect((await samsyn(['user', 'link', '--email', 'ingen@example.se'])).err).toEqual([
      'Fel: Det finns inget konto för ingen@example.se / no account with that e-mail',
    ]);
  });

  it('writes every change to the audit log as the CLI', async () => {
    const rows = await db.sql`select actor, action from audit_log order by id`;
    expect(rows.map((r) => `${r.actor} ${r.action}`)).toEqual([
      'cli user.create',
      'cli role.grant',
      'cli user.password_link_set',
      'admin@example.se user.password_set',
      'admin@example.se session.login',
      'cli user.create',
      'cli role.grant',
      'cli role.grant',
    ]);
  });
});
