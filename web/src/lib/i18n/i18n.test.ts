import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import {
	ASSESSMENT_METHODS,
	FREQUENCIES,
	IMPORT_POLICIES,
	IMPORT_STATUSES,
	INDICATOR_AREAS,
	INDICATOR_UNITS,
	ORG_UNIT_KINDS,
	POLARITIES,
	PRINCIPALS,
	ROLES
} from '../graphql/types';
import en from './messages/en.json';
import sv from './messages/sv.json';
import { createTranslator, DEFAULT_LOCALE, isLocale, LOCALES, MESSAGES } from './index';
import { localize } from './localized';

const NBSP = '\u00a0';

/** Parse an ICU message the way `@formatjs/intl` does; throws on a syntax error. */
function parse(message: string, locale: string) {
	const intl = createIntl({ locale, messages: {} });
	return intl.formatters.getMessageFormat(message, locale).getAst();
}

type Ast = ReturnType<typeof parse>;

/** The names of all arguments used in an ICU AST (including inside plural/select/tags). */
function argumentNames(ast: Ast, into = new Set<string>()): Set<string> {
	for (const element of ast) {
		if ('value' in element && typeof element.value === 'string' && element.type !== 0) {
			into.add(element.value);
		}
		if ('options' in element) {
			for (const option of Object.values(element.options)) argumentNames(option.value, into);
		}
		if ('children' in element) argumentNames(element.children, into);
	}
	return into;
}

describe('message catalogues', () => {
	it('sv.json and en.json have identical keys', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
		expect(Object.keys(sv).length).toBeGreaterThan(50);
	});

	it('has no empty message', () => {
		for (const locale of LOCALES) {
			for (const [id, message] of Object.entries(MESSAGES[locale])) {
				expect(message.trim(), `${locale}:${id}`).not.toBe('');
			}
		}
	});

	it('parses every message as ICU MessageFormat', () => {
		for (const locale of LOCALES) {
			for (const [id, message] of Object.entries(MESSAGES[locale])) {
				expect(() => parse(message, locale), `${locale}:${id}`).not.toThrow();
			}
		}
	});

	it('detects an invalid ICU message (sanity check of the parse test)', () => {
		expect(() => parse('{count, plural, one {# kommun}', 'sv')).toThrow();
		expect(() => parse('{count, plural, one {# kommun} other {# kommuner}}', 'sv')).not.toThrow();
	});

	it('uses the same ICU arguments in both languages', () => {
		expect([...argumentNames(parse(sv['org.summary'], 'sv'))].sort()).toEqual([
			'municipalities',
			'subregions'
		]);
		for (const id of Object.keys(sv) as (keyof typeof sv)[]) {
			const svArgs = [...argumentNames(parse(sv[id], 'sv'))].sort();
			const enArgs = [...argumentNames(parse(en[id], 'en'))].sort();
			expect(enArgs, id).toEqual(svArgs);
		}
	});

	it('translates every value of the GraphQL enums', () => {
		const expected = [
			...INDICATOR_AREAS.map((value) => `area.${value}`),
			...PRINCIPALS.map((value) => `principal.${value}`),
			...POLARITIES.map((value) => `polarity.${value}`),
			...FREQUENCIES.map((value) => `frequency.${value}`),
			...INDICATOR_UNITS.map((value) => `unit.${value}`),
			...INDICATOR_UNITS.map((value) => `value.${value}`),
			...ORG_UNIT_KINDS.map((value) => `orgUnitKind.${value}`),
			...ASSESSMENT_METHODS.map((value) => `assessmentMethod.${value}`),
			...ROLES.map((value) => `role.${value}`),
			...ROLES.map((value) => `roleDescription.${value}`),
			...IMPORT_STATUSES.map((value) => `importStatus.${value}`),
			...IMPORT_POLICIES.map((value) => `importPolicy.${value}`)
		];
		expect(Object.keys(sv)).toEqual(expect.arrayContaining(expected));
	});
});

