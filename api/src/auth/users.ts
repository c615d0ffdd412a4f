import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { Sql } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import type { Role, RoleGrant } from './roles.ts';
import { grantsOfUser } from './grants-sql.ts';
import { endAllSessions } from './sessions.ts';
import { newToken, hashToken } from './tokens.ts';

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  isDemo: boolean;
  disabled: boolean;
  hasPassword: boolean;
  usesSingleSignOn: boolean;
  grants: RoleGrant[];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function assertEmail(email: string): void {
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw new UserFacingError(`"${email}" är ingen e-postadress / not an e-mail address`, { code: 'BAD_USER_INPUT' });
  }
}

/** Accounts with their grants; all of them, or those with the given ids. */
export async function findUsers(sql: Sql, filter: { ids?: readonly string[]; email?: string } = {}): Promise<UserRow[]> {
  return sql<UserRow[]>`
    select u.id::text as id, u.email, u.display_name as "displayName", u.is_demo as "isDemo",
           u.disabled_at is not null as disabled, u.password_hash is not null as "hasPassword",
           u.oidc_subject is not null as "usesSingleSignOn",
           ${grantsOfUser(sql)} as grants
    from app_user u
    where true
      ${filter.ids ? sql`and u.id = any(${filter.ids.map(Number)})` : sql``}
      ${filter.email ? sql`and u.email = ${normalizeEmail(filter.email)}` : sql``}
    order by u.email`;
}

export async function findUser(sql: Sql, id: string): Promise<UserRow> {
  const [user] = /^\d+$/.test(id) ? await findUsers(sql, { ids: [id] }) : [];
  if (!user) throw new UserFacingError(`Användaren ${id} finns inte / no such user`, { code: 'NOT_FOUND' });
  return user;
}

export async function findLoginCredentials(
  sql: Sql,
  email: string,
): Promise<{ id: string; passwordHash: string | null } | undefined> {
  const [row] = await sql<{ id: string; passwordHash: string | null }[]>`
    select id::text as id, password_hash as "passwordHash"
    from app_user where email = ${normalizeEmail(email)} and disabled_at is null`;
  return row;
}

export async function createUser(
  sql: Sql,
  actor: AuditActor,
  input: { email: string; displayName?: string | null; passwordHash?: string | null; isDemo?: boolean },
): Promise<UserRow> {
  const email = normalizeEmail(input.email);
  assertEmail(email);
  const displayName = input.displayName?.trim() ?? '';
  const [created] = await sql<{ id: string }[]>`
    insert into app_user (email, display_name, password_hash, is_demo)
    values (${email}, ${displayName}, ${input.passwordHash ?? null}, ${input.isDemo ?? false})
    on conflict (email) do nothing
    returning id::text as id`;
  if (!created) {
    throw new UserFacingError(`Det finns redan ett konto för ${email} / an account with that e-mail exists`, {
      code: 'EMAIL_TAKEN',
    });
  }
  await recordAudit(sql, actor, {
    action: 'user.create',
    entityType: 'user',
    entityId: created.id,
    after: { email, displayName, isDemo: input.isDemo ?? false, hasPassword: Boolean(input.passwordHash) },
  });
  return findUser(sql, created.id);
}

async function assertGrantTarget(sql: Sql, role: Role, orgUnitCode: string | null): Promise<void> {
  if (role === 'admin') {
    if (orgUnitCode) {
      throw new UserFacingError('Administratörsrollen gäller alltid hela systemet: ange ingen organisation / admin is global', {
        code: 'BAD_USER_INPUT',
      });
    }
    return;
  }
  if (!orgUnitCode) {
    throw new UserFacingError('Ange den organisation rollen gäller / give the organisation the role applies to', {
      code: 'BAD_USER_INPUT',
    });
  }
  const [unit] = await sql`select 1 from org_unit where code = ${orgUnitCode}`;
  if (!unit) {
    throw new UserFacingError(`Organisationen ${orgUnitCode} finns inte / no such organisation unit`, { code: 'NOT_FOUND' });
  }
}

export async function grantRole(sql: Sql, actor: AuditActor, userId: string, grant: RoleGrant): Promise<UserRow> {
  const user = await findUser(sql, userId);
  await assertGrantTarget(sql, grant.role, grant.orgUnitCode);
  const inserted = await sql`
    insert into role_grant (user_id, role, org_unit_code) values (${user.id}, ${grant.role}, ${grant.orgUnitCode})
    on conflict do nothing`;
  if (inserted.count) {
    await recordAudit(sql, actor, {
      action: 'role.grant',
      entityType: 'user',
      entityId: user.id,
      orgUnitCode: grant.orgUnitCode,
      before: { grants: user.grants },
      after: { grants: [...user.grants, grant] },
    });
  }
  return findUser(sql, user.id);
}

