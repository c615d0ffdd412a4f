import type { GraphQLError } from 'graphql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { createContext, type GraphQLContext, type ServerContext } from '../schema/context.ts';
import { createSchema, type SingleSignOnInfo } from '../schema/index.ts';
import { ValueReadCache } from '../schema/values/read-cache.ts';
import type { SurveyLimiters } from '../surveys/rate-limit.ts';
import { armorPlugins } from './armor.ts';
import { persistedOperationsPlugin } from './persisted-operations.ts';
import { responseCachePlugin } from './response-cache.ts';

export type GraphQLServer = YogaServerInstance<ServerContext, GraphQLContext>;

export interface GraphQLServerOptions {
  sql: SqlPool;
  logger: Logger;
  debug: boolean;
  singleSignOn?: SingleSignOnInfo;
  /** True for requests from the web's own server-side rendering in this process. */
  isInProcess: (request: Request) => boolean;
  /** The survey's per-address limits and proof of work, shared with POST /api/enkat/svar. */
  surveyLimiters: SurveyLimiters;
}

/**
 * Yoga's executor may load its own copy of graphql-js, so `instanceof GraphQLError` is unreliable
 * here; a located error is recognised by its `originalError` and `path`.
 */
function userFacingCause(error: unknown): { located: GraphQLError; cause: UserFacingError } | undefined {
  if (typeof error !== 'object' || error === null || !('originalError' in error) || !('path' in error)) return undefined;
  const cause = (error as GraphQLError).originalError;
  return cause instanceof UserFacingError ? { located: error as GraphQLError, cause } : undefined;
}

/**
 * The GraphQL endpoint. Errors written for users (UserFacingError, createGraphQLError) reach the
 * client with their code; anything else is masked as "Unexpected error." so no SQL or stack trace
 * leaves the server, unless DEBUG is set on a developer's machine.
 */
export function createGraphQLServer(options: GraphQLServerOptions): GraphQLServer {
  const { sql, logger, debug } = options;
  const valueCache = new ValueReadCache();
  const { surveyLimiters } = options;
  const schema = createSchema({ singleSignOn: options.singleSignOn });
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // The HTTP layer refuses bodies over 256 KB before Yoga sees them (app.ts, request-body.ts); Yoga's own check
    // (25 MB) would only pipe every body through one more stream.
    maxRequestBodySize: false,
    plugins: [
      persistedOperationsPlugin({ debug, isInProcess: options.isInProcess }),
      ...armorPlugins({ debug }),
      // GET and other "simple" requests must carry this header, so a page elsewhere cannot trigger them.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      responseCachePlugin(schema, sql),
    ],
    context: ({ request, requestId, clientAddress, responseCookies }) =>
      createContext(sql, logger, request, { requestId, clientAddress, responseCookies }, valueCache, surveyLimiters),
    maskedErrors: {
      isDev: debug,
      maskError(error, message, isDev) {
        const userFacing = userFacingCause(error);
        if (!userFacing) return maskError(error, message, isDev);
        const { located, cause } = userFacing;
        return createGraphQLError(cause.message, {
          nodes: located.nodes,
          path: located.path,
          extensions: { code: cause.code, ...cause.extensions },
        });
      },
    },
    // GraphiQL and the landing page load assets from a CDN, which a closed network cannot reach.
    graphiql: false,
    landingPage: false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      // A person's mistake (wrong password, taken e-mail) is answered, not an operator's concern.
      error: (...args) =>
        args.some((arg) => userFacingCause(arg))
          ? logger.debug(args.map(String).join(' '))
          : logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' ')),
    },
  });
}
