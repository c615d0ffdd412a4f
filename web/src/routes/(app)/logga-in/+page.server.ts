import { fail, redirect } from '@sveltejs/kit';
import { safeRedirectTarget, withRedirectTarget } from '$lib/auth/redirect';
import { formText, type FormError } from '$lib/forms';
import { LOGIN_MUTATION, LOGIN_PAGE_QUERY } from '$lib/graphql/operations';
import { createTranslator } from '$lib/i18n';
import { apiFormError } from '$lib/i18n/api-errors';
import { loadQuery, runMutation } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { viewer } = await event.parent();
	if (viewer) redirect(303, '/konto');

	const { singleSignOn } = await loadQuery(event, LOGIN_PAGE_QUERY, {});
	const redirectTo = safeRedirectTarget(event.url.searchParams.get('redirectTo'));
	// Only a path on this site; the identity provider's login also comes back to `redirectTo`.
	const ssoPath = singleSignOn.loginPath ? safeRedirectTarget(singleSignOn.loginPath, '') : '';
	return {
		singleSignOn:
			singleSignOn.enabled && ssoPath !== ''
				? {
						providerName: singleSignOn.providerName ?? '',
						loginPath: withRedirectTarget(ssoPath, redirectTo)
					}
				: null,
		redirectTo,
		loggedOutEverywhere: event.url.searchParams.get('klart') === 'overallt'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const email = formText(data, 'email').trim();
		const password = formText(data, 'password');
		const redirectTo = safeRedirectTarget(formText(data, 'redirectTo'));
		const i18n = createTranslator(event.locals.locale);

		// The password is never sent back to the browser, not even after a mistake.
		const errors: FormError[] = [];
		if (email === '') errors.push({ field: 'email', message: i18n.t('login.emailMissing') });
		if (password === '') {
			errors.push({ field: 'password', message: i18n.t('login.passwordMissing') });
		}
		if (errors.length > 0) return fail(400, { email, redirectTo, errors });

		const result = await runMutation(
			event,
			LOGIN_MUTATION,
			{ email, password },
			{ loginOnUnauthenticated: false }
		);
		// The API has set the session cookie; hooks.server.ts relays it with this redirect.
		if (result.ok) redirect(303, redirectTo);

		const code = result.error?.code;
		const error = apiFormError(i18n, result.error, code === 'INVALID_CREDENTIALS' || code === 'BAD_USER_INPUT' ? 'email' : undefined);
		return fail(code === 'RATE_LIMITED' ? 429 : 400, { email, redirectTo, errors: [error] });
	}
};
