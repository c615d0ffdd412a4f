import { createIndicator, createIndicatorVersion } from '../../definitions/versions.ts';
import type { Resolvers } from '../resolvers-types.generated.ts';
import { findIndicator, findLatestIndicators } from './queries.ts';

export const indicatorResolvers: Resolvers = {
  Query: {
    indicators: (_parent, { area }, { sql }) => findLatestIndicators(sql, area),
    indicator: (_parent, { id, version }, { sql }) => findIndicator(sql, id, version),
  },
  Mutation: {
    createIndicator: (_parent, { definition }, { sql, actor }) => createIndicator(sql, actor, definition),
    createIndicatorVersion: (_parent, { id, definition }, { sql, actor }) => createIndicatorVersion(sql, actor, id, definition),
  },
  Indicator: {
    caveats: (indicator) => indicator.caveats ?? null,
    json: (indicator) => indicator,
    assessment: ({ assessment }) =>
      assessment.method === 'target'
        ? assessment
        : { method: assessment.method, green: null, yellow: null },
  },
};
