import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/index';
import { comparisonSummary, trendSummary, valueWithInterval } from './summary';

const sv = createTranslator('sv');
const en = createTranslator('en');
const round = (value: number) => Math.round(value * 10) / 10;
const bare = (value: number) => sv.formatNumber(round(value));
const days = { withUnit: (value: number) => sv.t('value.DAYS', { value: round(value) }), bare };
const percent = { withUnit: (value: number) => sv.t('value.PERCENT', { value: round(value) }), bare };

describe('comparisonSummary', () => {
	const items = [
		{ name: 'Tanum', value: 4.1, ciLow: 3.04, ciHigh: 5.2 },
		{ name: 'Lysekil', value: 12.3, ciLow: 10.1, ciHigh: 14.5 },
		{ name: 'Sotenäs', value: 6, ciLow: null, ciHigh: null },
		{ name: 'Dals-Ed', value: null, ciLow: null, ciHigh: null }
	];

	it('names the highest and lowest unit with intervals, the county and the units without a value', () => {
		expect(comparisonSummary(sv, items, 8.24, days)).toBe(
			'Lysekil har högst värde, 12,3 dagar (95 % KI 10,1–14,5), och Tanum lägst, 4,1 dagar (95 % KI 3–5,2). ' +
				'Länet: 8,2 dagar. 1 av 4 enheter har inget redovisat värde.'
		);
		expect(comparisonSummary(en, items, null, { withUnit: (v) => `${v}`, bare: (v) => `${v}` })).toBe(
			'Lysekil has the highest value, 12.3 (95% CI 10.1–14.5), and Tanum the lowest, 4.1 (95% CI 3.04–5.2). ' +
				'1 of 4 units have no published value.'
		);
	});

	it('says so when one unit or none has a value', () => {
		expect(comparisonSummary(sv, items.slice(2), null, days)).toBe(
			'Bara Sotenäs har ett redovisat värde, 6 dagar. 1 av 2 enheter har inget redovisat värde.'
		);
		expect(comparisonSummary(sv, items.slice(3), 8, days)).toBe(
			'Ingen enhet har ett redovisat värde för perioden. Länet: 8 dagar. 1 av 1 enheter har inget redovisat värde.'
		);
	});
});

describe('trendSummary', () => {
	const unit = [
		{ label: 'kvartal 1 2025', value: 75.51, ciLow: 70, ciHigh: 80 },
		{ label: 'kvartal 2 2025', value: null, ciLow: null, ciHigh: null },
		{ label: 'kvartal 3 2025', value: 82, ciLow: 79.1, ciHigh: 84.6 }
	];

	it('gives the latest value with its interval, the first value, the trend and the county', () => {
		expect(
			trendSummary(sv, { unitName: 'Göteborg', unit, county: { value: 80.06, label: 'kvartal 3 2025' }, trend: 'förbättras' }, percent)
		).toBe(
			'Göteborg: 82 % (95 % KI 79,1–84,6) kvartal 3 2025, från 75,5 % kvartal 1 2025. Trend: förbättras. ' +
				'Länet kvartal 3 2025: 80,1 %. 1 av 3 perioder har inget redovisat värde.'
		);
	});

	it('handles one value and none', () => {
		expect(trendSummary(sv, { unitName: 'Länet', unit: unit.slice(2), county: null, trend: null }, percent)).toBe(
			'Länet: 82 % (95 % KI 79,1–84,6) kvartal 3 2025.'
		);
		expect(trendSummary(sv, { unitName: 'Dals-Ed', unit: unit.slice(1, 2), county: null, trend: null }, percent)).toBe(
			'Dals-Ed har inget redovisat värde för perioderna. 1 av 1 perioder har inget redovisat värde.'
		);
	});
});

describe('valueWithInterval', () => {
	it('leaves out a missing interval', () => {
		expect(valueWithInterval(sv, { value: 2, ciLow: null, ciHigh: 3 }, days)).toBe('2 dagar');
	});
});
