/**
 * Everything an indicator page shows, read for the page and for its downloads alike (so a file
 * holds exactly what the page showed): the definition, the unit's and the county's values over
 * time, and every unit of a level for the chosen period. Two requests: the second needs the
 * period, which by default comes from the first.
 */
import { error } from '@sveltejs/kit';
import { exportFileName, type ExportTable } from '$lib/export/table';
import type { Fetch } from '$lib/graphql/client';
import {
	INDICATOR_COMPARISON_QUERY,
	INDICATOR_PAGE_QUERY,
	type IndicatorComparison,
	type IndicatorDetails,
	type IndicatorPageUnit,
	type IndicatorPeriodValue
} from '$lib/graphql/operations';
import { createTranslator } from '$lib/i18n';
import { indicatorExportTable } from '$lib/indicators/export';
import {
	COMPARISON_LEVEL_SLUGS,
	comparisonLevel,
	COUNTY_UNIT,
	latestCompletePeriod,
	parseChoice,
	type ComparisonLevelSlug,
	type IndicatorPageChoice
} from '$lib/indicators/page-params';
import { PERIOD_TYPE_SLUGS } from '$lib/scorecard/params';
import { loadQuery } from './api';

export interface IndicatorPageContent {
	indicator: IndicatorDetails;
	unit: IndicatorPageUnit;
	/** Units to choose from (county, sub-regions, municipalities). */
	units: IndicatorPageUnit[];
	/** The URL's choices, as given (period null: the default). */
	choice: IndicatorPageChoice;
	/** The period shown in the comparison; null when the indicator has no values of the type. */
	period: string | null;
	level: ComparisonLevelSlug;
	/** Periods with values for the unit or the county, newest first. */
	periods: string[];
	/** Oldest first. */
	series: IndicatorPeriodValue[];
	/** The county's values, oldest first; empty when the unit is the county. */
	countySeries: IndicatorPeriodValue[];
	comparison: IndicatorComparison | null;
}

export async function loadIndicatorPage(event: { fetch: Fetch; url: URL; params: { id: string } }): Promise<IndicatorPageContent> {
	const parsed = parseChoice(event.url.searchParams);
	if (!parsed.ok) error(400, { message: 'Unknown filter', code: 'BAD_FILTER', param: parsed.param, value: parsed.value });
	const { choice } = parsed;
	const periodType = PERIOD_TYPE_SLUGS[choice.periodtyp];

	const data = await loadQuery(event, INDICATOR_PAGE_QUERY, {
		id: event.params.id,
		orgUnit: choice.enhet,
		county: COUNTY_UNIT,
		periodType
	});
	if (!data.indicator) error(404, { message: 'Not found', code: 'NOT_FOUND' });
	if (!data.orgUnit || data.orgUnit.kind === 'CARE_UNIT') {
		error(404, { message: 'Unknown unit', code: 'UNKNOWN_UNIT', param: 'enhet', value: choice.enhet });
	}
	const isCounty = data.orgUnit.code === COUNTY_UNIT;
	const periods = [...new Set([...data.indicatorValues, ...data.countyValues].map((v) => v.period))].sort().reverse();
	if (choice.period !== null && !periods.includes(choice.period)) {
		error(404, { message: 'Unknown period', code: 'UNKNOWN_PERIOD', param: 'period', value: choice.period });
	}
	const latestMonth = data.countyMonths.map((m) => m.period).sort().at(-1) ?? null;
	const period = choice.period ?? latestCompletePeriod(periods, periodType, latestMonth);
	const level = comparisonLevel(choice, data.orgUnit.kind);

	const comparison =
		period === null
			? null
			: (
					await loadQuery(event, INDICATOR_COMPARISON_QUERY, {
						id: event.params.id,
						period,
						periodType,
						level: COMPARISON_LEVEL_SLUGS[level]
					})
				).comparison;

	const units = data.orgUnits.filter((unit) => unit.kind !== 'CARE_UNIT');
	return {
		indicator: data.indicator,
		unit: data.orgUnit,
		units,
		choice,
		period,
		level,
		periods,
		series: data.indicatorValues,
		countySeries: isCounty ? [] : data.countyValues,
		comparison: comparison && withAbsentUnits(comparison, units, COMPARISON_LEVEL_SLUGS[level], period!, data.indicator.version)
	};
}

/**
 * Every unit of the level, also those without a stored value (the API lists stored values only):
 * they come last, by name, as missing ("-") — a unit must not drop out of a comparison unseen.
 */
function withAbsentUnits(
	comparison: IndicatorComparison,
	units: readonly IndicatorPageUnit[],
	kind: IndicatorPageUnit['kind'],
	period: string,
	definitionVersion: number
): IndicatorComparison {
	const present = new Set(comparison.values.map((v) => v.orgUnit.code));
	const absent = units
		.filter((unit) => unit.kind === kind && !present.has(unit.code))
		.sort((a, b) => a.name.localeCompare(b.name, 'sv'))
		.map((orgUnit) => ({ ...absentValue(period, definitionVersion), orgUnit }));
	return { ...comparison, values: [...comparison.values, ...absent] };
}

/** As the API types a value it has not stored: grey, missing, no numbers; the current definition. */
function absentValue(period: string, definitionVersion: number): IndicatorPeriodValue {
	return {
		period,
		sex: 'T',
		value: null,
		numerator: null,
		denominator: null,
		ciLow: null,
		ciHigh: null,
		ciLow998: null,
		ciHigh998: null,
		suppressed: false,
		missingReason: 'MISSING',
		status: 'GREY',
		statusBasis: null,
		greyReason: 'MISSING',
		comparedToCounty: null,
		trend: null,
		definitionVersion
	};
}

/** The page's data as one table, and the file name it downloads as (without extension). */
export async function loadIndicatorExport(event: {
	fetch: Fetch;
	url: URL;
	params: { id: string };
	locals: App.Locals;
}): Promise<{ table: ExportTable; fileName: (extension: 'csv' | 'xlsx') => string }> {
	const content = await loadIndicatorPage(event);
	const county = content.units.find((unit) => unit.code === COUNTY_UNIT);
	const table = indicatorExportTable(createTranslator(event.locals.locale), {
		indicator: content.indicator,
		periodType: PERIOD_TYPE_SLUGS[content.choice.periodtyp],
		groups: [
			{ unit: content.unit, values: content.series },
			...(county ? [{ unit: county, values: content.countySeries }] : []),
			...(content.comparison?.values.map((value) => ({ unit: value.orgUnit, values: [value] })) ?? [])
		]
	});
	return {
		table,
		fileName: (extension) =>
			exportFileName([content.indicator.id, content.unit.name, content.choice.periodtyp, content.period ?? ''], extension)
	};
}

/** Download headers; no caching beyond the page's own (the figures change with every import). */
export function downloadHeaders(contentType: string, fileName: string): Record<string, string> {
	return { 'content-type': contentType, 'content-disposition': `attachment; filename="${fileName}"` };
}
