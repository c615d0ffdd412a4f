import { error } from '@sveltejs/kit';
import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { START_PAGE_QUERY } from '$lib/graphql/operations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
	try {
		const { orgUnits, indicators } = await graphqlRequest(fetch, START_PAGE_QUERY, {});
		return { orgUnits, indicators };
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		// Logged for operators; the visitor gets a translated message from +error.svelte.
		console.error(cause.message);
		error(502, { message: 'The API request failed', code: 'API_UNAVAILABLE' });
	}
};
