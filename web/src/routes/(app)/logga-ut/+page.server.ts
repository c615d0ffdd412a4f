import { redirect } from '@sveltejs/kit';
import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { LOGOUT_MUTATION } from '$lib/graphql/operations';
import type { Actions } from './$types';

const SESSION_COOKIE = 'samsyn_session';

export const actions: Actions = {
	/** The header's "Logga ut" button posts here. */
	default: async ({ fetch, cookies, url }) => {
		try {
			// The API ends the session and clears the cookie (relayed by hooks.server.ts).
			await graphqlRequest(fetch, LOGOUT_MUTATION, {});
		} catch (cause) {
			if (!(cause instanceof GraphQLRequestError)) throw cause;
			console.error(cause.message);
			// The API could not end the session: at least make this browser forget it.
			cookies.delete(SESSION_COOKIE, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: url.protocol === 'https:'
			});
		}
		redirect(303, '/');
	}
};
