import { createHash } from 'node:crypto';
import type { Sql } from '../db/client.ts';

/**
 * Failed logins are counted per account and per client address over a sliding window. Five wrong
 * passwords lock an account for the rest of the window (guessing one person's password); twenty
 * from one address lock that address (guessing many accounts' passwords).
 */
export const loginLimits = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

const keyHash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

export interface LoginKeys {
  account: string;
  address: string;
}

export function loginKeys(email: string, clientAddress: string): LoginKeys {
  return { account: `account:${keyHash(email)}`, address: `ip:${keyHash(clientAddress)}` };
}

/** Seconds until a login may be tried again, or 0 when it may be tried now. */
export async function loginRetryAfter(sql: Sql, keys: LoginKeys): Promise<number> {
  const rows = await sql<{ key: string; failures: number; retryAfter: number }[]>`
    select key, count(*)::int as failures,
           ceil(extract(epoch from min(failed_at) + make_interval(mins => ${loginLimits.windowMinutes}) - now()))::int
             as "retryAfter"
    from login_failure
    where key in (${keys.account}, ${keys.address})
      and failed_at > now() - make_interval(mins => ${loginLimits.windowMinutes})
    group by key`;
  const limitOf = (key: string) => (key === keys.account ? loginLimits.perAccount : loginLimits.perAddress);
  const blocked = rows.filter((row) => row.failures >= limitOf(row.key));
  return Math.max(0, ...blocked.map((row) => Math.max(1, row.retryAfter)));
}

export async function recordLoginFailure(sql: Sql, keys: LoginKeys): Promise<void> {
  await sql`insert into login_failure (key) values (${keys.account}), (${keys.address})`;
  // Keep the table small: nothing older than the window matters.
  await sql`delete from login_failure where failed_at < now() - make_interval(mins => ${loginLimits.windowMinutes})`;
}

/** A successful login forgives the account's earlier mistakes (not the address's). */
export async function clearAccountFailures(sql: Sql, keys: LoginKeys): Promise<void> {
  await sql`delete from login_failure where key = ${keys.account}`;
}
