import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { SEARCH_QUERY } from '$lib/graphql/operations';
import { MAX_QUERY_LENGTH } from '$lib/search/match';
import { apiUnavailable } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * `/sok?q=…`: the header's search box sends here. The catalogue and the units are small (a few
 * dozen indicators, some fifty units), so the page asks for them all and matches on the server
 * (`$lib/search`); an empty query asks nothing.
 */
export const load: PageServerLoad = async ({ url, fetch }) => {
	const query = (url.searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
	if (query === '') return { query, data: null };
	try {
		return { query, data: await graphqlRequest(fetch, SEARCH_QUERY, {}) };
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		apiUnavailable(cause);
	}
};
