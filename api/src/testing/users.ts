import { cliActor } from '../audit/record.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { RoleGrant } from '../auth/roles.ts';
import { createSession } from '../auth/sessions.ts';
import { createUser, grantRole, type UserRow } from '../auth/users.ts';
import type { SqlPool } from '../db/client.ts';

export const testPassword = 'ett långt testlösenord';

/** An account with a password and the given grants, created the way the CLI creates one. */
export async function createTestUser(sql: SqlPool, email: string, ...grants: RoleGrant[]): Promise<UserRow> {
  const passwordHash = await hashPassword(testPassword);
  return sql.begin(async (tx) => {
    let user = await createUser(tx, cliActor, { email, displayName: email.split('@')[0], passwordHash });
    for (const grant of grants) user = await grantRole(tx, cliActor, user.id, grant);
    return user;
  });
}

/** A Cookie header for a new session of the user. */
export async function sessionCookieFor(sql: SqlPool, userId: string): Promise<string> {
  return `samsyn_session=${await createSession(sql, userId)}`;
}
