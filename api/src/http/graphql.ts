import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Sql } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { createContext, type GraphQLContext } from '../schema/context.ts';
import { createSchema } from '../schema/index.ts';

export interface ServerContext {
  requestId: string;
}

export type GraphQLServer = YogaServerInstance<ServerContext, GraphQLContext>;

/**
 * The GraphQL endpoint. Errors a resolver throws on purpose (createGraphQLError) reach the client;
 * anything else is masked as "Unexpected error." so no SQL or stack trace leaves the server, unless
 * DEBUG is set on a developer's machine.
 */
export function createGraphQLServer(options: { sql: Sql; logger: Logger; debug: boolean }): GraphQLServer {
  const { sql, logger, debug } = options;
  return createYoga<ServerContext, GraphQLContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    context: ({ requestId }) => createContext(sql, logger.child({ requestId }), requestId),
    maskedErrors: { isDev: debug },
    // GraphiQL and the landing page load assets from a CDN, which a closed network cannot reach.
    graphiql: false,
    landingPage: false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' ')),
    },
  });
}
