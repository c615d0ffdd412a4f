import { describe, expect, it } from 'vitest';
import { spineLayout } from './spine';

const range = { lowest: 40, highest: 90 };

describe('spineLayout', () => {
	it('puts the worst unit left and the best right, the county in the middle', () => {
		expect(spineLayout({ value: 90, county: 80, range, polarity: 'HIGHER_IS_BETTER' })).toEqual({
			ends: 'worst-best',
			left: 40,
			right: 90,
			countyAt: 0.5,
			countyCentred: true,
			valueAt: 1
		});
		// Below the county: on the worse half, scaled between the worst unit and the county.
		expect(spineLayout({ value: 60, county: 80, range, polarity: 'HIGHER_IS_BETTER' })?.valueAt).toBeCloseTo(0.25, 10);
		// Above it: on the better half, scaled between the county and the best unit.
		expect(spineLayout({ value: 85, county: 80, range, polarity: 'HIGHER_IS_BETTER' })?.valueAt).toBeCloseTo(0.75, 10);
	});

	it('flips the bar when lower is better, so that better is still to the right', () => {
		const layout = spineLayout({ value: 40, county: 80, range, polarity: 'LOWER_IS_BETTER' });
		expect(layout).toMatchObject({ ends: 'worst-best', left: 90, right: 40, countyAt: 0.5, valueAt: 1 });
		expect(spineLayout({ value: 90, county: 80, range, polarity: 'LOWER_IS_BETTER' })?.valueAt).toBe(0);
		expect(spineLayout({ value: 60, county: 80, range, polarity: 'LOWER_IS_BETTER' })?.valueAt).toBeCloseTo(0.5 + 0.5 * (20 / 40), 10);
	});

	it('runs from low to high without a polarity', () => {
		expect(spineLayout({ value: 40, county: 50, range, polarity: 'NO_JUDGEMENT' })).toMatchObject({
			ends: 'low-high',
			left: 40,
			right: 90,
			countyAt: 0.5,
			valueAt: 0
		});
	});

	it('scales evenly when the county is not between the ends, and keeps marks on the bar', () => {
		const outside = spineLayout({ value: 65, county: 95, range, polarity: 'HIGHER_IS_BETTER' });
		expect(outside).toMatchObject({ countyAt: 1, countyCentred: false, valueAt: 0.5 });
		const atEnd = spineLayout({ value: 65, county: 40, range, polarity: 'HIGHER_IS_BETTER' });
		expect(atEnd).toMatchObject({ countyAt: 0, countyCentred: false, valueAt: 0.5 });
		expect(spineLayout({ value: 65, county: null, range, polarity: 'HIGHER_IS_BETTER' })).toMatchObject({
			countyAt: null,
			countyCentred: false,
			valueAt: 0.5
		});
	});

	it('draws no value marker for a suppressed or missing value, and no bar without a range', () => {
		expect(spineLayout({ value: null, county: 80, range, polarity: 'HIGHER_IS_BETTER' })).toMatchObject({
			valueAt: null,
			countyAt: 0.5
		});
		expect(spineLayout({ value: 50, county: 80, range: null, polarity: 'HIGHER_IS_BETTER' })).toBeNull();
	});

	it('puts the one unit in the middle of a bar without length, the county on its side', () => {
		const one = { lowest: 12.5, highest: 12.5 };
		expect(spineLayout({ value: 12.5, county: 11.2, range: one, polarity: 'HIGHER_IS_BETTER' })).toEqual({
			ends: 'worst-best',
			left: 12.5,
			right: 12.5,
			countyAt: 0,
			countyCentred: false,
			valueAt: 0.5
		});
		expect(spineLayout({ value: 12.5, county: 11.2, range: one, polarity: 'LOWER_IS_BETTER' })?.countyAt).toBe(1);
		expect(spineLayout({ value: 12.5, county: 12.5, range: one, polarity: 'NO_JUDGEMENT' })).toMatchObject({ countyAt: 0.5, countyCentred: true });
	});
});
