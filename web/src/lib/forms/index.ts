/**
 * Form state shared by the form actions (`+page.server.ts`) and the components that show it.
 * Every form works without JavaScript: an action validates on the server and either redirects
 * (success) or returns `fail(status, { errors, values })`, and the page shows an error summary
 * linking to the fields.
 */
import type { Locale } from '../i18n';

/** One problem, in the language of the page. */
export interface FormError {
	/** `id` of the field the problem belongs to; the error summary links to it. */
	field?: string;
	message: string;
	/** Set when the text is not in the page's language (the API's Swedish fallback). */
	lang?: Locale;
}

/** The text of a form field; '' when it is missing or a file. */
export function formText(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
}

/** The error of one field, if any. */
export function fieldError(
	errors: readonly FormError[] | undefined,
	field: string
): FormError | undefined {
	return errors?.find((error) => error.field === field);
}

export interface SelectOption {
	value: string;
	label: string;
}

/** Options of a `<select>`; a group with a label becomes an `<optgroup>`. */
export interface SelectGroup {
	label?: string;
	options: readonly SelectOption[];
}

/**
 * A new password typed twice: both given and equal. Length and strength are the API's to judge
 * (it answers WEAK_PASSWORD), so the rule lives in one place.
 */
export function newPasswordErrors(
	newPassword: string,
	repeatPassword: string,
	i18n: { t(id: string): string }
): FormError[] {
	if (newPassword === '') return [{ field: 'new-password', message: i18n.t('password.newMissing') }];
	if (repeatPassword === '') {
		return [{ field: 'repeat-password', message: i18n.t('password.repeatMissing') }];
	}
	if (newPassword !== repeatPassword) {
		return [{ field: 'repeat-password', message: i18n.t('password.mismatch') }];
	}
	return [];
}

/** `aria-describedby` for a field: the ids of its hint and error (FieldMessages), or undefined. */
export function describedBy(id: string, hint: string | undefined, error: FormError | undefined): string | undefined {
	return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
}
