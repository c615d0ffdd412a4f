import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Any JSON value, passed through as it is. Used where the API carries a document whose shape a domain schema
 * validates (an indicator definition, checked by @samsyn/indicators' zod schema), so the rules live in one place
 * instead of being repeated as GraphQL input types that could only hold part of them (no unions of inputs).
 */
export const jsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
