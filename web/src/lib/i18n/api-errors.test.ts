import { describe, expect, it } from 'vitest';
import type { GraphQLErrorDetail } from '../graphql/client';
import { API_ERROR_CODES, apiErrorMessage, apiFormError, retryAfterMinutes, swedishPart } from './api-errors';
import { createTranslator } from './index';

const sv = createTranslator('sv');
const en = createTranslator('en');

function detail(code: string | undefined, message = 'Svenska / English', extensions = {}) {
	return { message, code, extensions: { ...extensions, code } } satisfies GraphQLErrorDetail;
}

describe('apiErrorMessage', () => {
	it('translates every code the API sends', () => {
		for (const code of API_ERROR_CODES) {
			const message = apiErrorMessage(sv, detail(code));
			expect(message.lang).toBeUndefined();
			expect(message.text).not.toBe('Svenska');
		}
		expect(apiErrorMessage(sv, detail('INVALID_CREDENTIALS')).text).toBe(
			'Fel e-postadress eller lösenord. Kontrollera att du har skrivit rätt.'
		);
		expect(apiErrorMessage(en, detail('EMAIL_TAKEN')).text).toBe(
			'There is already an account with that e-mail address.'
		);
	});

	it('says how many minutes to wait when rate limited', () => {
		expect(apiErrorMessage(sv, detail('RATE_LIMITED', '', { retryAfterSeconds: 61 })).text).toBe(
			'För många misslyckade inloggningsförsök. Vänta 2 minuter och försök igen.'
		);
		expect(apiErrorMessage(sv, detail('RATE_LIMITED', '', { retryAfterSeconds: 30 })).text).toBe(
			'För många misslyckade inloggningsförsök. Vänta 1 minut och försök igen.'
		);
		expect(apiErrorMessage(en, detail('RATE_LIMITED', '', { retryAfterSeconds: 900 })).text).toBe(
			'Too many failed login attempts. Wait 15 minutes and try again.'
		);
	});

	it('falls back to the Swedish half of an unknown code’s message, marked as Swedish in English', () => {
		const unknown = detail('SOMETHING_NEW', 'Något nytt gick fel / something new went wrong');
		expect(apiErrorMessage(sv, unknown)).toEqual({ text: 'Något nytt gick fel', lang: undefined });
		expect(apiErrorMessage(en, unknown)).toEqual({ text: 'Något nytt gick fel', lang: 'sv' });
	});

	it('has a general text for errors without a code or message', () => {
		expect(apiErrorMessage(sv, undefined).text).toBe(
			'Det gick inte att genomföra just nu. Försök igen om en stund.'
		);
		expect(apiErrorMessage(sv, detail('SOMETHING_NEW', ' / only English')).text).toBe(
			'Det gick inte att genomföra just nu. Försök igen om en stund.'
		);
	});
});

describe('helpers', () => {
	it('takes the Swedish half of a bilingual message', () => {
		expect(swedishPart('Fel lösenord / wrong password')).toBe('Fel lösenord');
		expect(swedishPart('Bara svenska')).toBe('Bara svenska');
		expect(swedishPart('a / b / c')).toBe('a');
	});

	it('rounds the wait up to whole minutes, at least one', () => {
		expect(retryAfterMinutes({ retryAfterSeconds: 600 })).toBe(10);
		expect(retryAfterMinutes({ retryAfterSeconds: 601 })).toBe(11);
		expect(retryAfterMinutes({ retryAfterSeconds: 0 })).toBe(1);
		expect(retryAfterMinutes({})).toBe(1);
		expect(retryAfterMinutes({ retryAfterSeconds: '60' })).toBe(1);
	});
});

describe('apiFormError', () => {
	it('puts the message next to its field, and marks a Swedish fallback on an English page', () => {
		expect(apiFormError(en, detail('EMAIL_TAKEN'), 'new-email')).toEqual({
			field: 'new-email',
			message: 'There is already an account with that e-mail address.'
		});
		expect(apiFormError(en, detail('SOMETHING_NEW', 'Perioden finns inte / no such period'))).toEqual({
			message: 'Perioden finns inte',
			lang: 'sv'
		});
		expect(apiFormError(sv, undefined)).toEqual({ message: apiErrorMessage(sv, undefined).text });
	});
});