describe('createTranslator', () => {
	const svT = createTranslator('sv');
	const enT = createTranslator('en');

	it('defaults to Swedish and knows exactly sv and en', () => {
		expect(DEFAULT_LOCALE).toBe('sv');
		expect(LOCALES).toEqual(['sv', 'en']);
		expect(isLocale('sv')).toBe(true);
		expect(isLocale('en')).toBe(true);
		expect(isLocale('de')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});

	it('is cached per locale', () => {
		expect(createTranslator('sv')).toBe(svT);
		expect(createTranslator('en')).toBe(enT);
		expect(svT).not.toBe(enT);
		expect(svT.locale).toBe('sv');
		expect(enT.locale).toBe('en');
	});

	it('translates in Swedish and English', () => {
		expect(svT.t('app.skipToContent')).toBe('Hoppa till huvudinnehållet');
		expect(svT.t('language.label')).toBe('Byt språk');
		expect(svT.t('org.heading')).toBe('Organisation');
		expect(svT.t('indicators.heading')).toBe('Indikatorer');
		expect(svT.t('indicators.empty')).toBe('Inga indikatorer finns ännu.');
		expect(enT.t('app.skipToContent')).toBe('Skip to main content');
		expect(svT.t('area.CARE_TRANSITIONS')).toBe('Samverkan vid in- och utskrivning');
		expect(enT.t('polarity.LOWER_IS_BETTER')).toBe('Lower is better');
	});

	it('formats Swedish numbers with a decimal comma and a non-breaking space for thousands', () => {
		expect(svT.formatNumber(0.5)).toBe('0,5');
		expect(svT.formatNumber(1234.5)).toBe(`1${NBSP}234,5`);
		expect(svT.t('value.PERCENT', { value: 85.5 })).toBe('85,5 %');
		expect(enT.formatNumber(1234.5)).toBe('1,234.5');
		expect(enT.t('value.PERCENT', { value: 85.5 })).toBe('85.5%');
	});

	it('applies ICU plural rules', () => {
		expect(svT.t('org.childrenIn', { count: 1, name: 'Fyrbodal' })).toBe('1 kommun i Fyrbodal');
		expect(svT.t('org.childrenIn', { count: 14, name: 'Fyrbodal' })).toBe(
			'14 kommuner i Fyrbodal'
		);
		expect(enT.t('org.childrenIn', { count: 1, name: 'Fyrbodal' })).toBe(
			'1 municipality in Fyrbodal'
		);
		expect(svT.t('org.summary', { subregions: 4, municipalities: 49 })).toBe(
			'4 delregioner och 49 kommuner'
		);
		expect(svT.t('value.DAYS', { value: 1 })).toBe('1 dag');
		expect(svT.t('value.DAYS', { value: 2.5 })).toBe('2,5 dagar');
	});

	it('joins lists in the language of the page', () => {
		expect(svT.formatList(['Göteborgsregionen', 'Fyrbodal'])).toBe('Göteborgsregionen och Fyrbodal');
		expect(enT.formatList(['A', 'B', 'C'])).toBe('A, B and C');
		expect(svT.formatList(['Borås'])).toBe('Borås');
	});

	it('formats dates in the language of the page', () => {
		expect(svT.formatDate('2026-01-15', { dateStyle: 'long' })).toBe('15 januari 2026');
		expect(enT.formatDate('2026-01-15', { dateStyle: 'long' })).toBe('15 January 2026');
		expect(svT.formatDate('2026-07-01', { dateStyle: 'short' })).toBe('2026-07-01');
	});
});

describe('localize', () => {
	const text = { sv: 'Andel besök', en: 'Share of visits' };

	it('picks the text of the locale', () => {
		expect(localize(text, 'sv')).toEqual({ text: 'Andel besök', lang: undefined });
		expect(localize(text, 'en')).toEqual({ text: 'Share of visits', lang: undefined });
	});

	it('marks Swedish fallback text in English pages with lang="sv"', () => {
		expect(localize({ sv: 'Andel besök', en: 'Andel besök' }, 'en')).toEqual({
			text: 'Andel besök',
			lang: 'sv'
		});
		expect(localize({ sv: 'Andel besök', en: ' ' }, 'en')).toEqual({
			text: 'Andel besök',
			lang: 'sv'
		});
	});
});
