/**
 * Internationalisation on top of `@formatjs/intl` (ICU MessageFormat).
 *
 * Swedish is the default and complete; `en.json` must have exactly the same keys (a unit
 * test checks this). Use `t(id, values)` with ICU arguments: never concatenate translated
 * strings, since word order and plurals differ between languages.
 */
import {
	createIntl,
	createIntlCache,
	type FormatDateOptions,
	type FormatNumberOptions,
	type IntlShape
} from '@formatjs/intl';
import { getContext, setContext } from 'svelte';
import en from './messages/en.json';
import sv from './messages/sv.json';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

/** Every message id (the keys of the Swedish catalogue). */
export type MessageId = keyof typeof sv;
/** Values that may be interpolated into an ICU message. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** Catalogues per locale. Typed so a key missing in `en.json` is a compile error. */
export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = { sv, en };

/** The BCP 47 tag used for formatting: British English for dates like "1 January 2026". */
const INTL_LOCALE: Readonly<Record<Locale, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** Dates are shown in Swedish time whatever the server's time zone. */
export const TIME_ZONE = 'Europe/Stockholm';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export interface Translator {
	readonly locale: Locale;
	/** Format the message `id` with ICU `values`. */
	t(id: MessageId, values?: MessageValues): string;
	formatNumber(value: number, options?: FormatNumberOptions): string;
	/** Accepts a `Date`, a timestamp or an ISO date(-time) string. */
	formatDate(value: Date | number | string, options?: FormatDateOptions): string;
	/** "A, B och C" / "A, B and C". */
	formatList(items: readonly string[]): string;
}

const cache = createIntlCache();
const translators = new Map<Locale, Translator>();

function build(locale: Locale): Translator {
	const intl: IntlShape = createIntl(
		{
			locale: INTL_LOCALE[locale],
			defaultLocale: INTL_LOCALE[DEFAULT_LOCALE],
			timeZone: TIME_ZONE,
			messages: MESSAGES[locale]
		},
		cache
	);
	return {
		locale,
		t: (id, values) => intl.formatMessage({ id }, values),
		formatNumber: (value, options) => intl.formatNumber(value, options),
		formatDate: (value, options) => intl.formatDate(value, options),
		formatList: (items) => intl.formatList(items, { type: 'conjunction' })
	};
}

/** The translator for `locale`; created once per locale and then reused. */
export function createTranslator(locale: Locale): Translator {
	let translator = translators.get(locale);
	if (!translator) {
		translator = build(locale);
		translators.set(locale, translator);
	}
	return translator;
}

const CONTEXT_KEY = Symbol('samsyn.i18n');

/**
 * Make the translator available to all descendants. Pass a getter so that descendants
 * follow a change of locale (e.g. `() => createTranslator(data.locale)`).
 */
export function setI18n(current: () => Translator): void {
	setContext(CONTEXT_KEY, current);
}

/**
 * The translator set by the root layout. The returned object always delegates to the
 * current translator, so it can be kept in a component-level constant.
 */
export function getI18n(): Translator {
	const current = getContext<(() => Translator) | undefined>(CONTEXT_KEY);
	if (!current) throw new Error('getI18n() called outside the root layout (setI18n missing)');
	return {
		get locale() {
			return current().locale;
		},
		t: (id, values) => current().t(id, values),
		formatNumber: (value, options) => current().formatNumber(value, options),
		formatDate: (value, options) => current().formatDate(value, options),
		formatList: (items) => current().formatList(items)
	};
}
