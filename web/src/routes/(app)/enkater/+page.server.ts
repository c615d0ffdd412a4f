import { canEdit } from '$lib/auth/access';
import { SURVEY_DISTRIBUTION_QUERY } from '$lib/graphql/operations';
import { forbidden, loadQuery, requireViewer } from '$lib/server/api';
import { qrSvg } from '$lib/server/qr';
import { readCodeFormQuery } from '$lib/surveys/codes';
import type { PageServerLoad } from './$types';

/**
 * `/enkater`: distributing the patient surveys. Editors see every questionnaire with its open links, each with its
 * QR code for posters, and a form for single-use codes (posted to `koder.csv`, which comes back here with `?fel=…`
 * when the form has a problem).
 */
export const load: PageServerLoad = async (event) => {
	const viewer = await requireViewer(event);
	if (!canEdit(viewer)) forbidden();
	const { questionnaires, municipalities } = await loadQuery(event, SURVEY_DISTRIBUTION_QUERY, {});
	const unitNames = new Map(municipalities.map((unit) => [unit.code, unit.name]));
	const published = questionnaires.filter((q) => q.versions.some((v) => v.status === 'PUBLISHED'));
	return {
		questionnaires: await Promise.all(
			questionnaires.map(async (questionnaire) => ({
				id: questionnaire.id,
				title: questionnaire.title,
				version: questionnaire.versions[0],
				links: await Promise.all(
					questionnaire.links
						.filter((link) => link.active)
						.map(async (link) => {
							const url = new URL(link.path, event.url.origin).href;
							return {
								slug: link.slug,
								unitName: unitNames.get(link.orgUnitCode) ?? link.orgUnitCode,
								url,
								qr: await qrSvg(url)
							};
						})
				)
			}))
		),
		codeForm: {
			questionnaires: published.map((q) => ({ value: q.id, label: q.title })),
			units: municipalities
				.map((unit) => ({ value: unit.code, label: unit.name }))
				.sort((a, b) => a.label.localeCompare(b.label, 'sv')),
			...readCodeFormQuery(event.url.searchParams)
		}
	};
};
