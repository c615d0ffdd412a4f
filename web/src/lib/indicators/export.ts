/**
 * An indicator page's data as one download table (CSV and XLSX): the unit's values over time, the
 * county's, then every unit of the compared level for the chosen period — each unit and period
 * once. Column names are Swedish in both languages (stable for anyone who reads the file with a
 * program, like the other exports); texts follow the page's language. A suppressed value carries
 * no number at all, whatever the API sent: only the reason.
 */
import { type ExportColumn, type ExportTable, VALUE_COLUMNS } from '../export/table';
import type { IndicatorDetails, IndicatorPageUnit, IndicatorPeriodValue } from '../graphql/operations';
import type { PeriodType } from '../graphql/types';
import type { Translator } from '../i18n/index';
import { localize } from '../i18n/localized';
import { cellView } from '../scorecard/cells';

export interface IndicatorExportInput {
	indicator: IndicatorDetails;
	periodType: PeriodType;
	/** Each unit with its values, in the order the file lists them. */
	groups: { unit: IndicatorPageUnit; values: readonly IndicatorPeriodValue[] }[];
}

export const INDICATOR_EXPORT_COLUMNS: readonly ExportColumn[] = [
	{ header: 'indikator', type: 'text', width: 22 },
	{ header: 'enhetskod', type: 'text' },
	{ header: 'enhet', type: 'text', width: 26 },
	{ header: 'periodtyp', type: 'text' },
	{ header: 'period', type: 'text' },
	{ header: 'kön', type: 'text', width: 6 },
	...VALUE_COLUMNS,
	{ header: 'bedömning', type: 'text', width: 30 },
	{ header: 'jämfört_med_länet', type: 'text', width: 30 },
	{ header: 'trend', type: 'text', width: 22 },
	{ header: 'undertryckt', type: 'text' },
	{ header: 'orsak', type: 'text', width: 22 },
	{ header: 'definitionsversion', type: 'integer' },
	{ header: 'metod', type: 'text', width: 60 }
];

export function indicatorExportTable(i18n: Translator, input: IndicatorExportInput): ExportTable {
	const { indicator } = input;
	const method = localize(indicator.method, i18n.locale).text;
	const periodType = i18n.t(`periodType.${input.periodType}`);
	const seen = new Set<string>();
	const rows = input.groups.flatMap(({ unit, values }) =>
		values.flatMap((value) => {
			const key = `${unit.code}\u0000${value.period}\u0000${value.sex}`;
			if (seen.has(key)) return [];
			seen.add(key);
			const view = cellView(i18n, value, indicator.unit);
			const numbers = value.suppressed
				? [null, null, null, null, null, null, null]
				: [value.numerator, value.denominator, value.value, value.ciLow, value.ciHigh, value.ciLow998, value.ciHigh998];
			const reason = value.value === null ? (value.missingReason ?? (value.suppressed ? 'SUPPRESSED' : 'MISSING')) : null;
			return [
				[
					indicator.id,
					unit.code,
					unit.name,
					periodType,
					value.period,
					value.sex,
					...numbers,
					value.value === null ? null : view.statusText,
					value.comparedToCounty ? i18n.t(`countyComparison.${value.comparedToCounty}`) : null,
					view.trendText,
					i18n.t(value.suppressed ? 'export.yes' : 'export.no'),
					reason ? i18n.t(`missing.${reason}`) : null,
					value.definitionVersion,
					method
				]
			];
		})
	);
	return { sheetName: indicator.id, columns: INDICATOR_EXPORT_COLUMNS, rows };
}