export async function revokeRole(sql: Sql, actor: AuditActor, userId: string, grant: RoleGrant): Promise<UserRow> {
  const user = await findUser(sql, userId);
  const removed = await sql`
    delete from role_grant
    where user_id = ${user.id} and role = ${grant.role}
      and coalesce(org_unit_code, '') = ${grant.orgUnitCode ?? ''}`;
  if (removed.count) {
    const after = await findUser(sql, user.id);
    await recordAudit(sql, actor, {
      action: 'role.revoke',
      entityType: 'user',
      entityId: user.id,
      orgUnitCode: grant.orgUnitCode,
      before: { grants: user.grants },
      after: { grants: after.grants },
    });
    return after;
  }
  return user;
}

export async function disableUser(sql: Sql, actor: AuditActor, userId: string): Promise<UserRow> {
  const user = await findUser(sql, userId);
  if (!user.disabled) {
    await sql`update app_user set disabled_at = now() where id = ${user.id}`;
    await endAllSessions(sql, user.id);
    await recordAudit(sql, actor, {
      action: 'user.disable',
      entityType: 'user',
      entityId: user.id,
      before: { disabled: false },
      after: { disabled: true },
    });
  }
  return findUser(sql, user.id);
}

/** Stores a new password hash; the audit row says that it changed, never what it is. */
export async function setPasswordHash(
  sql: Sql,
  actor: AuditActor,
  userId: string,
  passwordHash: string,
  action: 'user.password_change' | 'user.password_set',
): Promise<void> {
  await sql`update app_user set password_hash = ${passwordHash} where id = ${userId}`;
  await recordAudit(sql, actor, { action, entityType: 'user', entityId: userId });
}

export const passwordLinkHours = 24;

/** A one-time link token to set or reset a password; only its hash is stored. */
export async function createPasswordLink(sql: Sql, actor: AuditActor, userId: string): Promise<string> {
  const user = await findUser(sql, userId);
  const { token, hash } = newToken();
  const purpose = user.hasPassword ? 'reset' : 'set';
  await sql`
    insert into password_link (token_hash, user_id, purpose, expires_at)
    values (${hash}, ${user.id}, ${purpose}, now() + make_interval(hours => ${passwordLinkHours}))`;
  await recordAudit(sql, actor, { action: `user.password_link_${purpose}`, entityType: 'user', entityId: user.id });
  return token;
}

/** Marks a link used and returns its user, atomically: a link works once, even under concurrent use. */
export async function consumePasswordLink(sql: Sql, token: string): Promise<string> {
  const [row] = await sql<{ userId: string }[]>`
    update password_link set used_at = now()
    where token_hash = ${hashToken(token)} and used_at is null and expires_at > now()
    returning user_id::text as "userId"`;
  if (!row) {
    throw new UserFacingError(
      'Länken är ogiltig, redan använd eller för gammal: be en administratör om en ny / the link is invalid, used or expired',
      { code: 'INVALID_LINK' },
    );
  }
  return row.userId;
}

export const passwordLinkPath = (token: string) => `/konto/losenord?token=${encodeURIComponent(token)}`;

/** An identity vouched for by the organisation's OpenID Connect provider. */
export interface SingleSignOnIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

const systemActor: AuditActor = { userId: null, label: 'system' };

/**
 * The account for a single-sign-on identity: the one already linked to it; else an existing account
 * with the same verified e-mail address, now linked; else a new account. A new account gets no
 * role: an admin decides what the person may do.
 */
export async function userForSingleSignOn(sql: Sql, identity: SingleSignOnIdentity): Promise<UserRow> {
  const [linked] = await sql<{ id: string; disabled: boolean }[]>`
    select id::text as id, disabled_at is not null as disabled from app_user
    where oidc_issuer = ${identity.issuer} and oidc_subject = ${identity.subject}`;
  const email = identity.email ? normalizeEmail(identity.email) : undefined;
  let userId = linked?.id;
  if (!userId && email && identity.emailVerified) {
    const [existing] = await sql<{ id: string }[]>`
      update app_user set oidc_issuer = ${identity.issuer}, oidc_subject = ${identity.subject}
      where email = ${email} and oidc_subject is null
      returning id::text as id`;
    if (existing) {
      userId = existing.id;
      await recordAudit(sql, systemActor, {
        action: 'user.link_sso',
        entityType: 'user',
        entityId: userId,
        after: { issuer: identity.issuer },
      });
    }
  }
  if (!userId) {
    if (!email) {
      throw new UserFacingError('Identitetsleverantören lämnade ingen e-postadress / the provider gave no e-mail address', {
        code: 'SSO_NO_EMAIL',
      });
    }
    const created = await createUser(sql, systemActor, { email, displayName: identity.name });
    await sql`update app_user set oidc_issuer = ${identity.issuer}, oidc_subject = ${identity.subject} where id = ${created.id}`;
    userId = created.id;
  }
  const user = await findUser(sql, userId);
  if (user.disabled) {
    throw new UserFacingError('Kontot är avstängt / the account is disabled', { code: 'ACCOUNT_DISABLED' });
  }
  return user;
}
