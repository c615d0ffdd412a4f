import { parseArgs } from 'node:util';
import { cliActor } from '../audit/record.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { roles, type Role } from '../auth/roles.ts';
import { createPasswordLink, createUser, findUsers, grantRole, passwordLinkHours, passwordLinkPath, type UserRow } from '../auth/users.ts';
import type { Config } from '../config.ts';
import { UserFacingError } from '../errors.ts';
import type { Command } from './commands.ts';
import { withReadyDatabase } from './database.ts';
import type { CliIo } from './io.ts';

const usage = [
  'samsyn user add --email E [--name N] [--role admin|editor|reviewer|viewer] [--org KOD] [--link]',
  'samsyn user grant --email E --role R [--org KOD]',
  'samsyn user link --email E',
  'samsyn user list',
].join('\n       ');

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        org: { type: 'string' },
        link: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message}\nAnvändning / usage: ${usage}`, { exitCode: 2 });
  }
}

function requireEmail(email: string | undefined): string {
  if (!email) throw new UserFacingError(`Ange --email / give --email\nAnvändning / usage: ${usage}`, { exitCode: 2 });
  return email;
}

function parseRole(role: string | undefined): Role | undefined {
  if (role === undefined) return undefined;
  if (!(roles as readonly string[]).includes(role)) {
    throw new UserFacingError(`Okänd roll "${role}": välj ${roles.join(', ')} / unknown role`, { exitCode: 2 });
  }
  return role as Role;
}

const describeGrants = (user: UserRow) =>
  user.grants.map((g) => (g.orgUnitCode ? `${g.role}@${g.orgUnitCode}` : g.role)).join(', ') || 'ingen roll';

/** Asks twice on a terminal; without one (scripts, CI) the caller prints a one-time link instead. */
async function askNewPassword(io: CliIo): Promise<string | undefined> {
  if (!io.askSecret) return undefined;
  const password = await io.askSecret('Lösenord (minst 12 tecken):');
  const problem = passwordProblem(password);
  if (problem) throw new UserFacingError(problem);
  if ((await io.askSecret('Upprepa lösenordet:')) !== password) {
    throw new UserFacingError('Lösenorden är inte lika / the passwords differ');
  }
  return password;
}

async function printLink(config: Config, io: CliIo, token: string): Promise<void> {
  io.out(`Engångslänk för att välja lösenord (giltig ${passwordLinkHours} timmar, visas bara nu):`);
  io.out(`${config.publicUrl}${passwordLinkPath(token)}`);
}

const subcommands: Record<string, (config: Config, values: ReturnType<typeof parse>['values'], io: CliIo) => Promise<void>> = {
  async add(config, values, io) {
    const email = requireEmail(values.email);
    const role = parseRole(values.role);
    const password = values.link ? undefined : await askNewPassword(io);
    const passwordHash = password ? await hashPassword(password) : null;
    await withReadyDatabase(config, (db) =>
      db.sql.begin(async (tx) => {
        let user = await createUser(tx, cliActor, { email, displayName: values.name, passwordHash });
        if (role) user = await grantRole(tx, cliActor, user.id, { role, orgUnitCode: values.org ?? null });
        io.out(`Skapade ${user.email} (${describeGrants(user)}).`);
        if (!passwordHash) await printLink(config, io, await createPasswordLink(tx, cliActor, user.id));
      }),
    );
  },
  async grant(config, values, io) {
    const email = requireEmail(values.email);
    const role = parseRole(values.role);
    if (!role) throw new UserFacingError(`Ange --role / give --role\nAnvändning / usage: ${usage}`, { exitCode: 2 });
    await withReadyDatabase(config, (db) =>
      db.sql.begin(async (tx) => {
        const user = await grantRole(tx, cliActor, (await findByEmail(tx, email)).id, { role, orgUnitCode: values.org ?? null });
        io.out(`${user.email}: ${describeGrants(user)}`);
      }),
    );
  },
  async link(config, values, io) {
    const email = requireEmail(values.email);
    await withReadyDatabase(config, (db) =>
      db.sql.begin(async (tx) => printLink(config, io, await createPasswordLink(tx, cliActor, (await findByEmail(tx, email)).id))),
    );
  },
  async list(config, _values, io) {
    const users = await withReadyDatabase(config, (db) => findUsers(db.sql));
    if (users.length === 0) io.out('Inga konton ännu. Skapa ett med: pnpm samsyn user add --email … --role admin');
    for (const user of users) {
      const flags = [user.disabled ? 'avstängd' : '', user.isDemo ? 'demo' : ''].filter(Boolean).join(', ');
      io.out(`${user.email}\t${describeGrants(user)}${flags ? `\t(${flags})` : ''}`);
    }
  },
};

async function findByEmail(sql: Parameters<typeof findUsers>[0], email: string): Promise<UserRow> {
  const [user] = await findUsers(sql, { email });
  if (!user) throw new UserFacingError(`Det finns inget konto för ${email} / no account with that e-mail`);
  return user;
}

export const userCommand: Command = {
  summary: 'Hanterar konton: add, grant, link (engångslänk för lösenord), list',
  usage,
  async run(config, args, io) {
    const { values, positionals } = parse(args);
    const [name] = positionals;
    const subcommand = name ? subcommands[name] : undefined;
    if (!subcommand) throw new UserFacingError(`Okänt underkommando "${name ?? ''}"\nAnvändning / usage: ${usage}`, { exitCode: 2 });
    await subcommand(config, values, io);
  },
};
