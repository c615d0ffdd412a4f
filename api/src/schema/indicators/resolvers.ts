import type { Resolvers } from '../resolvers-types.generated.ts';
import { findIndicator, findLatestIndicators } from './queries.ts';

export const indicatorResolvers: Resolvers = {
  Query: {
    indicators: (_parent, { area }, { sql }) => findLatestIndicators(sql, area),
    indicator: (_parent, { id, version }, { sql }) => findIndicator(sql, id, version),
  },
  Indicator: {
    caveats: (indicator) => indicator.caveats ?? null,
    assessment: ({ assessment }) =>
      assessment.method === 'target'
        ? assessment
        : { method: assessment.method, green: null, yellow: null },
  },
};
