import type { Sql } from '../db/client.ts';
import type { Viewer } from './roles.ts';
import { hashToken, newToken } from './tokens.ts';
import { grantsOfUser } from './grants-sql.ts';

export const sessionCookieName = 'samsyn_session';

/**
 * A session ends after two hours without activity, and after twelve hours in any case (a working
 * day); last_seen_at is written at most once a minute so reading pages does not mean writing rows.
 */
export const sessionPolicy = { idleMinutes: 120, absoluteHours: 12, touchAfterSeconds: 60 } as const;

export async function createSession(sql: Sql, userId: string): Promise<string> {
  const { token, hash } = newToken();
  await sql`
    insert into user_session (token_hash, user_id, expires_at)
    values (${hash}, ${userId}, now() + make_interval(hours => ${sessionPolicy.absoluteHours}))`;
  return token;
}

interface SessionRow {
  tokenHash: string;
  stale: boolean;
  id: string;
  email: string;
  displayName: string;
  isDemo: boolean;
  grants: Viewer['grants'];
}

/** The viewer behind a session token, or null when it is unknown, expired, idle too long or disabled. */
export async function viewerForSessionToken(sql: Sql, token: string | undefined): Promise<Viewer | null> {
  if (!token) return null;
  const hash = hashToken(token);
  const [row] = await sql<SessionRow[]>`
    select s.token_hash as "tokenHash",
           s.last_seen_at < now() - make_interval(secs => ${sessionPolicy.touchAfterSeconds}) as stale,
           u.id::text as id, u.email, u.display_name as "displayName", u.is_demo as "isDemo",
           ${grantsOfUser(sql)} as grants
    from user_session s join app_user u on u.id = s.user_id
    where s.token_hash = ${hash}
      and s.expires_at > now()
      and s.last_seen_at > now() - make_interval(mins => ${sessionPolicy.idleMinutes})
      and u.disabled_at is null`;
  if (!row) return null;
  if (row.stale) await sql`update user_session set last_seen_at = now() where token_hash = ${hash}`;
  const { tokenHash, stale: _stale, grants, ...user } = row;
  return { user, grants, sessionHash: tokenHash };
}

export async function endSession(sql: Sql, sessionHash: string): Promise<void> {
  await sql`delete from user_session where token_hash = ${sessionHash}`;
}

/** Ends every session of a user, optionally keeping the one making the request. Returns how many ended. */
export async function endAllSessions(sql: Sql, userId: string, keepSessionHash?: string): Promise<number> {
  const result = await sql`
    delete from user_session
    where user_id = ${userId} ${keepSessionHash ? sql`and token_hash <> ${keepSessionHash}` : sql``}`;
  return result.count;
}
