/**
 * The audit log's filter, as GET parameters with Swedish names, so a filtered view is a link that
 * can be bookmarked and the CSV export gets the very same filter.
 */
import type { AuditFilter } from '../graphql/operations';

/** URL parameter → `AuditFilter` field. */
export const AUDIT_FILTER_PARAMS = {
	aktor: 'actor',
	handelse: 'action',
	objekttyp: 'entityType',
	objektid: 'entityId',
	fran: 'from',
	till: 'to'
} as const satisfies Record<string, keyof AuditFilter>;

export type AuditFilterParam = keyof typeof AUDIT_FILTER_PARAMS;
export type AuditFilterValues = Record<AuditFilterParam, string>;

/** The parameter of the "show older" cursor. */
export const BEFORE_PARAM = 'fore';

export type AuditFilterProblem =
	| { field: 'fran' | 'till'; problem: 'invalidDate' }
	| { field: 'till'; problem: 'endBeforeStart' };

export interface ParsedAuditFilter {
	/** What the form shows (trimmed). */
	values: AuditFilterValues;
	/** What the API gets: only the filled-in fields. */
	filter: AuditFilter;
	/** Invalid input; the log is not queried while there is any. */
	problems: AuditFilterProblem[];
	/** Only entries older than this id; null for the newest. */
	before: string | null;
}

const MAX_LENGTH = 200;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function parseAuditFilter(params: URLSearchParams): ParsedAuditFilter {
	const values = {} as AuditFilterValues;
	const filter: AuditFilter = {};
	for (const [param, field] of Object.entries(AUDIT_FILTER_PARAMS) as [
		AuditFilterParam,
		keyof AuditFilter
	][]) {
		const value = (params.get(param) ?? '').trim().slice(0, MAX_LENGTH);
		values[param] = value;
		if (value !== '') filter[field] = value;
	}

	const problems: AuditFilterProblem[] = [];
	for (const field of ['fran', 'till'] as const) {
		if (values[field] !== '' && !isIsoDate(values[field])) {
			problems.push({ field, problem: 'invalidDate' });
		}
	}
	if (problems.length === 0 && filter.from && filter.to && filter.from > filter.to) {
		problems.push({ field: 'till', problem: 'endBeforeStart' });
	}

	const before = params.get(BEFORE_PARAM);
	return { values, filter, problems, before: before && /^\d+$/.test(before) ? before : null };
}

/** The query string (without "?") of a filter, leaving out empty fields; plus `extra` at the end. */
export function auditFilterQuery(
	values: AuditFilterValues,
	extra: Record<string, string> = {}
): string {
	const params = new URLSearchParams();
	for (const param of Object.keys(AUDIT_FILTER_PARAMS) as AuditFilterParam[]) {
		if (values[param] !== '') params.set(param, values[param]);
	}
	for (const [key, value] of Object.entries(extra)) params.set(key, value);
	return params.toString();
}

/** Whether any filter field is filled in. */
export function hasAuditFilter(values: AuditFilterValues): boolean {
	return Object.values(values).some((value) => value !== '');
}
