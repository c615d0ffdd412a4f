import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { baseResolvers } from './base/resolvers.ts';
import { enumValueMappings } from './enums.ts';
import { readTypeDefs } from './files.ts';
import { indicatorResolvers } from './indicators/resolvers.ts';
import { orgResolvers } from './org/resolvers.ts';
import { reportResolvers } from './reports/resolvers.ts';

/** The whole API schema: every module's SDL and resolvers, merged once at start. */
export function createSchema(): GraphQLSchema {
  const typeDefs = readTypeDefs();
  return makeExecutableSchema({
    typeDefs,
    resolvers: [enumValueMappings(typeDefs), baseResolvers, orgResolvers, indicatorResolvers, reportResolvers],
  });
}
