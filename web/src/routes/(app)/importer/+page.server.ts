import { canImport } from '$lib/auth/access';
import { IMPORT_BATCHES_QUERY } from '$lib/graphql/operations';
import { importErrorCode } from '$lib/imports/batches';
import { IMPORT_DATASETS } from '$lib/imports/datasets';
import { forbidden, loadQuery, requireViewer } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** How many recent imports the page lists. */
const RECENT_BATCHES = 50;

/**
 * Editors for the county and admins (the API refuses anyone else too). The upload forms post to
 * the API, which comes back here with `?fel=<code>` when it refuses a file.
 */
export const load: PageServerLoad = async (event) => {
	const viewer = await requireViewer(event);
	if (!canImport(viewer)) forbidden();

	const { importBatches } = await loadQuery(event, IMPORT_BATCHES_QUERY, {
		first: RECENT_BATCHES
	});
	return {
		datasets: IMPORT_DATASETS,
		batches: importBatches,
		error: importErrorCode(event.url.searchParams.get('fel'))
	};
};
