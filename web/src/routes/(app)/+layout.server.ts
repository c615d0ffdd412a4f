import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { VIEWER_QUERY, type Viewer } from '$lib/graphql/operations';
import type { LayoutServerLoad } from './$types';

/**
 * Who is logged in, asked once per request for every page (header, menu, access checks), and
 * whether the figures are demo data (the banner every page shows then). When
 * the API does not answer, pages are shown as to an anonymous visitor; pages that need the API
 * show their own error.
 */
export const load: LayoutServerLoad = async ({ locals, fetch }) => {
	let viewer: Viewer | null = null;
	let demoData = false;
	let apiAvailable = true;
	try {
		({ me: viewer, demoData } = await graphqlRequest(fetch, VIEWER_QUERY, {}));
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		console.error(cause.message);
		apiAvailable = false;
	}
	// Read by hooks.server.ts: pages of logged-in users must not be cached.
	locals.viewer = viewer;
	return { locale: locals.locale, viewer, demoData, apiAvailable };
};
