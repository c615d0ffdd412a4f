import { describe, expect, it } from 'vitest';
import { describedBy } from './index';

describe('describedBy', () => {
	it('names the hint and the error that are shown, or nothing', () => {
		expect(describedBy('email', 'Din jobbadress', { message: 'Saknas' })).toBe('email-hint email-error');
		expect(describedBy('email', undefined, { message: 'Saknas' })).toBe('email-error');
		expect(describedBy('email', undefined, undefined)).toBeUndefined();
	});
});
