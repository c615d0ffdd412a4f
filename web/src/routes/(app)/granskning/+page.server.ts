import { canReview, scopeOf } from '$lib/auth/access';
import { REPORTS_QUERY } from '$lib/graphql/operations';
import { forbidden, loadQuery, requireViewer } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** Reviewers (of any organisation) and admins: the reports submitted for review. */
export const load: PageServerLoad = async (event) => {
	const viewer = await requireViewer(event);
	if (!canReview(viewer)) forbidden();
	const { reports } = await loadQuery(event, REPORTS_QUERY, { search: null, state: 'GRANSKNING' });
	return { scope: scopeOf(viewer, 'REVIEWER'), reports };
};
