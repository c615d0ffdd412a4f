/**
 * Calling the API from `load` functions and form actions, with the API's answers on access
 * turned into what the visitor should see: the login page, a 403 page, or "try again later".
 */
import { error, redirect } from '@sveltejs/kit';
import { loginUrl } from '$lib/auth/redirect';
import {
	graphqlRequest,
	GraphQLRequestError,
	type Fetch,
	type GraphQLErrorDetail,
	type GraphQLOperation
} from '$lib/graphql/client';
import type { Viewer } from '$lib/graphql/operations';

/**
 * The page the visitor is on, to come back to after logging in; without the `?/action` of a
 * form action, which only means something to a POST.
 */
function here(url: URL): string {
	const params = new URLSearchParams(
		[...url.searchParams].filter(([name]) => !name.startsWith('/'))
	);
	const search = params.toString();
	return search === '' ? url.pathname : `${url.pathname}?${search}`;
}

export function forbidden(): never {
	error(403, { message: 'Forbidden', code: 'FORBIDDEN' });
}

export function apiUnavailable(cause: GraphQLRequestError): never {
	// Logged for operators; the visitor gets a translated message from +error.svelte.
	console.error(cause.message);
	error(502, { message: 'The API request failed', code: 'API_UNAVAILABLE' });
}

/**
 * Runs a query for a page. Not logged in → the login page (and back here afterwards); logged in
 * without the right role → 403; any other failure → 502 with a translated error page.
 */
export async function loadQuery<TData, TVariables extends Record<string, unknown>>(
	event: { fetch: Fetch; url: URL },
	operation: GraphQLOperation<TData, TVariables>,
	variables: TVariables
): Promise<TData> {
	try {
		return await graphqlRequest(event.fetch, operation, variables);
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		if (cause.code === 'UNAUTHENTICATED') redirect(303, loginUrl(here(event.url)));
		if (cause.code === 'FORBIDDEN') forbidden();
		apiUnavailable(cause);
	}
}

export type MutationResult<TData> =
	| { ok: true; data: TData }
	/** `error` is undefined for an error without a code (masked by the API). */
	| { ok: false; error: GraphQLErrorDetail | undefined };

/**
 * Runs a mutation for a form action. Problems the person can fix (wrong password, e-mail taken,
 * …) come back as `{ ok: false }` for the form to show; a lost session goes to the login page
 * and a missing role to the 403 page, as for queries.
 */
export async function runMutation<TData, TVariables extends Record<string, unknown>>(
	event: { fetch: Fetch; url: URL },
	operation: GraphQLOperation<TData, TVariables>,
	variables: TVariables,
	options: { loginOnUnauthenticated?: boolean } = {}
): Promise<MutationResult<TData>> {
	try {
		return { ok: true, data: await graphqlRequest(event.fetch, operation, variables) };
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		const detail = cause.errors.find((item) => item.code !== undefined);
		if (detail?.code === 'UNAUTHENTICATED' && options.loginOnUnauthenticated !== false) {
			redirect(303, loginUrl(here(event.url)));
		}
		if (detail?.code === 'FORBIDDEN') forbidden();
		if (!detail) console.error(cause.message);
		return { ok: false, error: detail };
	}
}

/** What the root layout loads: the logged-in user, and whether the API answered at all. */
export interface ViewerData {
	viewer: Viewer | null;
	apiAvailable: boolean;
}

/**
 * The logged-in user for a page that needs one; otherwise the login page, coming back here.
 * When the API did not answer, an error page rather than a login the API cannot perform.
 */
export async function requireViewer(event: {
	url: URL;
	parent: () => Promise<ViewerData>;
}): Promise<Viewer> {
	const { viewer, apiAvailable } = await event.parent();
	if (viewer) return viewer;
	if (!apiAvailable) error(502, { message: 'The API request failed', code: 'API_UNAVAILABLE' });
	redirect(303, loginUrl(here(event.url)));
}
