import { fail, redirect } from '@sveltejs/kit';
import { formText, newPasswordErrors, type FormError } from '$lib/forms';
import { SET_PASSWORD_WITH_LINK_MUTATION } from '$lib/graphql/operations';
import { createTranslator } from '$lib/i18n';
import { apiFormError } from '$lib/i18n/api-errors';
import { runMutation } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/**
 * Choosing a password with a one-time link (`/konto/losenord?token=…`), made by an administrator
 * or the CLI. The token only goes to the API; after success the address no longer carries it.
 */
export const load: PageServerLoad = ({ url, setHeaders }) => {
	// The address holds a secret: links from this page pass on the origin only, never the path
	// and token. (Not `no-referrer`: browsers then send `Origin: null` with the form, which the
	// cross-site check in hooks.server.ts rightly refuses.)
	setHeaders({ 'referrer-policy': 'strict-origin' });
	return {
		token: url.searchParams.get('token') ?? '',
		saved: url.searchParams.get('klart') === 'sparat'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const token = formText(data, 'token');
		const newPassword = formText(data, 'newPassword');
		const repeatPassword = formText(data, 'repeatPassword');
		const i18n = createTranslator(event.locals.locale);

		if (token === '') return fail(400, { invalidLink: true, errors: [] as FormError[] });

		const errors: FormError[] = [];
		errors.push(...newPasswordErrors(newPassword, repeatPassword, i18n));
		if (errors.length > 0) return fail(400, { invalidLink: false, errors });

		const result = await runMutation(
			event,
			SET_PASSWORD_WITH_LINK_MUTATION,
			{ token, newPassword },
			{ loginOnUnauthenticated: false }
		);
		if (result.ok) redirect(303, '/konto/losenord?klart=sparat');

		const code = result.error?.code;
		if (code === 'INVALID_LINK') return fail(400, { invalidLink: true, errors: [] as FormError[] });
		const error = apiFormError(i18n, result.error, code === 'WEAK_PASSWORD' ? 'new-password' : undefined);
		return fail(400, { invalidLink: false, errors: [error] });
	}
};
