import { fail, redirect } from '@sveltejs/kit';
import { canEdit, mayEditMunicipality } from '$lib/auth/access';
import { formText, type FormError } from '$lib/forms';
import { CREATE_SURVEY_LINK_MUTATION, SURVEY_DISTRIBUTION_QUERY } from '$lib/graphql/operations';
import { createTranslator } from '$lib/i18n';
import { apiFormError } from '$lib/i18n/api-errors';
import { forbidden, loadQuery, requireViewer, runMutation } from '$lib/server/api';
import { qrSvg } from '$lib/server/qr';
import { readCodeFormQuery } from '$lib/surveys/codes';
import type { Actions, PageServerLoad } from './$types';

/**
 * `/enkater`: distributing the patient surveys. Editors see every questionnaire with its open links, each with its
 * QR code for posters, a form for a new open link (the `lank` action, which comes back with `?ny=<slug>`), and a form
 * for single-use codes (posted to `koder.csv`, which comes back here with `?fel=…` when the form has a problem).
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
								proofOfWork: link.proofOfWork,
								qr: await qrSvg(url)
							};
						})
				)
			}))
		),
		created: createdLink(questionnaires, unitNames, event.url.searchParams.get('ny')),
		// What both forms (a new link, codes) offer: published questionnaires, and only the municipalities the editor
		// may distribute surveys for, since the API would refuse the others.
		choices: {
			questionnaires: published.map((q) => ({ value: q.id, label: q.title })),
			units: municipalities
				.filter((unit) => mayEditMunicipality(viewer, unit))
				.map((unit) => ({ value: unit.code, label: unit.name }))
				.sort((a, b) => a.label.localeCompare(b.label, 'sv'))
		},
		codeForm: readCodeFormQuery(event.url.searchParams)
	};
};

/** The link the form just created (`?ny=<slug>`), for the confirmation. */
function createdLink(
	questionnaires: readonly { links: readonly { slug: string; orgUnitCode: string }[] }[],
	unitNames: ReadonlyMap<string, string>,
	slug: string | null
): { slug: string; unitName: string } | null {
	const link = questionnaires.flatMap((q) => q.links).find((item) => item.slug === slug);
	return link ? { slug: link.slug, unitName: unitNames.get(link.orgUnitCode) ?? link.orgUnitCode } : null;
}

export const actions: Actions = {
	/** A new open link; the API checks that the editor may edit the unit and that the questionnaire exists. */
	lank: async (event) => {
		const data = await event.request.formData();
		const i18n = createTranslator(event.locals.locale);
		const values = {
			questionnaire: formText(data, 'questionnaire'),
			unit: formText(data, 'unit'),
			proofOfWork: data.get('proofOfWork') === '1'
		};
		const errors: FormError[] = [];
		if (values.questionnaire === '') {
			errors.push({ field: 'link-questionnaire', message: i18n.t('surveyDistribution.errorLinkQuestionnaire') });
		}
		if (values.unit === '') errors.push({ field: 'link-unit', message: i18n.t('surveyDistribution.errorLinkUnit') });
		if (errors.length > 0) return fail(400, { linkForm: { values, errors } });

		const result = await runMutation(event, CREATE_SURVEY_LINK_MUTATION, {
			questionnaireId: values.questionnaire,
			orgUnitCode: values.unit,
			proofOfWork: values.proofOfWork
		});
		if (result.ok) {
			const { slug } = result.data.createSurveyLink;
			redirect(303, `/enkater?ny=${encodeURIComponent(slug)}#lank-${slug}`);
		}
		return fail(400, { linkForm: { values, errors: [apiFormError(i18n, result.error)] } });
	}
};
