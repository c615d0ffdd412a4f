import { randomInt } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashPassword } from '../auth/passwords.ts';
import type { RoleGrant } from '../auth/roles.ts';
import { createUser, findUsers, grantRole } from '../auth/users.ts';
import type { SqlPool } from '../db/client.ts';
import { countyCode } from '../seed/org-units.ts';
import { demoActor } from './import-demo.ts';

export interface DemoAccount {
  /** The role as a person would say it, in Swedish. */
  title: string;
  email: string;
  password: string;
}

/**
 * One account per kind of user, so whoever tries the demo can see Samsyn as each of them. The
 * addresses use the reserved top-level domain .invalid: they can never reach a real mailbox.
 */
const demoUsers: readonly { title: string; email: string; displayName: string; grant: RoleGrant }[] = [
  {
    title: 'Arbetsgrupp (redaktör för hela länet)',
    email: 'demo-arbetsgrupp@samsyn.invalid',
    displayName: 'Demo Arbetsgrupp',
    grant: { role: 'editor', orgUnitCode: countyCode },
  },
  {
    title: 'Politiker (granskare för hela länet)',
    email: 'demo-politiker@samsyn.invalid',
    displayName: 'Demo Politiker',
    grant: { role: 'reviewer', orgUnitCode: countyCode },
  },
  {
    title: 'Administratör',
    email: 'demo-admin@samsyn.invalid',
    displayName: 'Demo Administratör',
    grant: { role: 'admin', orgUnitCode: null },
  },
];

const demoAccountsFileName = 'demo-konton.txt';

/** Letters and digits that cannot be mistaken for one another when read aloud or retyped. */
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Four groups of five from a 55-character alphabet: about 115 bits, never a fixed password. */
function randomPassword(): string {
  return Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('')).join('-');
}

/**
 * Creates the demo accounts that do not exist yet, with new random passwords, and writes them to
 * `<dataDir>/demo-konton.txt`, readable only by the owner. Returns the accounts it created, with
 * their passwords: the database keeps only the hashes.
 */
export async function createDemoAccounts(sql: SqlPool, dataDir: string): Promise<{ accounts: DemoAccount[]; file: string }> {
  const missing = [];
  for (const user of demoUsers) if ((await findUsers(sql, { email: user.email })).length === 0) missing.push(user);
  const accounts = missing.map((user) => ({ ...user, password: randomPassword() }));
  const hashes = await Promise.all(accounts.map((account) => hashPassword(account.password)));
  await sql.begin(async (tx) => {
    for (const [i, account] of accounts.entries()) {
      const created = await createUser(tx, demoActor, {
        email: account.email,
        displayName: account.displayName,
        passwordHash: hashes[i],
        isDemo: true,
      });
      await grantRole(tx, demoActor, created.id, account.grant);
    }
  });
  const file = join(dataDir, demoAccountsFileName);
  if (accounts.length > 0) {
    await mkdir(dataDir, { recursive: true });
    await writeAccountsFile(file, accounts);
  }
  return { accounts: accounts.map(({ title, email, password }) => ({ title, email, password })), file };
}

async function writeAccountsFile(file: string, accounts: readonly DemoAccount[]): Promise<void> {
  const text = [
    'Demokonton i Samsyn – för att prova rollerna med demodata.',
    'Lösenorden är slumpade vid den första starten och visas bara här och i startutskriften.',
    'Stäng av kontona (Användare i menyn) innan Samsyn används med riktiga data.',
    '',
    ...accounts.map((a) => `${a.title}\n  e-post:   ${a.email}\n  lösenord: ${a.password}\n`),
  ].join('\n');
  await writeFile(file, text, { mode: 0o600 });
  // The mode above applies only to a new file; an older one keeps its own.
  await chmod(file, 0o600);
}
