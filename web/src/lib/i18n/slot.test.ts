import { describe, expect, it } from 'vitest';
import { createTranslator } from './index';
import { translateAroundSlot } from './slot';

describe('translateAroundSlot', () => {
	it('splits a translated sentence where the element goes', () => {
		expect(translateAroundSlot(createTranslator('sv'), 'batch.status.DUPLICATE', 'batch')).toEqual({
			before: 'Redan importerad – samma fil publicerades i ',
			after: '; inget ändrades.'
		});
		expect(translateAroundSlot(createTranslator('en'), 'batch.status.DUPLICATE', 'batch')).toEqual({
			before: 'Already imported – the same file was published in ',
			after: '; nothing changed.'
		});
	});

	it('keeps a sentence without the slot whole', () => {
		expect(translateAroundSlot(createTranslator('sv'), 'imports.heading', 'batch')).toEqual({
			before: 'Importer',
			after: ''
		});
	});
});
