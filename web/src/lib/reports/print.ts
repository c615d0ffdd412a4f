/**
 * What a report's print page (and so its PDF) draws, worked out before anything is drawn: the visible sections, and
 * for every indicator of a data section the charts it gets. The page renders exactly this list and announces its
 * length (`data-charts-expected`), so that the ready signal can check that every promised chart is there.
 */
import type { IndicatorDetails, ReportPrint, ReportPrintSection, ReportPrintValue } from '../graphql/operations';
import { sectionIndicators } from './page';

type Unit = ReportPrint['data']['units'][number];

export interface IndicatorCharts {
	indicator: IndicatorDetails;
	/** The report unit's values, oldest first; null: no value to draw a trend of. */
	trend: ReportPrintValue[] | null;
	/** The compared units' values for the period, best first, those without a value last; null: nothing to compare. */
	comparison: { unit: Unit; value: ReportPrintValue }[] | null;
}

export const printedSections = (report: Pick<ReportPrint, 'sections'>): ReportPrintSection[] => report.sections.filter((s) => !s.hidden);

/**
 * Sections whose indicators get charts: an area's. The patient-survey summary is a table only: its indicators' charts
 * are in the area Patientens upplevelse already, and drawing them twice made the PDF longer and slower.
 */
const charted = (section: Pick<ReportPrintSection, 'kind'>) => section.kind === 'AREA';

/**
 * The units a chart compares: those directly below the report's unit (the county's sub-regions, a sub-region's
 * municipalities), or for a municipality, itself beside its sub-region and the county.
 */
export function comparedUnits(report: Pick<ReportPrint, 'orgUnit' | 'data'>): Unit[] {
	const children = report.data.units.filter((unit) => unit.parentCode === report.orgUnit.code);
	if (children.length > 0) return children;
	const byCode = new Map(report.data.units.map((unit) => [unit.code, unit]));
	const chain: Unit[] = [];
	for (let unit = byCode.get(report.orgUnit.code); unit; unit = unit.parentCode ? byCode.get(unit.parentCode) : undefined) chain.push(unit);
	return chain;
}

/** The units the comparison table prints: the report's unit, its parents, and the compared units (not every one). */
export function printedComparisonUnits(report: Pick<ReportPrint, 'orgUnit' | 'data'>): Unit[] {
	const compared = comparedUnits(report);
	const own = report.data.units.filter((unit) => unit.code === report.orgUnit.code);
	const parents: Unit[] = [];
	const byCode = new Map(report.data.units.map((unit) => [unit.code, unit]));
	for (let unit = byCode.get(own[0]?.parentCode ?? ''); unit; unit = unit.parentCode ? byCode.get(unit.parentCode) : undefined) parents.push(unit);
	const seen = new Set<string>();
	return [...own, ...parents, ...compared].filter((unit) => !seen.has(unit.code) && seen.add(unit.code));
}

function byPolarity(indicator: IndicatorDetails) {
	const sign = indicator.polarity === 'LOWER_IS_BETTER' ? 1 : -1;
	return (a: { value: ReportPrintValue; unit: Unit }, b: { value: ReportPrintValue; unit: Unit }) => {
		if (a.value.value === null || b.value.value === null) {
			return (a.value.value === null ? 1 : 0) - (b.value.value === null ? 1 : 0) || a.unit.name.localeCompare(b.unit.name, 'sv');
		}
		return sign * (a.value.value - b.value.value) || a.unit.name.localeCompare(b.unit.name, 'sv');
	};
}

export function sectionCharts(report: ReportPrint, section: Pick<ReportPrintSection, 'kind' | 'area'>): IndicatorCharts[] {
	if (!charted(section)) return [];
	const units = comparedUnits(report);
	const values = new Map(report.data.values.map((v) => [`${v.indicatorId}\u0000${v.orgUnit.code}`, v]));
	return sectionIndicators(section, report.data.indicators).map((indicator) => {
		const own = report.data.history.filter((v) => v.indicatorId === indicator.id && v.orgUnit.code === report.orgUnit.code);
		const compared = units.flatMap((unit) => {
			const value = values.get(`${indicator.id}\u0000${unit.code}`);
			return value ? [{ unit, value }] : [];
		});
		return {
			indicator,
			trend: own.some((v) => v.value !== null) ? [...own].sort((a, b) => a.period.localeCompare(b.period)) : null,
			comparison: compared.length > 0 ? compared.sort(byPolarity(indicator)) : null
		};
	});
}

/** How many charts the print page draws: what its ready signal waits for. */
export function expectedChartCount(report: ReportPrint): number {
	return printedSections(report)
		.flatMap((section) => sectionCharts(report, section))
		.reduce((sum, charts) => sum + (charts.trend ? 1 : 0) + (charts.comparison ? 1 : 0), 0);
}
