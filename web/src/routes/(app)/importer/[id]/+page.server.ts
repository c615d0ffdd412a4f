import { error } from '@sveltejs/kit';
import { canImport } from '$lib/auth/access';
import { IMPORT_BATCH_QUERY } from '$lib/graphql/operations';
import { batchPath, isBatchId, parseRejectsPaging, rejectsPageHref } from '$lib/imports/batches';
import { forbidden, loadQuery, requireViewer } from '$lib/server/api';
import type { PageServerLoad } from './$types';

function notFound(): never {
	error(404, { message: 'Not found', code: 'NOT_FOUND' });
}

/**
 * One import and a page of its rejects: `?antal=<page size>&efter=<cursor>&fran=<number>`, the
 * cursor being the API's `nextCursor` of the page before.
 */
export const load: PageServerLoad = async (event) => {
	const viewer = await requireViewer(event);
	if (!canImport(viewer)) forbidden();
	const { id } = event.params;
	if (!isBatchId(id)) notFound();

	const paging = parseRejectsPaging(event.url.searchParams);
	const { importBatch: batch } = await loadQuery(event, IMPORT_BATCH_QUERY, {
		id,
		first: paging.first,
		after: paging.after
	});
	if (!batch) notFound();

	const { rejects, nextCursor } = batch.rejects;
	const firstPage = { ...paging, after: null, from: 1 };
	return {
		batch,
		from: paging.from,
		to: paging.from + rejects.length - 1,
		moreHref: nextCursor
			? rejectsPageHref(id, { ...paging, after: nextCursor, from: paging.from + rejects.length })
			: null,
		firstHref: paging.after !== null ? rejectsPageHref(id, firstPage) : null,
		csvHref: `${batchPath(id)}/avvisade.csv`
	};
};
