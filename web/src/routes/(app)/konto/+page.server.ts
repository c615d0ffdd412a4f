import { fail, redirect } from '@sveltejs/kit';
import { formText, newPasswordErrors, type FormError } from '$lib/forms';
import { CHANGE_PASSWORD_MUTATION, LOGOUT_EVERYWHERE_MUTATION } from '$lib/graphql/operations';
import { createTranslator } from '$lib/i18n';
import { apiFormError } from '$lib/i18n/api-errors';
import { requireViewer, runMutation } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// Returned again so that the page's `viewer` is typed as present.
	const viewer = await requireViewer(event);
	return { viewer, passwordChanged: event.url.searchParams.get('klart') === 'losenord' };
};

export const actions: Actions = {
	'byt-losenord': async (event) => {
		const data = await event.request.formData();
		const currentPassword = formText(data, 'currentPassword');
		const newPassword = formText(data, 'newPassword');
		const repeatPassword = formText(data, 'repeatPassword');
		const i18n = createTranslator(event.locals.locale);

		// Checked here, not only in the browser: the pages work without JavaScript.
		const errors: FormError[] = [];
		if (currentPassword === '') {
			errors.push({ field: 'current-password', message: i18n.t('account.currentPasswordMissing') });
		}
		errors.push(...newPasswordErrors(newPassword, repeatPassword, i18n));
		if (errors.length > 0) return fail(400, { errors });

		const result = await runMutation(event, CHANGE_PASSWORD_MUTATION, {
			currentPassword,
			newPassword
		});
		if (result.ok) redirect(303, '/konto?klart=losenord');

		const code = result.error?.code;
		if (code === 'INVALID_CREDENTIALS') {
			return fail(400, {
				errors: [{ field: 'current-password', message: i18n.t('account.currentPasswordWrong') }]
			});
		}
		const field = code === 'WEAK_PASSWORD' ? 'new-password' : undefined;
		return fail(400, { errors: [apiFormError(i18n, result.error, field)] });
	},

	'logga-ut-overallt': async (event) => {
		const result = await runMutation(event, LOGOUT_EVERYWHERE_MUTATION, {});
		// This session has ended too; the API's cleared cookie goes out with the redirect.
		if (result.ok) redirect(303, '/logga-in?klart=overallt');
		const i18n = createTranslator(event.locals.locale);
		return fail(400, { errors: [apiFormError(i18n, result.error)] });
	}
};
