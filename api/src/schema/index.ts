import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { auditResolvers } from './audit/resolvers.ts';
import { authResolvers } from './auth/resolvers.ts';
import { baseResolvers } from './base/resolvers.ts';
import { demoResolvers } from './demo/resolvers.ts';
import { enumValueMappings } from './enums.ts';
import { readTypeDefs } from './files.ts';
import { importResolvers } from './imports/resolvers.ts';
import { indicatorResolvers } from './indicators/resolvers.ts';
import { orgResolvers } from './org/resolvers.ts';
import { enforcePolicies } from './policies.ts';
import { reportResolvers } from './reports/resolvers.ts';
import { surveyResolvers } from './surveys/resolvers.ts';
import { gridResolvers } from './values/grid.ts';
import { profileResolvers } from './values/profile.ts';
import { valueResolvers } from './values/resolvers.ts';

export interface SingleSignOnInfo {
  enabled: boolean;
  providerName: string | null;
  loginPath: string | null;
}

const noSingleSignOn: SingleSignOnInfo = { enabled: false, providerName: null, loginPath: null };

/** The whole API schema: every module's SDL and resolvers, merged once at start, every root field guarded. */
export function createSchema(options: { singleSignOn?: SingleSignOnInfo } = {}): GraphQLSchema {
  const typeDefs = readTypeDefs();
  const singleSignOn = options.singleSignOn ?? noSingleSignOn;
  return enforcePolicies(
    makeExecutableSchema({
      typeDefs,
      resolvers: [
        enumValueMappings(typeDefs),
        baseResolvers,
        orgResolvers,
        indicatorResolvers,
        valueResolvers,
        gridResolvers,
        profileResolvers,
        reportResolvers,
        authResolvers,
        auditResolvers,
        importResolvers,
        demoResolvers,
        surveyResolvers,
        { Query: { singleSignOn: () => singleSignOn } },
      ],
    }),
  );
}
