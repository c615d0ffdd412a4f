import { describe, expect, it } from 'vitest';
import type { AssessmentRule } from '../graphql/types';
import { createTranslator } from '../i18n/index';
import {
	describeAssessment,
	describeDisclosure,
	describeTargets,
	formatValue,
	groupByArea
} from './format';

const sv = createTranslator('sv');
const en = createTranslator('en');
const NBSP = '\u00a0';

const target = (green: number | null, yellow: number | null): AssessmentRule => ({
	method: 'TARGET',
	green,
	yellow
});

describe('formatValue', () => {
	it('formats a value in its unit', () => {
		expect(formatValue(sv, 90, 'PERCENT')).toBe('90 %');
		expect(formatValue(sv, 12.5, 'PER_THOUSAND')).toBe(`12,5 per 1${NBSP}000`);
		expect(formatValue(sv, 1234, 'PER_HUNDRED_THOUSAND')).toBe(
			`1${NBSP}234 per 100${NBSP}000`
		);
		expect(formatValue(sv, 3, 'DAYS')).toBe('3 dagar');
		expect(formatValue(sv, 7, 'NUMBER')).toBe('7');
		expect(formatValue(en, 12.5, 'PER_THOUSAND')).toBe('12.5 per 1,000');
	});
});

describe('describeTargets', () => {
	it('describes higher-is-better targets', () => {
		expect(describeTargets(sv, target(90, 80), 'HIGHER_IS_BETTER', 'PERCENT')).toBe(
			'Grön ≥ 90 %, gul ≥ 80 %'
		);
		expect(describeTargets(en, target(90, 80), 'HIGHER_IS_BETTER', 'PERCENT')).toBe(
			'Green ≥ 90%, yellow ≥ 80%'
		);
	});

	it('describes lower-is-better targets', () => {
		expect(describeTargets(sv, target(2, 5), 'LOWER_IS_BETTER', 'DAYS')).toBe(
			'Grön ≤ 2 dagar, gul ≤ 5 dagar'
		);
	});

	it('infers the direction from the levels when the polarity does not judge', () => {
		expect(describeTargets(sv, target(2, 5), 'NO_JUDGEMENT', 'NUMBER')).toBe('Grön ≤ 2, gul ≤ 5');
		expect(describeTargets(sv, target(5, 2), 'NO_JUDGEMENT', 'NUMBER')).toBe('Grön ≥ 5, gul ≥ 2');
	});

	it('handles missing levels', () => {
		expect(describeTargets(sv, target(95.5, null), 'HIGHER_IS_BETTER', 'PERCENT')).toBe(
			'Grön ≥ 95,5 %'
		);
		expect(describeTargets(sv, target(null, null), 'HIGHER_IS_BETTER', 'PERCENT')).toBe(
			'Målnivåerna är ännu inte fastställda.'
		);
	});

	it('returns undefined for other methods', () => {
		const rule: AssessmentRule = { method: 'RELATIVE_QUARTILES', green: null, yellow: null };
		expect(describeTargets(sv, rule, 'HIGHER_IS_BETTER', 'PERCENT')).toBeUndefined();
	});
});

describe('describeAssessment', () => {
	it('gives target levels for TARGET and a description otherwise', () => {
		expect(describeAssessment(sv, target(90, 80), 'HIGHER_IS_BETTER', 'PERCENT')).toBe(
			'Grön ≥ 90 %, gul ≥ 80 %'
		);
		expect(
			describeAssessment(sv, { method: 'NONE', green: null, yellow: null }, 'NO_JUDGEMENT', 'NUMBER')
		).toBe('Indikatorn beskriver utan att värdera och får därför ingen färg.');
	});
});

describe('describeDisclosure', () => {
	it('states the suppression rules', () => {
		expect(describeDisclosure(sv, { minDenominator: 20, minCell: 0 })).toEqual([
			'Värden som bygger på färre än 20 observationer redovisas inte.'
		]);
		expect(describeDisclosure(sv, { minDenominator: 20, minCell: 5 })).toEqual([
			'Värden som bygger på färre än 20 observationer redovisas inte.',
			'Värden redovisas inte heller när täljaren, eller skillnaden mellan nämnare och täljare, är mindre än 5.'
		]);
		expect(describeDisclosure(en, { minDenominator: 1000, minCell: 0 })).toEqual([
			'Values based on fewer than 1,000 observations are not published.'
		]);
		expect(describeDisclosure(sv, { minDenominator: 0, minCell: 0 })).toEqual([
			'Alla värden redovisas.'
		]);
	});
});

describe('groupByArea', () => {
	it('groups by area in order of arrival', () => {
		const groups = groupByArea([
			{ id: 'A1', area: 'ACCESSIBILITY' },
			{ id: 'C1', area: 'CONTINUITY' },
			{ id: 'A2', area: 'ACCESSIBILITY' }
		] as const);

		expect(groups.map((group) => group.area)).toEqual(['ACCESSIBILITY', 'CONTINUITY']);
		expect(groups[0]?.indicators.map((indicator) => indicator.id)).toEqual(['A1', 'A2']);
		expect(groupByArea([])).toEqual([]);
	});
});
