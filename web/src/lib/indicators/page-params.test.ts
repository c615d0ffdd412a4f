import { describe, expect, it } from 'vitest';
import { comparisonLevel, indicatorPageHref, latestCompletePeriod, parseChoice } from './page-params';

describe('parseChoice', () => {
	it('defaults to the county, quarters, the latest period and the level by unit', () => {
		expect(parseChoice(new URLSearchParams(''))).toEqual({
			ok: true,
			choice: { enhet: '14', periodtyp: 'kvartal', period: null, niva: null }
		});
		const parsed = parseChoice(new URLSearchParams('enhet=1480&periodtyp=manad&period=2026-Q1&niva=delregioner'));
		// A quarter with months chosen is left out, as the form sends it after a change of period type.
		expect(parsed).toEqual({ ok: true, choice: { enhet: '1480', periodtyp: 'manad', period: null, niva: 'delregioner' } });
	});

	it('refuses an unknown period type or level', () => {
		expect(parseChoice(new URLSearchParams('periodtyp=vecka'))).toEqual({ ok: false, param: 'periodtyp', value: 'vecka' });
		expect(parseChoice(new URLSearchParams('niva=landsting'))).toEqual({ ok: false, param: 'niva', value: 'landsting' });
	});
});

describe('comparisonLevel', () => {
	it('compares a sub-region with sub-regions, anything else with municipalities', () => {
		const choice = { enhet: 'GR', periodtyp: 'kvartal', period: null, niva: null } as const;
		expect(comparisonLevel(choice, 'SUBREGION')).toBe('delregioner');
		expect(comparisonLevel(choice, 'COUNTY')).toBe('kommuner');
		expect(comparisonLevel({ ...choice, niva: 'kommuner' }, 'SUBREGION')).toBe('kommuner');
	});
});

describe('latestCompletePeriod', () => {
	it('skips a quarter or year the data has not finished', () => {
		expect(latestCompletePeriod(['2026-Q2', '2026-Q1', '2025-Q4'], 'QUARTER', '2026-04')).toBe('2026-Q1');
		expect(latestCompletePeriod(['2026-Q2', '2026-Q1'], 'QUARTER', '2026-06')).toBe('2026-Q2');
		expect(latestCompletePeriod(['2026', '2025'], 'YEAR', '2026-11')).toBe('2025');
		expect(latestCompletePeriod(['2026-04', '2026-03'], 'ROLLING_12', '2026-04')).toBe('2026-04');
	});

	it('takes the newest without months (yearly figures), and nothing without periods', () => {
		expect(latestCompletePeriod(['2025', '2024'], 'YEAR', null)).toBe('2025');
		expect(latestCompletePeriod(['2026-Q2'], 'QUARTER', '2026-04')).toBe('2026-Q2');
		expect(latestCompletePeriod([], 'QUARTER', '2026-04')).toBe(null);
	});
});

describe('indicatorPageHref', () => {
	it('leaves defaults out, in a fixed order, with an optional file', () => {
		expect(indicatorPageHref('uk-dagar', { enhet: '14', periodtyp: 'kvartal', period: null, niva: null })).toBe('/indikatorer/uk-dagar');
		expect(
			indicatorPageHref('uk-dagar', { enhet: '1480', periodtyp: 'ar', period: '2025', niva: 'kommuner' }, '/data.csv')
		).toBe('/indikatorer/uk-dagar/data.csv?enhet=1480&periodtyp=ar&period=2025&niva=kommuner');
	});
});
