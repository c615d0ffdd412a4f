import { createHash } from 'node:crypto';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { operations } from '../../../web/src/lib/graphql/operations.ts';

/**
 * The web's operations, by the SHA-256 of their text: all a browser may ask, sent by hash (Apollo's
 * persisted-query extension). The web renders on the server and calls in process today, but the
 * allow-list holds for any request that reaches the API from a browser, so a script injected into a
 * page cannot run a document the web never shipped.
 */
export const persistedOperations: ReadonlyMap<string, string> = new Map(
  Object.values(operations).map(({ query }) => [sha256(query), query]),
);

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Browsers send Sec-Fetch-Site on every request and Origin on every POST; scripts and servers send
 * neither (Node's fetch does send Sec-Fetch-Mode, which is why that one is not used).
 */
function comesFromBrowser(request: Request): boolean {
  return request.headers.has('origin') || request.headers.has('sec-fetch-site');
}

/**
 * Arbitrary documents are accepted from the web's own server-side rendering (in process), from
 * API clients that are not browsers, and from anyone while DEBUG is set; browsers get the allow-list.
 */
export function persistedOperationsPlugin(options: { debug: boolean; isInProcess: (request: Request) => boolean }): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => persistedOperations.get(hash) ?? null,
    allowArbitraryOperations: (request) => options.debug || options.isInProcess(request) || !comesFromBrowser(request),
    customErrors: {
      notFound: { message: 'Okänd operation / unknown persisted operation', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      persistedQueryOnly: {
        message: 'Webbläsare får bara skicka Samsyns egna operationer / browsers may only send persisted operations',
        extensions: { code: 'PERSISTED_QUERY_ONLY' },
      },
    },
  });
}
