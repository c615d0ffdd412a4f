/**
 * What the report page needs beyond the API's answer: the confirmations after a form action, and
 * which indicators and units a data section shows.
 */
import type { ReportDetail, ReportSectionItem, ReportTextField, ReportValue, ScorecardIndicator } from '../graphql/operations';

export const REPORT_TEXT_FIELDS: readonly ReportTextField[] = ['ANALYSIS', 'CONCLUSIONS', 'ACTIONS'];

/** `ReportSectionItem`'s property for each text field. */
export const TEXT_PROPERTY = { ANALYSIS: 'analysis', CONCLUSIONS: 'conclusions', ACTIONS: 'actions' } as const;

/** Confirmations after a redirect: `?klart=<kind>`. */
const REPORT_DONE = ['sparad', 'flyttad', 'dold', 'visad', 'kommenterad', 'lost', 'skickad', 'atersand', 'faststalld', 'publicerad'] as const;
export type ReportDone = (typeof REPORT_DONE)[number];

export function isReportDone(value: string | null): value is ReportDone {
	return (REPORT_DONE as readonly (string | null)[]).includes(value);
}

/** The indicators a data section lists: all for the summary and comparison, the area's for an area section. */
export function sectionIndicators<T extends ScorecardIndicator>(section: Pick<ReportSectionItem, 'kind' | 'area'>, indicators: readonly T[]): T[] {
	switch (section.kind) {
		case 'SCORECARD':
		case 'COMPARISON':
		case 'APPENDIX':
			return [...indicators];
		case 'AREA':
			return indicators.filter((indicator) => indicator.area === section.area);
		case 'SURVEY_SUMMARY':
			return indicators.filter((indicator) => indicator.area === 'PATIENT_EXPERIENCE');
		case 'COMMENTARY':
			return [];
	}
}

/** Looks up a value by indicator and unit; a report's data has one per pair (absent ones typed, not left out). */
export function valueIndex(values: readonly ReportValue[]): (indicatorId: string, unit: string) => ReportValue | undefined {
	const index = new Map(values.map((value) => [`${value.indicatorId}\u0000${value.orgUnit.code}`, value]));
	return (indicatorId, unit) => index.get(`${indicatorId}\u0000${unit}`);
}

/** The units a comparison puts side by side: the report's unit first, then its parents, then those below. */
export function comparisonUnits(report: Pick<ReportDetail, 'orgUnit' | 'data'>): ReportDetail['data']['units'] {
	const own = report.data.units.filter((unit) => unit.code === report.orgUnit.code);
	return [...own, ...report.data.units.filter((unit) => unit.code !== report.orgUnit.code)];
}
