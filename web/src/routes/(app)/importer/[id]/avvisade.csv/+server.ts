import { redirect } from '@sveltejs/kit';
import { loginUrl } from '$lib/auth/redirect';
import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { IMPORT_REJECTS_EXPORT_QUERY, type ImportRejectPage } from '$lib/graphql/operations';
import { batchPath, isBatchId, MAX_REJECTS_PAGE_SIZE } from '$lib/imports/batches';
import {
	REJECTS_CSV_MAX_ROWS,
	rejectsCsvFileName,
	rejectsCsvStream
} from '$lib/imports/rejects-csv';
import { apiUnavailable } from '$lib/server/api';
import type { RequestHandler } from './$types';

/**
 * Every reject of an import as CSV (`/importer/<id>/avvisade.csv`), in file order, paging through
 * the API 1 000 at a time while the file is sent. Whatever the page itself would refuse (no such
 * import, no role for imports) goes to the page, which explains it; no session, to the login.
 */
export const GET: RequestHandler = async (event) => {
	const { id } = event.params;
	const page = batchPath(id);
	if (!isBatchId(id)) redirect(303, page);

	const fetchPage = async (after: string | null): Promise<ImportRejectPage | null> => {
		const { importBatch } = await graphqlRequest(event.fetch, IMPORT_REJECTS_EXPORT_QUERY, {
			id,
			first: MAX_REJECTS_PAGE_SIZE,
			after
		});
		return importBatch?.rejects ?? null;
	};

	let first: ImportRejectPage | null;
	try {
		first = await fetchPage(null);
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		if (cause.code === 'UNAUTHENTICATED') {
			redirect(303, loginUrl(`${event.url.pathname}${event.url.search}`));
		}
		if (cause.code === 'FORBIDDEN') redirect(303, page);
		apiUnavailable(cause);
	}
	if (!first) redirect(303, page);

	const next = async (cursor: string): Promise<ImportRejectPage> => {
		try {
			// The import cannot disappear half-way; an empty page ends the file should it ever do.
			return (await fetchPage(cursor)) ?? { rejects: [], nextCursor: null, totalCount: 0 };
		} catch (cause) {
			// Headers are sent by now: the download breaks off, and operators see why.
			console.error(cause instanceof Error ? cause.message : cause);
			throw cause;
		}
	};

	const headers: Record<string, string> = {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="${rejectsCsvFileName(id)}"`
	};
	if (first.totalCount > REJECTS_CSV_MAX_ROWS) {
		headers['x-samsyn-export-truncated'] = String(REJECTS_CSV_MAX_ROWS);
	}
	return new Response(rejectsCsvStream(first, next), { headers });
};
