import { fail, redirect } from '@sveltejs/kit';
import { formText, type FormError } from '$lib/forms';
import { CREATE_REPORT_MUTATION, NEW_REPORT_QUERY } from '$lib/graphql/operations';
import { createTranslator } from '$lib/i18n';
import { apiFormError } from '$lib/i18n/api-errors';
import { loadQuery, requireViewer, runMutation } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/** The units a report may cover: the county, its sub-regions and municipalities (not care units). */
const REPORT_UNIT_KINDS = new Set(['COUNTY', 'SUBREGION', 'MUNICIPALITY']);

export const load: PageServerLoad = async (event) => {
	await requireViewer(event);
	const data = await loadQuery(event, NEW_REPORT_QUERY, {});
	return {
		templates: data.reportTemplates,
		units: data.orgUnits.filter((unit) => REPORT_UNIT_KINDS.has(unit.kind)),
		latestPeriod: { QUARTER: data.latestQuarter.key, YEAR: data.latestYear.key } as Record<string, string>
	};
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const i18n = createTranslator(event.locals.locale);
		const values = {
			templateId: formText(data, 'templateId'),
			orgUnit: formText(data, 'orgUnit'),
			period: formText(data, 'period').trim()
		};
		const errors: FormError[] = [];
		if (values.templateId === '') errors.push({ field: 'report-template-0', message: i18n.t('reportNew.templateMissing') });
		if (values.orgUnit === '') errors.push({ field: 'report-unit', message: i18n.t('reportNew.unitMissing') });
		if (errors.length > 0) return fail(400, { values, errors });

		// Left empty, the period is the template's latest complete one.
		let period = values.period;
		if (period === '') {
			const { reportTemplates, latestQuarter, latestYear } = await loadQuery(event, NEW_REPORT_QUERY, {});
			const template = reportTemplates.find((item) => item.id === values.templateId);
			period = template?.periodType === 'YEAR' ? latestYear.key : latestQuarter.key;
		}
		const result = await runMutation(event, CREATE_REPORT_MUTATION, {
			templateId: values.templateId,
			orgUnit: values.orgUnit,
			period
		});
		if (result.ok) redirect(303, `/rapporter/${result.data.createReport.id}`);
		const field = result.error?.extensions.argument === 'period' ? 'report-period' : undefined;
		return fail(400, { values, errors: [apiFormError(i18n, result.error, field)] });
	}
};
