import { canReview, scopeOf } from '$lib/auth/access';
import { forbidden, requireViewer } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** Reviewers (of any organisation) and admins. */
export const load: PageServerLoad = async (event) => {
	const viewer = await requireViewer(event);
	if (!canReview(viewer)) forbidden();
	return { scope: scopeOf(viewer, 'REVIEWER') };
};
