/**
 * Helpers for the import pages: status markers, the error codes the upload redirects with, the
 * periods of a batch in a short form, and the paging of its rejects through the address.
 */

import type { ImportStatus } from '../graphql/types';

/**
 * A symbol of its own for every status, so that colour is never the only difference (WCAG 1.4.1).
 * Shown next to the status in words; screen readers skip it.
 */
export const IMPORT_STATUS_MARKERS: Readonly<Record<ImportStatus, string>> = {
	RUNNING: '…',
	PUBLISHED: '✓',
	REJECTED: '✕',
	DUPLICATE: '=',
	FAILED: '!'
};

/**
 * `?fel=<code>` on `/importer`: where the API sends a plain HTML form post that it refused
 * (401, 403, 404, 413, no file).
 */
export const IMPORT_ERROR_CODES = [
	'inloggning',
	'behorighet',
	'datamangd',
	'for-stor',
	'saknar-fil'
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export function importErrorCode(value: string | null): ImportErrorCode | null {
	return (IMPORT_ERROR_CODES as readonly (string | null)[]).includes(value)
		? (value as ImportErrorCode)
		: null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/** Months since year 0 for YYYY-MM, the year for YYYY, so that neighbours differ by one. */
function ordinal(period: string): number | null {
	const month = MONTH.exec(period);
	if (month) return Number(month[1]) * 12 + Number(month[2]) - 1;
	return YEAR.test(period) ? Number(period) : null;
}

/**
 * Periods in order with consecutive runs joined: ["2026-01", "2026-02", "2026-03", "2026-05"]
 * becomes ["2026-01–2026-03", "2026-05"]. Months and years are not mixed; anything else is
 * listed as it is.
 */
export function compactPeriods(periods: readonly string[]): string[] {
	const known = [...new Set(periods)]
		.map((period) => ({ period, ordinal: ordinal(period), monthly: MONTH.test(period) }))
		.sort((a, b) => a.period.localeCompare(b.period));
	const ranges: string[] = [];
	let start: (typeof known)[number] | undefined;
	let end: (typeof known)[number] | undefined;
	const close = () => {
		if (start && end) ranges.push(start === end ? start.period : `${start.period}–${end.period}`);
	};
	for (const item of known) {
		const follows =
			end !== undefined &&
			item.ordinal !== null &&
			end.ordinal !== null &&
			item.monthly === end.monthly &&
			item.ordinal === end.ordinal + 1;
		if (follows) {
			end = item;
			continue;
		}
		close();
		start = end = item;
	}
	close();
	return ranges;
}

/** Rejects shown per page unless the address asks for another number. */
export const DEFAULT_REJECTS_PAGE_SIZE = 50;
/** The API's largest page of rejects. */
export const MAX_REJECTS_PAGE_SIZE = 1000;

/** Which rejects a batch page shows: `?antal=<page size>&efter=<cursor>&fran=<first number>`. */
export interface RejectsPaging {
	first: number;
	/** The API's cursor ("line:column"), or null for the first page. */
	after: string | null;
	/** 1-based number of the first reject on the page, for "51–100 of 1 234". */
	from: number;
}

const CURSOR = /^\d{1,12}:\d{1,6}$/;

function positiveInteger(value: string | null): number | null {
	if (value === null || !/^\d{1,9}$/.test(value)) return null;
	const number = Number(value);
	return number >= 1 ? number : null;
}

/** Anything missing or malformed falls back to the first page of the default size. */
export function parseRejectsPaging(params: URLSearchParams): RejectsPaging {
	const size = positiveInteger(params.get('antal'));
	const cursor = params.get('efter');
	const after = cursor !== null && CURSOR.test(cursor) ? cursor : null;
	return {
		first: size === null ? DEFAULT_REJECTS_PAGE_SIZE : Math.min(size, MAX_REJECTS_PAGE_SIZE),
		after,
		from: after === null ? 1 : (positiveInteger(params.get('fran')) ?? 1)
	};
}

/** The address of a page of rejects; the default page size is left out. */
export function rejectsPageHref(batchId: string, paging: RejectsPaging): string {
	const params = new URLSearchParams();
	if (paging.first !== DEFAULT_REJECTS_PAGE_SIZE) params.set('antal', String(paging.first));
	if (paging.after !== null) {
		params.set('efter', paging.after);
		params.set('fran', String(paging.from));
	}
	const query = params.toString();
	return `${batchPath(batchId)}${query ? `?${query}` : ''}`;
}

export function batchPath(batchId: string): string {
	return `/importer/${encodeURIComponent(batchId)}`;
}

/** Batch ids are the API's bigserial numbers. */
export function isBatchId(value: string): boolean {
	return /^\d{1,18}$/.test(value);
}
