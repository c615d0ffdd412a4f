/**
 * A report's data as downloads: XLSX with one sheet per visible section (and the data sources after the appendix),
 * and CSV with every data row of every section in one file. Written from the same data the print page shows (the
 * snapshot once the report is frozen). Column names are Swedish in both languages, as in the other exports, so a
 * program reading the files can rely on them.
 *
 * Disclosure control holds in every file: a suppressed value is written as Kolada's mark `..` with its reason, and
 * its counts and intervals are left empty, whatever the API sent. Missing values are `-`, not applicable `.`.
 */
import { type ExportCell, type ExportColumn, type ExportTable, VALUE_COLUMNS } from '../export/table';
import type { IndicatorDetails, ReportPrint, ReportPrintSection, ReportPrintValue } from '../graphql/operations';
import type { Translator } from '../i18n/index';
import { localize } from '../i18n/localized';
import { cellView, MISSING_MARKERS } from '../scorecard/cells';
import { REPORT_TEXT_FIELDS, sectionIndicators, TEXT_PROPERTY } from './page';
import { printedSections } from './print';

type Unit = ReportPrint['data']['units'][number];

export const REPORT_VALUE_COLUMNS: readonly ExportColumn[] = [
	{ header: 'indikator', type: 'text', width: 22 },
	{ header: 'indikatornamn', type: 'text', width: 36 },
	{ header: 'enhetskod', type: 'text' },
	{ header: 'enhet', type: 'text', width: 26 },
	{ header: 'periodtyp', type: 'text' },
	{ header: 'period', type: 'text' },
	...VALUE_COLUMNS,
	{ header: 'bedömning', type: 'text', width: 30 },
	{ header: 'trend', type: 'text', width: 22 },
	{ header: 'undertryckt', type: 'text' },
	{ header: 'orsak', type: 'text', width: 22 },
	{ header: 'definitionsversion', type: 'integer' },
	{ header: 'metod', type: 'text', width: 60 }
];

const TEXT_COLUMNS: readonly ExportColumn[] = [
	{ header: 'fält', type: 'text', width: 16 },
	{ header: 'text', type: 'text', width: 100 }
];

const DEFINITION_COLUMNS: readonly ExportColumn[] = [
	{ header: 'indikator', type: 'text', width: 22 },
	{ header: 'indikatornamn', type: 'text', width: 36 },
	{ header: 'definitionsversion', type: 'integer' },
	{ header: 'definition', type: 'text', width: 60 },
	{ header: 'täljare', type: 'text', width: 40 },
	{ header: 'nämnare', type: 'text', width: 40 },
	{ header: 'metod', type: 'text', width: 60 },
	{ header: 'källa', type: 'text', width: 40 }
];

const SOURCE_COLUMNS: readonly ExportColumn[] = [
	{ header: 'importnummer', type: 'text' },
	{ header: 'datamängd', type: 'text', width: 24 },
	{ header: 'fil', type: 'text', width: 40 },
	{ header: 'importerad', type: 'text', width: 22 }
];

/** The units a section's rows cover: the report's unit and its parents for the summary, every unit otherwise. */
function sectionUnits(report: ReportPrint, section: ReportPrintSection): Unit[] {
	const byCode = new Map(report.data.units.map((unit) => [unit.code, unit]));
	const chain: Unit[] = [];
	for (let unit = byCode.get(report.orgUnit.code); unit; unit = unit.parentCode ? byCode.get(unit.parentCode) : undefined) chain.push(unit);
	if (section.kind === 'SCORECARD') return chain;
	const kindOrder = { COUNTY: 0, SUBREGION: 1, MUNICIPALITY: 2, CARE_UNIT: 3 } as const;
	const rest = report.data.units
		.filter((unit) => !chain.includes(unit))
		.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, 'sv'));
	return [...chain, ...rest];
}

