import type { Logger } from 'pino';
import type { Sql } from '../db/client.ts';
import { createOrgUnitLoaders, type OrgUnitLoaders } from './org/loaders.ts';

/** What every resolver receives. Loaders are created per request so their caches never leak between users. */
export interface GraphQLContext {
  sql: Sql;
  logger: Logger;
  requestId: string;
  orgUnits: OrgUnitLoaders;
}

export function createContext(sql: Sql, logger: Logger, requestId: string): GraphQLContext {
  return { sql, logger, requestId, orgUnits: createOrgUnitLoaders(sql) };
}
