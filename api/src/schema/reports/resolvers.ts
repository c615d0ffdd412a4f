import { builtInTemplates, latestCompletePeriod } from '@samsyn/reports';
import { createGraphQLError } from 'graphql-yoga';
import type { Resolvers } from '../resolvers-types.generated.ts';

export const reportResolvers: Resolvers = {
  Query: {
    reportTemplates: () => [...builtInTemplates],
    latestCompletePeriod: (_parent, { type, date }) => {
      try {
        return latestCompletePeriod(type, date ?? new Date().toISOString().slice(0, 10));
      } catch (error) {
        if (error instanceof RangeError) {
          throw createGraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', argument: 'date' } });
        }
        throw error;
      }
    },
  },
};