/** One value as a row: a value that is not shown (suppressed, missing) has its mark and no numbers at all. */
function valueRow(i18n: Translator, report: ReportPrint, indicator: IndicatorDetails, unit: Unit, value: ReportPrintValue | undefined): ExportCell[] {
	const title = localize(indicator.shortTitle, i18n.locale).text;
	const method = localize(indicator.method, i18n.locale).text;
	const head: ExportCell[] = [indicator.id, title, unit.code, unit.name, i18n.t(`periodType.${report.data.periodType}`), report.data.period];
	if (!value) return [...head, null, null, MISSING_MARKERS.MISSING, null, null, null, null, null, null, i18n.t('export.no'), i18n.t('missing.MISSING'), null, method];
	const view = cellView(i18n, value, indicator.unit);
	const hidden = value.suppressed || value.value === null;
	const reason = hidden ? (value.suppressed ? 'SUPPRESSED' : (value.missingReason ?? 'MISSING')) : null;
	const numbers: ExportCell[] = hidden
		? [null, null, MISSING_MARKERS[reason!], null, null, null, null]
		: [value.numerator, value.denominator, value.value, value.ciLow, value.ciHigh, value.ciLow998, value.ciHigh998];
	return [
		...head,
		...numbers,
		hidden ? null : view.statusText,
		view.trendText,
		i18n.t(value.suppressed ? 'export.yes' : 'export.no'),
		reason ? i18n.t(`missing.${reason}`) : null,
		value.definitionVersion,
		method
	];
}

function valueRows(i18n: Translator, report: ReportPrint, section: ReportPrintSection): ExportCell[][] {
	const values = new Map(report.data.values.map((v) => [`${v.indicatorId}\u0000${v.orgUnit.code}`, v]));
	const units = sectionUnits(report, section);
	return sectionIndicators(section, report.data.indicators).flatMap((indicator) =>
		units.map((unit) => valueRow(i18n, report, indicator, unit, values.get(`${indicator.id}\u0000${unit.code}`)))
	);
}

const hasValues = (section: ReportPrintSection) => section.kind !== 'COMMENTARY' && section.kind !== 'APPENDIX';

/** The XLSX workbook's sheets: one per visible section, in the report's order, then the data sources. */
export function reportExportTables(i18n: Translator, report: ReportPrint): ExportTable[] {
	return printedSections(report).flatMap((section): ExportTable[] => {
		if (hasValues(section)) return [{ sheetName: section.title, columns: REPORT_VALUE_COLUMNS, rows: valueRows(i18n, report, section) }];
		if (section.kind === 'APPENDIX') {
			const text = (value: IndicatorDetails['method']) => localize(value, i18n.locale).text;
			return [
				{
					sheetName: section.title,
					columns: DEFINITION_COLUMNS,
					rows: report.data.indicators.map((d) => [
						d.id,
						text(d.shortTitle),
						d.version,
						text(d.definition),
						text(d.numerator),
						text(d.denominator),
						text(d.method),
						text(d.source)
					])
				},
				{
					sheetName: 'Datakällor',
					columns: SOURCE_COLUMNS,
					rows: report.data.batches.map((b) => [b.id, b.dataset, b.fileName, b.finishedAt])
				}
			];
		}
		return [
			{
				sheetName: section.title,
				columns: TEXT_COLUMNS,
				rows: REPORT_TEXT_FIELDS.map((field) => [i18n.t(`report.field.${field}`), section[TEXT_PROPERTY[field]].markdown])
			}
		];
	});
}

/** The CSV: every data row of every visible section, each with its section's title first. */
export function reportCsvTable(i18n: Translator, report: ReportPrint): ExportTable {
	return {
		sheetName: report.title,
		columns: [{ header: 'avsnitt', type: 'text' }, ...REPORT_VALUE_COLUMNS],
		rows: printedSections(report)
			.filter(hasValues)
			.flatMap((section) => valueRows(i18n, report, section).map((row) => [section.title, ...row]))
	};
}
