import type { Resolvers } from '../resolvers-types.generated.ts';
import { findImportBatches, findRejects } from './queries.ts';

export const importResolvers: Resolvers = {
  Query: {
    importBatches: (_parent, { dataset, first }, { sql }) => findImportBatches(sql, { dataset, limit: first ?? 50 }),
    importBatch: async (_parent, { id }, { sql }) => (await findImportBatches(sql, { id, limit: 1 }))[0] ?? null,
  },
  ImportBatch: {
    rejects: (batch, { first, after }, { sql }) => findRejects(sql, batch.id, first ?? 50, after),
  },
};
