/**
 * Error messages for the codes the API puts in `errors[].extensions.code`. The API's own message
 * is bilingual ("Svenska / English"); we show our own translation, and the Swedish half of the
 * API's message only for a code we do not know.
 */
import type { FormError } from '../forms';
import type { GraphQLErrorDetail } from '../graphql/client';
import type { Translator } from './index';
import type { LocalizedString } from './localized';

export const API_ERROR_CODES = [
	'UNAUTHENTICATED',
	'FORBIDDEN',
	'INVALID_CREDENTIALS',
	'RATE_LIMITED',
	'WEAK_PASSWORD',
	'INVALID_LINK',
	'EMAIL_TAKEN',
	'NOT_FOUND',
	'BAD_USER_INPUT'
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
	return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

/** "Lösenordet är fel / the password is wrong" → "Lösenordet är fel". */
export function swedishPart(message: string): string {
	const separator = message.indexOf(' / ');
	return (separator < 0 ? message : message.slice(0, separator)).trim();
}

/** Whole minutes to wait, at least one, from `extensions.retryAfterSeconds`. */
export function retryAfterMinutes(extensions: Readonly<Record<string, unknown>>): number {
	const seconds = extensions.retryAfterSeconds;
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
		? Math.ceil(seconds / 60)
		: 1;
}

/**
 * The message for an API error; `undefined` stands for an error without a code (the API masks
 * unexpected errors), which gets a general "try again" text.
 */
export function apiErrorMessage(
	i18n: Translator,
	detail: GraphQLErrorDetail | undefined
): LocalizedString {
	if (!detail) return { text: i18n.t('apiError.UNEXPECTED'), lang: undefined };
	const { code } = detail;
	if (code === 'RATE_LIMITED') {
		return {
			text: i18n.t('apiError.RATE_LIMITED', { minutes: retryAfterMinutes(detail.extensions) }),
			lang: undefined
		};
	}
	if (isApiErrorCode(code)) return { text: i18n.t(`apiError.${code}`), lang: undefined };
	const swedish = swedishPart(detail.message);
	if (swedish === '') return { text: i18n.t('apiError.UNEXPECTED'), lang: undefined };
	return { text: swedish, lang: i18n.locale === 'sv' ? undefined : 'sv' };
}

/** The message for an API error as a form's error, next to `field` when it belongs to one. */
export function apiFormError(i18n: Translator, detail: GraphQLErrorDetail | undefined, field?: string): FormError {
	const { text, lang } = apiErrorMessage(i18n, detail);
	return { message: text, ...(field ? { field } : {}), ...(lang ? { lang } : {}) };
}
