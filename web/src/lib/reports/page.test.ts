import { describe, expect, it } from 'vitest';
import type { ReportValue, ScorecardIndicator } from '../graphql/operations';
import { isReportDone, sectionIndicators, valueIndex } from './page';

const indicator = (id: string, area: ScorecardIndicator['area']): ScorecardIndicator => ({
	id,
	area,
	shortTitle: { sv: id, en: id },
	principal: 'REGION',
	unit: 'PERCENT'
});
const indicators = [indicator('a', 'ACCESSIBILITY'), indicator('b', 'CONTINUITY'), indicator('c', 'PATIENT_EXPERIENCE')];

describe('the report page', () => {
	it('lists an area section its own indicators, the summary all and commentary none', () => {
		expect(sectionIndicators({ kind: 'AREA', area: 'CONTINUITY' }, indicators).map((i) => i.id)).toEqual(['b']);
		expect(sectionIndicators({ kind: 'SCORECARD', area: null }, indicators).map((i) => i.id)).toEqual(['a', 'b', 'c']);
		expect(sectionIndicators({ kind: 'SURVEY_SUMMARY', area: null }, indicators).map((i) => i.id)).toEqual(['c']);
		expect(sectionIndicators({ kind: 'COMMENTARY', area: null }, indicators)).toEqual([]);
	});

	it('finds a value by indicator and unit', () => {
		const value = { indicatorId: 'a', orgUnit: { code: 'FYRBODAL' }, value: 1 } as ReportValue;
		const find = valueIndex([value, { ...value, orgUnit: { code: '14' }, value: 2 }]);
		expect(find('a', 'FYRBODAL')?.value).toBe(1);
		expect(find('a', '14')?.value).toBe(2);
		expect(find('b', '14')).toBeUndefined();
	});

	it('knows its confirmations', () => {
		expect(isReportDone('skickad')).toBe(true);
		expect(isReportDone('raderad')).toBe(false);
		expect(isReportDone(null)).toBe(false);
	});
});
