import type { Resolvers } from '../resolvers-types.generated.ts';
import { findAuditEntries } from './queries.ts';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_parent, { filter, first, before }, { sql }) =>
      findAuditEntries(sql, {
        actor: filter?.actor,
        actionPrefix: filter?.action,
        entityType: filter?.entityType,
        entityId: filter?.entityId,
        from: filter?.from,
        to: filter?.to,
        before,
        limit: first ?? 50,
      }),
  },
};
