/**
 * The editor's form for single-use codes (`/enkater`): what it sends, its checks, and the CSV the codes come back in.
 * The form posts to `/enkater/koder.csv`, which answers with the file (a download works without JavaScript); when the
 * form has a problem it sends the browser back to the page with the problems and the values in the query, so
 * nothing typed is lost.
 */
import type { CsvValue } from '../export/csv';

/** The API's largest batch (api/src/surveys/codes.ts). */
export const MAX_CODES = 10_000;

export const CODE_FIELDS = ['questionnaire', 'unit', 'period-start', 'period-end', 'count'] as const;
export type CodeField = (typeof CODE_FIELDS)[number];

/** What went wrong: a field that is missing or wrong, or the API refusing (`refused`). */
export type CodeProblem = CodeField | 'period-order' | 'refused';
const problems: readonly CodeProblem[] = [...CODE_FIELDS, 'period-order', 'refused'];

export type CodeFormValues = Record<CodeField, string>;

export interface CodeRequest {
	questionnaireId: string;
	orgUnitCode: string;
	periodStart: string;
	periodEnd: string;
	count: number;
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

/** The form's values, checked; the API checks the unit and the questionnaire again (and the editor's right to them). */
export function parseCodeForm(
	read: (field: CodeField) => string
): { values: CodeFormValues; request?: CodeRequest; problems: CodeProblem[] } {
	const values = Object.fromEntries(CODE_FIELDS.map((field) => [field, read(field).trim()])) as CodeFormValues;
	const found: CodeProblem[] = [];
	if (values.questionnaire === '') found.push('questionnaire');
	if (values.unit === '') found.push('unit');
	if (!isDay(values['period-start'])) found.push('period-start');
	if (!isDay(values['period-end'])) found.push('period-end');
	else if (isDay(values['period-start']) && values['period-end'] < values['period-start']) found.push('period-order');
	const count = Number(values.count);
	if (!/^\d+$/.test(values.count) || count < 1 || count > MAX_CODES) found.push('count');
	if (found.length > 0) return { values, problems: found };
	return {
		values,
		problems: [],
		request: {
			questionnaireId: values.questionnaire,
			orgUnitCode: values.unit,
			periodStart: values['period-start'],
			periodEnd: values['period-end'],
			count
		}
	};
}

/** The page's query after a refused form: `fel=a,b` and the values. */
export function codeFormQuery(values: CodeFormValues, found: readonly CodeProblem[]): string {
	const params = new URLSearchParams({ fel: found.join(',') });
	for (const field of CODE_FIELDS) if (values[field] !== '') params.set(field, values[field]);
	return params.toString();
}

/** The problems and values a refused form came back with (unknown problem names are ignored). */
export function readCodeFormQuery(params: URLSearchParams): {
	values: CodeFormValues;
	problems: CodeProblem[];
} {
	const values = Object.fromEntries(
		CODE_FIELDS.map((field) => [field, (params.get(field) ?? '').slice(0, 100)])
	) as CodeFormValues;
	const found = (params.get('fel') ?? '')
		.split(',')
		.filter((name): name is CodeProblem => problems.includes(name as CodeProblem));
	return { values, problems: found };
}

/** One row a code, under a header naming the questionnaire, unit and period each code is for. */
export function codeCsvRows(
	codes: readonly string[],
	about: { questionnaire: string; unit: string; periodStart: string; periodEnd: string }
): CsvValue[][] {
	return [
		['kod', 'enkät', 'enhet', 'period från', 'period till'],
		...codes.map((code) => [code, about.questionnaire, about.unit, about.periodStart, about.periodEnd])
	];
}
