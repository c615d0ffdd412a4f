import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { REPORTS_QUERY } from '$lib/graphql/operations';
import { apiUnavailable } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** `/rapporter?q=…`: the reports the visitor may read (the public: published ones), searchable by title. */
export const load: PageServerLoad = async ({ url, fetch }) => {
	const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	try {
		const { reports } = await graphqlRequest(fetch, REPORTS_QUERY, { search: query || null, state: null });
		return { query, reports };
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		apiUnavailable(cause);
	}
};
