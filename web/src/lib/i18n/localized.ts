import type { LocalizedText } from '../graphql/types';
import type { Locale } from './index';

export interface LocalizedString {
	text: string;
	/**
	 * The language of `text` when it differs from the page language, for a `lang` attribute
	 * (WCAG 3.1.2): the API falls back to Swedish when an English translation is missing.
	 */
	lang: Locale | undefined;
}

/** Pick the text for `locale` from a `LocalizedText`. */
export function localize(value: LocalizedText, locale: Locale): LocalizedString {
	if (locale === 'sv') return { text: value.sv, lang: undefined };
	const fellBack = value.en.trim() === '' || value.en === value.sv;
	return fellBack ? { text: value.sv, lang: 'sv' } : { text: value.en, lang: undefined };
}
