import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { VIEWER_QUERY, type Viewer } from '$lib/graphql/operations';
import type { LayoutServerLoad } from './$types';

/**
 * The pages work entirely as server-rendered HTML (links, `<details>`, plain forms posting to
 * form actions), so no client-side JavaScript is shipped: nothing to hydrate, and the page data
 * is not serialised into the HTML a second time. A page that needs interactivity can opt in with
 * `export const csr = true`.
 */
export const csr = false;

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
