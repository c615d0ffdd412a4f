import { fail, redirect } from '@sveltejs/kit';
import { formText, type FormError } from '$lib/forms';
import {
	ADMIN_USERS_QUERY,
	CREATE_PASSWORD_LINK_MUTATION,
	CREATE_USER_MUTATION,
	DISABLE_USER_MUTATION,
	GRANT_ROLE_MUTATION,
	REVOKE_ROLE_MUTATION
} from '$lib/graphql/operations';
import { isRole } from '$lib/graphql/types';
import { createTranslator, type Translator } from '$lib/i18n';
import { apiFormError } from '$lib/i18n/api-errors';
import { loadQuery, runMutation, type MutationResult } from '$lib/server/api';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Confirmations after a redirect: `?klart=<kind>&anvandare=<id>`. */
const DONE_KINDS = ['skapad', 'tilldelad', 'aterkallad', 'avstangd'] as const;
type DoneKind = (typeof DONE_KINDS)[number];

function isDoneKind(value: string | null): value is DoneKind {
	return (DONE_KINDS as readonly (string | null)[]).includes(value);
}

/** Admins only: the API refuses `users` to anyone else (→ login page or 403). */
export const load: PageServerLoad = async (event) => {
	const data = await loadQuery(event, ADMIN_USERS_QUERY, {});
	const kind = event.url.searchParams.get('klart');
	const user = data.users.find((item) => item.id === event.url.searchParams.get('anvandare'));
	return {
		...data,
		done: isDoneKind(kind) && user ? { kind, email: user.email } : null
	};
};

/** Back to the list, showing what was done and scrolled to the account. */
function done(kind: DoneKind, userId: string): never {
	redirect(303, `/admin/anvandare?klart=${kind}&anvandare=${encodeURIComponent(userId)}#anvandare-${userId}`);
}

function apiError(i18n: Translator, result: MutationResult<unknown>, field?: string): FormError {
	return apiFormError(i18n, result.ok ? undefined : result.error, field);
}

async function readForm(event: RequestEvent) {
	const data = await event.request.formData();
	return {
		data,
		userId: formText(data, 'userId'),
		i18n: createTranslator(event.locals.locale)
	};
}

export const actions: Actions = {
	skapa: async (event) => {
		const { data, i18n } = await readForm(event);
		const email = formText(data, 'email').trim();
		const displayName = formText(data, 'displayName').trim();
		const values = { email, displayName };

		if (email === '') {
			return fail(400, {
				action: 'skapa' as const,
				values,
				errors: [{ field: 'new-email', message: i18n.t('users.emailMissing') }]
			});
		}
		if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
			return fail(400, {
				action: 'skapa' as const,
				values,
				errors: [{ field: 'new-email', message: i18n.t('users.emailInvalid') }]
			});
		}

		const result = await runMutation(event, CREATE_USER_MUTATION, { email, displayName });
		if (result.ok) done('skapad', result.data.createUser.id);
		const code = result.error?.code;
		const error =
			code === 'BAD_USER_INPUT'
				? { field: 'new-email', message: i18n.t('users.emailInvalid') }
				: apiError(i18n, result, code === 'EMAIL_TAKEN' ? 'new-email' : undefined);
		return fail(400, { action: 'skapa' as const, values, errors: [error] });
	},

	tilldela: async (event) => {
		const { data, userId, i18n } = await readForm(event);
		const role = formText(data, 'role');
		const orgUnitCode = formText(data, 'orgUnitCode');
		const values = { role, orgUnitCode };

		const errors: FormError[] = [];
		if (!isRole(role)) {
			errors.push({ field: `role-${userId}`, message: i18n.t('users.roleMissing') });
		} else if (role !== 'ADMIN' && orgUnitCode === '') {
			errors.push({ field: `org-${userId}`, message: i18n.t('users.orgUnitMissing') });
		}
		if (!isRole(role) || errors.length > 0) {
			return fail(400, { action: 'tilldela' as const, userId, values, errors });
		}

		const result = await runMutation(event, GRANT_ROLE_MUTATION, {
			userId,
			role,
			// Admin is global: an organisation chosen by mistake is left out.
			orgUnitCode: role === 'ADMIN' ? null : orgUnitCode
		});
		if (result.ok) done('tilldelad', userId);
		const field = result.error?.code === 'NOT_FOUND' ? `org-${userId}` : undefined;
		return fail(400, {
			action: 'tilldela' as const,
			userId,
			values,
			errors: [apiError(i18n, result, field)]
		});
	},

	aterkalla: async (event) => {
		const { data, userId, i18n } = await readForm(event);
		const role = formText(data, 'role');
		const orgUnitCode = formText(data, 'orgUnitCode');
		if (!isRole(role)) {
			return fail(400, {
				action: 'aterkalla' as const,
				userId,
				errors: [{ message: i18n.t('apiError.BAD_USER_INPUT') }]
			});
		}
		const result = await runMutation(event, REVOKE_ROLE_MUTATION, {
			userId,
			role,
			orgUnitCode: orgUnitCode === '' ? null : orgUnitCode
		});
		if (result.ok) done('aterkallad', userId);
		return fail(400, { action: 'aterkalla' as const, userId, errors: [apiError(i18n, result)] });
	},

	'stang-av': async (event) => {
		const { userId, i18n } = await readForm(event);
		const result = await runMutation(event, DISABLE_USER_MUTATION, { userId });
		if (result.ok) done('avstangd', userId);
		return fail(400, { action: 'stang-av' as const, userId, errors: [apiError(i18n, result)] });
	},

	/**
	 * The link is shown once, in the response to this POST: not put in a redirect address, where
	 * it would end up in the browser history and in logs.
	 */
	losenordslank: async (event) => {
		const { userId, i18n } = await readForm(event);
		const result = await runMutation(event, CREATE_PASSWORD_LINK_MUTATION, { userId });
		if (!result.ok) {
			return fail(400, {
				action: 'losenordslank' as const,
				userId,
				errors: [apiError(i18n, result)]
			});
		}
		return {
			action: 'losenordslank' as const,
			passwordLink: {
				userId,
				url: new URL(result.data.createPasswordLink, event.url.origin).href
			}
		};
	}
};
