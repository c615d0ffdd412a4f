import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, Kind, parse, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { SqlPool } from '../db/client.ts';
import type { GraphQLContext } from '../schema/context.ts';

/**
 * Whole answers of the public read queries, kept between requests (issue 5: a scorecard at ≥ 1 500 requests/s; the
 * public pages ask the same few questions again and again). What these fields return depends only on the stored
 * values, units and definitions, and on the day (which units are current), never on who asks (policies.ts: public).
 * So an answer is kept under the document, its variables and the generation that migrations 0012 and 0013 move on
 * with every change of those tables, read from the database for each request: a recompute, an import or a new
 * definition by any process is seen at once, with nothing to invalidate. Any other root field in a document (an
 * account, the audit log, a report) keeps it out of the cache, and the plugin then does no work on it at all.
 */
export const cachedRootFields: ReadonlySet<string> = new Set([
  'scorecard',
  'scorecardGrid',
  'indicatorValues',
  'comparison',
  'unitProfile',
  'indicators',
  'indicator',
  'orgUnits',
  'orgUnit',
]);

/** Answers of old generations are dropped oldest first; a 49-municipality grid is a few hundred kB. */
const maxEntries = 256;
/** Documents judged cacheable or not; the web's persisted operations are a few dozen. */
const maxDocuments = 1000;
/** The key of every document that is not cached: never stored under (shouldCacheResult), so never found. */
const notCached = 'not cached';

export function responseCachePlugin(schema: GraphQLSchema, sql: SqlPool): Plugin {
  const queryFields = Object.keys(schema.getQueryType()?.getFields() ?? {});
  const cacheable = new CacheableDocuments();
  return useResponseCache<GraphQLContext>({
    session: () => null,
    // The plugin answers If-None-Match with 304 when that key is still cached, and a key of an earlier generation may
    // still be: such requests are answered afresh instead. A document that is never cached is left alone when it is
    // executed: otherwise the plugin would add __typename to it and walk its whole answer for nothing (measured:
    // 38 ms of a 419 kB scorecard grid).
    enabled: (request, context) => {
      if (request.headers.has('if-none-match')) return false;
      const params = (context as { params?: { query?: string; operationName?: string | null } }).params;
      return params?.query === undefined || cacheable.has(params.query, params.operationName);
    },
    cache: createInMemoryCache({ max: maxEntries }),
    // Nothing is kept unless the document's root fields are all cacheable: a field without a ttl would not stop it.
    ttl: 0,
    ttlPerSchemaCoordinate: Object.fromEntries(
      queryFields.map((field) => [`Query.${field}`, cachedRootFields.has(field) ? Number.POSITIVE_INFINITY : 0]),
    ),
    // Answers are tied to the generation, not to entities: a mutation has nothing to invalidate.
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
    // A document with a cacheable field reached only through a fragment gets a ttl but no key of its own.
    shouldCacheResult: ({ cacheKey, result }) => cacheKey !== notCached && !result.errors,
    // Called as soon as the request's parameters are known, before parsing and before the context exists: a cached
    // answer costs one statement and no parse, validation or session lookup.
    async buildResponseCacheKey({ documentString, variableValues, operationName }) {
      // A document with other fields goes without reading the generation; its key is never stored (ttl 0).
      if (!cacheable.has(documentString, operationName)) return notCached;
      const [point] = await sql<{ generation: string; day: string }[]>`
        select generation::text as generation, current_date::text as day from indicator_value_generation`;
      return createHash('sha256')
        .update(`${point!.generation}|${point!.day}|${operationName ?? ''}|${JSON.stringify(variableValues ?? {})}|${documentString}`)
        .digest('hex');
    },
  });
}

/** Whether a query document asks only for cacheable root fields, remembered per document text. */
class CacheableDocuments {
  readonly #known = new Map<string, boolean>();

  has(documentString: string, operationName: string | null | undefined): boolean {
    const key = `${operationName ?? ''}|${documentString}`;
    let answer = this.#known.get(key);
    if (answer === undefined) {
      answer = onlyCachedRootFields(documentString, operationName);
      if (this.#known.size >= maxDocuments) this.#known.clear();
      this.#known.set(key, answer);
    }
    return answer;
  }
}

function onlyCachedRootFields(documentString: string, operationName: string | null | undefined): boolean {
  let document;
  try {
    document = parse(documentString);
  } catch {
    return false; // Yoga parses it next and answers with where it broke.
  }
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query') return false;
  // Fragments spread at the root are not followed: such a document is simply not cached.
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && (selection.name.value === '__typename' || cachedRootFields.has(selection.name.value)),
  );
}
