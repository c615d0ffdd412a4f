import { describe, expect, it } from 'vitest';
import { newPasswordErrors } from './index';

const i18n = { t: (id: string) => id };

describe('newPasswordErrors', () => {
	it('asks for the password, then for the repetition, then for them to match', () => {
		expect(newPasswordErrors('', '', i18n)).toEqual([{ field: 'new-password', message: 'password.newMissing' }]);
		expect(newPasswordErrors('ett långt lösenord', '', i18n)).toEqual([
			{ field: 'repeat-password', message: 'password.repeatMissing' }
		]);
		expect(newPasswordErrors('ett långt lösenord', 'ett annat lösenord', i18n)).toEqual([
			{ field: 'repeat-password', message: 'password.mismatch' }
		]);
		expect(newPasswordErrors('ett långt lösenord', 'ett långt lösenord', i18n)).toEqual([]);
	});
});
