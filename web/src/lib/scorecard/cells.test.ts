import { describe, expect, it } from 'vitest';
import type { ScorecardValue } from '../graphql/operations';
import { createTranslator } from '../i18n/index';
import { cellView, formatCellValue } from './cells';
import { printParts } from './grid';
import { periodLabel } from './periods';

const sv = createTranslator('sv');
const en = createTranslator('en');

const value = (fields: Partial<ScorecardValue>): ScorecardValue => ({
	value: 87.54,
	suppressed: false,
	missingReason: null,
	status: 'GREEN',
	statusBasis: 'TARGET',
	greyReason: null,
	trend: null,
	...fields
});

describe('formatCellValue', () => {
	it('writes one decimal, with a decimal comma and the per cent sign in Swedish', () => {
		expect(formatCellValue(sv, 87.54, 'PERCENT')).toBe('87,5 %');
		expect(formatCellValue(sv, 90, 'PERCENT')).toBe('90,0 %');
		expect(formatCellValue(en, 90, 'PERCENT')).toBe('90.0%');
		expect(formatCellValue(sv, 90, 'PERCENT')).toBe('90,0 %'); // the cached affixes, again
		expect(formatCellValue(sv, 1234.56, 'PER_HUNDRED_THOUSAND')).toBe('1\u00a0234,6');
		expect(formatCellValue(sv, 3, 'DAYS')).toBe('3,0');
	});
});

describe('cellView', () => {
	it('gives a value its colour, symbol and words, and a trend its arrow and words', () => {
		expect(cellView(sv, value({ trend: { direction: 'IMPROVING' } }), 'PERCENT')).toEqual({
			tone: 'green',
			text: '87,5 %',
			isMarker: false,
			symbol: '✓',
			statusText: 'Grön: når målet',
			trendArrow: '↗',
			trendText: 'förbättras',
			spoken: 'Grön: når målet. Trend: förbättras.'
		});
		expect(cellView(sv, value({ status: 'RED', statusBasis: 'RELATIVE_QUARTILES' }), 'PERCENT')).toMatchObject({
			tone: 'red',
			symbol: '✕',
			statusText: 'Röd, relativt: bland de sämsta 25 procenten',
			trendArrow: null,
			spoken: 'Röd, relativt: bland de sämsta 25 procenten'
		});
		expect(
			cellView(sv, value({ status: 'YELLOW', statusBasis: 'SIGNIFICANCE_VS_COUNTY', trend: { direction: 'NO_SIGNIFICANT_CHANGE' } }), 'PERCENT')
		).toMatchObject({ tone: 'yellow', symbol: '◆', statusText: 'Gul: ingen säker skillnad mot länet', trendText: 'ingen säker förändring' });
	});

	it('shows Kolada’s markers for absent values, grey and explained', () => {
		const absent = (missingReason: ScorecardValue['missingReason']) =>
			cellView(sv, value({ value: null, status: 'GREY', missingReason, suppressed: missingReason === 'SUPPRESSED' }), 'PERCENT');
		expect(absent('SUPPRESSED')).toMatchObject({ tone: 'grey', text: '..', isMarker: true, symbol: null, statusText: 'För få – undertryckt' });
		expect(absent('MISSING')).toMatchObject({ text: '-', statusText: 'Saknas' });
		expect(absent('NOT_APPLICABLE')).toMatchObject({ text: '.', statusText: 'Ej tillämpligt' });
	});

	it('keeps a value that is not judged grey, without a symbol', () => {
		expect(cellView(sv, value({ status: 'GREY', statusBasis: 'NONE', greyReason: 'NOT_ASSESSED' }), 'PERCENT')).toMatchObject({
			tone: 'grey',
			text: '87,5 %',
			symbol: null,
			statusText: 'Grå: bedöms inte'
		});
		expect(cellView(en, value({ status: 'GREY', greyReason: 'NO_COMPARATOR' }), 'PERCENT')).toMatchObject({
			statusText: 'Grey: nothing to compare with'
		});
	});
});

describe('periodLabel', () => {
	it('writes periods as people do, in both languages', () => {
		expect(periodLabel(sv, 'MONTH', '2026-10')).toBe('oktober 2026');
		expect(periodLabel(sv, 'QUARTER', '2026-Q3')).toBe('kvartal 3 2026');
		expect(periodLabel(en, 'QUARTER', '2026-Q3')).toBe('Q3 2026');
		expect(periodLabel(sv, 'YEAR', '2025')).toBe('2025');
		expect(periodLabel(sv, 'ROLLING_12', '2026-01')).toBe('12 månader t.o.m. januari 2026');
		expect(periodLabel(en, 'ROLLING_12', '2026-01')).toBe('12 months to January 2026');
		expect(periodLabel(sv, 'QUARTER', 'fel')).toBe('fel');
	});
});

describe('printParts', () => {
	it('splits a wide grid into even tables of at most ten units', () => {
		expect(printParts(5)).toEqual([{ from: 0, to: 5 }]);
		expect(printParts(49).map((p) => p.to - p.from)).toEqual([10, 10, 10, 10, 9]);
		expect(printParts(13).map((p) => p.to - p.from)).toEqual([7, 6]);
		expect(printParts(0)).toEqual([]);
	});
});
