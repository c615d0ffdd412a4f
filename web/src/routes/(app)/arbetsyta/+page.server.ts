import { canEdit, scopeOf } from '$lib/auth/access';
import { REPORTS_QUERY } from '$lib/graphql/operations';
import { forbidden, loadQuery, requireViewer } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** Editors (of any organisation) and admins: the report drafts they may read. */
export const load: PageServerLoad = async (event) => {
	const viewer = await requireViewer(event);
	if (!canEdit(viewer)) forbidden();
	const { reports } = await loadQuery(event, REPORTS_QUERY, { search: null, state: 'UTKAST' });
	return { scope: scopeOf(viewer, 'EDITOR'), reports };
};
