import type { AuditActor } from '../audit/record.ts';
import { needsSecureCookie, sessionTokenFrom } from '../auth/cookies.ts';
import type { Viewer } from '../auth/roles.ts';
import { viewerForSessionToken } from '../auth/sessions.ts';
import type { SqlPool } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { SurveyLimiters } from '../surveys/rate-limit.ts';
import { createOrgUnitLoaders, type OrgUnitLoaders } from './org/loaders.ts';
import type { ValueReadCache } from './values/read-cache.ts';

/** What the HTTP layer hands to GraphQL for one request. */
export interface ServerContext {
  requestId: string;
  /** The client's address, for rate limiting; never stored in clear. */
  clientAddress: string;
  /** Set-Cookie values resolvers want on the response; the HTTP layer appends them. */
  responseCookies: string[];
}

/** What every resolver receives. Loaders are created per request so their caches never leak between users. */
export interface GraphQLContext extends ServerContext {
  sql: SqlPool;
  logger: Logger;
  orgUnits: OrgUnitLoaders;
  /** Kept by the server across requests: nothing in it depends on who asks (read-cache.ts). */
  valueCache: ValueReadCache;
  /** Per-address limits of the public survey endpoints, kept by the server across requests. */
  surveyLimiters: SurveyLimiters;
  viewer: Viewer | null;
  /** Who is recorded in the audit log for changes made in this request. */
  actor: AuditActor;
  secureCookies: boolean;
}

export async function createContext(
  sql: SqlPool,
  logger: Logger,
  request: Request,
  server: ServerContext,
  valueCache: ValueReadCache,
  surveyLimiters: SurveyLimiters,
): Promise<GraphQLContext> {
  const viewer = await viewerForSessionToken(sql, sessionTokenFrom(request.headers.get('cookie')));
  return {
    ...server,
    sql,
    logger: logger.child({ requestId: server.requestId }),
    orgUnits: createOrgUnitLoaders(sql),
    valueCache,
    surveyLimiters,
    viewer,
    actor: { userId: viewer?.user.id ?? null, label: viewer?.user.email ?? 'anonymous', requestId: server.requestId },
    secureCookies: needsSecureCookie(request.url),
  };
}
