import { redirect } from '@sveltejs/kit';
import { csvDocument, type CsvValue } from '$lib/export/csv';
import { auditFilterQuery, parseAuditFilter } from '$lib/audit/filter';
import { stockholmDate, stockholmTimestamp } from '$lib/audit/time';
import { loginUrl } from '$lib/auth/redirect';
import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { AUDIT_LOG_EXPORT_QUERY, type AuditEntry, type AuditPage } from '$lib/graphql/operations';
import { apiUnavailable } from '$lib/server/api';
import type { RequestHandler } from './$types';

/** The API's largest page. */
const PAGE_SIZE = 500;
/** A spreadsheet stays usable; narrower filters give the rest. */
const MAX_ROWS = 50_000;

const HEADER = [
	'tid',
	'aktör',
	'händelse',
	'objekttyp',
	'objekt-id',
	'organisation',
	'ändringar',
	'request-id'
];

function row(entry: AuditEntry): CsvValue[] {
	return [
		stockholmTimestamp(entry.occurredAt),
		entry.actor,
		entry.action,
		entry.entityType,
		entry.entityId,
		entry.orgUnitCode,
		// Exactly as recorded: the export is for analysis, so nothing is lost in translation.
		entry.diff,
		entry.requestId
	];
}

/**
 * The audit log as CSV, with the filter of the page (`/admin/handelselogg.csv?<filter>`), newest
 * first. Admins only: the API refuses anyone else, who is sent to the login page or to the page
 * itself, which explains the refusal (as it explains an invalid filter).
 */
export const GET: RequestHandler = async (event) => {
	const { values, filter, problems } = parseAuditFilter(event.url.searchParams);
	const page = `/admin/handelselogg?${auditFilterQuery(values)}`.replace(/\?$/, '');
	if (problems.length > 0) redirect(303, page);

	const entries: AuditEntry[] = [];
	let before: string | null = null;
	let truncated = false;
	try {
		for (;;) {
			const { auditLog }: { auditLog: AuditPage } = await graphqlRequest(
				event.fetch,
				AUDIT_LOG_EXPORT_QUERY,
				{
					filter,
					first: PAGE_SIZE,
					before
				}
			);
			const room = MAX_ROWS - entries.length;
			if (auditLog.entries.length > room) {
				entries.push(...auditLog.entries.slice(0, room));
				truncated = true;
				break;
			}
			entries.push(...auditLog.entries);
			if (auditLog.nextCursor === null) break;
			if (entries.length >= MAX_ROWS) {
				truncated = true;
				break;
			}
			before = auditLog.nextCursor;
		}
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		if (cause.code === 'UNAUTHENTICATED') redirect(303, loginUrl(`${event.url.pathname}${event.url.search}`));
		if (cause.code === 'FORBIDDEN') redirect(303, page);
		apiUnavailable(cause);
	}

	const headers: Record<string, string> = {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="handelselogg-${stockholmDate()}.csv"`
	};
	if (truncated) headers['x-samsyn-export-truncated'] = String(MAX_ROWS);
	return new Response(csvDocument([HEADER, ...entries.map(row)]), { headers });
};
