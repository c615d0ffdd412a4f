/**
 * The survey results page (`/enkater/resultat`) and its downloads, from the API's aggregated and
 * disclosure-controlled cells: a table of the questions and dimensions (rows) × the unit and its
 * parts (columns) for one quarter, and every quarter as one download table. A suppressed cell
 * shows the suppression mark `..` and says why; whatever the API sent, it carries no number here.
 */
import type { ExportColumn, ExportTable } from '../export/table';
import type { SurveyResultCell, SurveyResultsData } from '../graphql/operations';
import type { Translator } from '../i18n/index';
import { formatCellValue, MISSING_MARKERS } from '../scorecard/cells';

export const SURVEY_DIMENSIONS = [
	'helhetsintryck',
	'tillganglighet',
	'information_kunskap',
	'delaktighet_involvering',
	'kontinuitet_koordinering',
	'respekt_bemotande',
	'emotionellt_stod'
] as const;

export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

/** The row's heading: the dimension's name, or the question's text in the page's language. */
export function measureLabel(i18n: Translator, measure: SurveyResultsData['measures'][number]): string {
	if (measure.question === null) {
		const known = (SURVEY_DIMENSIONS as readonly string[]).includes(measure.dimension);
		return known ? i18n.t(`surveyResults.dimension.${measure.dimension as (typeof SURVEY_DIMENSIONS)[number]}`) : measure.dimension;
	}
	return (i18n.locale === 'en' ? measure.text?.en : measure.text?.sv) ?? measure.question;
}

export interface ResultCellView {
	/** "87,5 %", or the suppression mark. */
	text: string;
	/** "75,3–94,1 %" (95 % Wilson); null when suppressed or absent. */
	interval: string | null;
	/** "30 av 36 svar" or why there is no number. */
	detail: string;
	suppressed: boolean;
}

export function cellView(i18n: Translator, cell: SurveyResultCell | undefined): ResultCellView {
	if (!cell) return { text: MISSING_MARKERS.MISSING, interval: null, detail: i18n.t('surveyResults.noAnswers'), suppressed: false };
	if (cell.suppressed || cell.value === null) {
		return { text: MISSING_MARKERS.SUPPRESSED, interval: null, detail: i18n.t('missing.SUPPRESSED'), suppressed: true };
	}
	const percent = (value: number) => formatCellValue(i18n, value, 'PERCENT');
	const number = (value: number) => i18n.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	return {
		text: percent(cell.value),
		interval: cell.ciLow === null || cell.ciHigh === null ? null : i18n.t('surveyResults.interval', { low: number(cell.ciLow), high: percent(cell.ciHigh) }),
		detail: i18n.t('surveyResults.counts', { positive: cell.positive ?? 0, valid: cell.valid ?? 0 }),
		suppressed: false
	};
}

export interface ResultRow {
	key: string;
	label: string;
	isDimension: boolean;
	cells: ResultCellView[];
}

/** The page's table for one quarter: a row per dimension and question, a column per unit. */
export function resultRows(i18n: Translator, results: SurveyResultsData, quarter: string): ResultRow[] {
	const byKey = new Map(results.cells.filter((c) => c.quarter === quarter).map((c) => [`${c.measure}|${c.orgUnitCode}`, c]));
	return results.measures.map((measure) => ({
		key: measure.key,
		label: measureLabel(i18n, measure),
		isDimension: measure.question === null,
		cells: results.units.map((unit) => cellView(i18n, byKey.get(`${measure.key}|${unit.code}`)))
	}));
}

export const SURVEY_EXPORT_COLUMNS: readonly ExportColumn[] = [
	{ header: 'enkät', type: 'text', width: 24 },
	{ header: 'enhetskod', type: 'text' },
	{ header: 'enhet', type: 'text', width: 26 },
	{ header: 'kvartal', type: 'text' },
	{ header: 'dimension', type: 'text', width: 26 },
	{ header: 'fråga', type: 'text', width: 50 },
	{ header: 'svarande', type: 'integer' },
	{ header: 'positiva_svar', type: 'integer' },
	{ header: 'giltiga_svar', type: 'integer' },
	{ header: 'andel_positiva', type: 'decimal', decimals: 1 },
	{ header: 'ki95_nedre', type: 'decimal', decimals: 1 },
	{ header: 'ki95_övre', type: 'decimal', decimals: 1 },
	{ header: 'undertryckt', type: 'text' },
	{ header: 'orsak', type: 'text', width: 30 }
];

/**
 * Every quarter, unit and row as one table (CSV and XLSX): newest quarter first, then the units in
 * the page's order, then the rows. Column names are Swedish in both languages, like the other
 * downloads; a suppressed row has the reason and no number.
 */
export function surveyExportTable(i18n: Translator, results: SurveyResultsData): ExportTable {
	const byKey = new Map(results.cells.map((c) => [`${c.quarter}|${c.orgUnitCode}|${c.measure}`, c]));
	const reason = i18n.t('surveyResults.suppressedReason', { min: results.minRespondents });
	const rows = results.quarters.flatMap((quarter) =>
		results.units.flatMap((unit) =>
			results.measures.flatMap((measure) => {
				const cell = byKey.get(`${quarter}|${unit.code}|${measure.key}`);
				if (!cell) return [];
				const hidden = cell.suppressed || cell.value === null;
				const numbers = hidden ? [null, null, null, null, null, null] : [cell.respondents, cell.positive, cell.valid, cell.value, cell.ciLow, cell.ciHigh];
				const dimension = measureLabel(i18n, { ...measure, question: null, text: null });
				return [
					[
						results.title,
						unit.code,
						unit.name,
						quarter,
						dimension,
						measure.question === null ? null : measureLabel(i18n, measure),
						...numbers,
						i18n.t(hidden ? 'export.yes' : 'export.no'),
						hidden ? reason : null
					]
				];
			})
		)
	);
	return { sheetName: 'Enkätresultat', columns: SURVEY_EXPORT_COLUMNS, rows };
}
