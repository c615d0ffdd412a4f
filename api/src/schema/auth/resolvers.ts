import { clearedSessionCookie, sessionCookie } from '../../auth/cookies.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/passwords.ts';
import { clearAccountFailures, loginKeys, loginRetryAfter, recordLoginFailure } from '../../auth/rate-limit.ts';
import { createSession, endAllSessions, endSession } from '../../auth/sessions.ts';
import {
  consumePasswordLink,
  createPasswordLink,
  createUser,
  disableUser,
  findLoginCredentials,
  findUser,
  findUsers,
  grantRole,
  passwordLinkPath,
  revokeRole,
  setPasswordHash,
  type UserRow,
} from '../../auth/users.ts';
import { recordAudit } from '../../audit/record.ts';
import { UserFacingError } from '../../errors.ts';
import type { GraphQLContext } from '../context.ts';
import type { Resolvers } from '../resolvers-types.generated.ts';

function assertAcceptablePassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new UserFacingError(problem, { code: 'WEAK_PASSWORD' });
}

function requireViewer(context: GraphQLContext) {
  if (!context.viewer) throw new UserFacingError('Du är inte inloggad / you are not logged in', { code: 'UNAUTHENTICATED' });
  return context.viewer;
}

async function login(context: GraphQLContext, email: string, password: string): Promise<UserRow> {
  const { sql } = context;
  const keys = loginKeys(email.trim().toLowerCase(), context.clientAddress);
  const retryAfter = await loginRetryAfter(sql, keys);
  if (retryAfter > 0) {
    const minutes = Math.ceil(retryAfter / 60);
    throw new UserFacingError(
      `För många misslyckade inloggningsförsök. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen. / ` +
        'Too many failed attempts: wait and try again.',
      { code: 'RATE_LIMITED', extensions: { retryAfterSeconds: retryAfter } },
    );
  }
  const credentials = await findLoginCredentials(sql, email);
  if (!(await verifyPassword(credentials?.passwordHash, password)) || !credentials) {
    await recordLoginFailure(sql, keys);
    throw new UserFacingError('Fel e-postadress eller lösenord / wrong e-mail address or password', {
      code: 'INVALID_CREDENTIALS',
    });
  }
  return sql.begin(async (tx) => {
    await clearAccountFailures(tx, keys);
    const token = await createSession(tx, credentials.id);
    const user = await findUser(tx, credentials.id);
    await recordAudit(tx, { ...context.actor, userId: user.id, label: user.email }, {
      action: 'session.login',
      entityType: 'user',
      entityId: user.id,
    });
    context.responseCookies.push(sessionCookie(token, context.secureCookies));
    return user;
  });
}

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, { sql, viewer }) => (viewer ? findUser(sql, viewer.user.id) : null),
    users: (_parent, _args, { sql }) => findUsers(sql),
  },
  Mutation: {
    login: (_parent, { email, password }, context) => login(context, email, password),
    logout: async (_parent, _args, context) => {
      context.responseCookies.push(clearedSessionCookie(context.secureCookies));
      const { viewer } = context;
      if (viewer) {
        await context.sql.begin(async (tx) => {
          await endSession(tx, viewer.sessionHash);
          await recordAudit(tx, context.actor, { action: 'session.logout', entityType: 'user', entityId: viewer.user.id });
        });
      }
      return true;
    },
    logoutEverywhere: async (_parent, _args, context) => {
      const viewer = requireViewer(context);
      context.responseCookies.push(clearedSessionCookie(context.secureCookies));
      await context.sql.begin(async (tx) => {
        const ended = await endAllSessions(tx, viewer.user.id);
        await recordAudit(tx, context.actor, {
          action: 'session.logout_everywhere',
          entityType: 'user',
          entityId: viewer.user.id,
          after: { sessionsEnded: ended },
        });
      });
      return true;
    },
    changePassword: async (_parent, { currentPassword, newPassword }, context) => {
      const viewer = requireViewer(context);
      const credentials = await findLoginCredentials(context.sql, viewer.user.email);
      if (!(await verifyPassword(credentials?.passwordHash, currentPassword))) {
        throw new UserFacingError('Det nuvarande lösenordet stämmer inte / the current password is wrong', {
          code: 'INVALID_CREDENTIALS',
        });
      }
      assertAcceptablePassword(newPassword);
      const hash = await hashPassword(newPassword);
      await context.sql.begin(async (tx) => {
        await setPasswordHash(tx, context.actor, viewer.user.id, hash, 'user.password_change');
        await endAllSessions(tx, viewer.user.id, viewer.sessionHash);
      });
      return true;
    },
    setPasswordWithLink: async (_parent, { token, newPassword }, context) => {
      assertAcceptablePassword(newPassword);
      const hash = await hashPassword(newPassword);
      await context.sql.begin(async (tx) => {
        const userId = await consumePasswordLink(tx, token);
        const user = await findUser(tx, userId);
        await setPasswordHash(tx, { ...context.actor, userId, label: user.email }, userId, hash, 'user.password_set');
        await endAllSessions(tx, userId);
      });
      return true;
    },
    createUser: (_parent, { email, displayName }, context) =>
      context.sql.begin((tx) => createUser(tx, context.actor, { email, displayName })),
    grantRole: (_parent, { userId, role, orgUnitCode }, context) =>
      context.sql.begin((tx) => grantRole(tx, context.actor, userId, { role, orgUnitCode: orgUnitCode ?? null })),
    revokeRole: (_parent, { userId, role, orgUnitCode }, context) =>
      context.sql.begin((tx) => revokeRole(tx, context.actor, userId, { role, orgUnitCode: orgUnitCode ?? null })),
    disableUser: (_parent, { userId }, context) => context.sql.begin((tx) => disableUser(tx, context.actor, userId)),
    createPasswordLink: async (_parent, { userId }, context) =>
      passwordLinkPath(await context.sql.begin((tx) => createPasswordLink(tx, context.actor, userId))),
  },
  RoleGrant: {
    orgUnit: (grant, _args, { orgUnits }) => (grant.orgUnitCode ? orgUnits.byCode.load(grant.orgUnitCode) : null),
  },
};
