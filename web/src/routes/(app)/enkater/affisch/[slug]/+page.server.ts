import { error } from '@sveltejs/kit';
import { canEdit } from '$lib/auth/access';
import { SURVEY_FORM_QUERY } from '$lib/graphql/operations';
import { forbidden, loadQuery, requireViewer } from '$lib/server/api';
import { qrSvg } from '$lib/server/qr';
import type { PageServerLoad } from './$types';

/**
 * `/enkater/affisch/<slug>`: an A4 poster of one open link, to print or save as PDF from the browser's print
 * dialogue (the page's print CSS leaves only the poster). For editors, like the page that links here.
 */
export const load: PageServerLoad = async (event) => {
	const viewer = await requireViewer(event);
	if (!canEdit(viewer)) forbidden();
	const { slug } = event.params;
	const { surveyForm } = await loadQuery(event, SURVEY_FORM_QUERY, { slug });
	if (!surveyForm.form) error(404, { message: 'Not found', code: 'NOT_FOUND' });
	const url = new URL(`/enkat/${slug}`, event.url.origin).href;
	return {
		title: surveyForm.form.content.title.sv,
		unitName: surveyForm.form.unitName,
		url,
		qr: await qrSvg(url)
	};
};
