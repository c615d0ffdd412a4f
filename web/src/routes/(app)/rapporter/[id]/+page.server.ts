import { error, fail, redirect } from '@sveltejs/kit';
import { loginUrl } from '$lib/auth/redirect';
import { formText, type FormError } from '$lib/forms';
import {
	ADD_REPORT_COMMENT_MUTATION,
	APPROVE_REPORT_MUTATION,
	MOVE_REPORT_SECTION_MUTATION,
	PUBLISH_REPORT_MUTATION,
	REPORT_QUERY,
	RESOLVE_REPORT_COMMENT_MUTATION,
	RETURN_REPORT_MUTATION,
	SET_REPORT_SECTION_HIDDEN_MUTATION,
	SUBMIT_REPORT_MUTATION,
	UPDATE_REPORT_KEY_MESSAGES_MUTATION,
	UPDATE_REPORT_SECTION_MUTATION,
	type ReportTextField
} from '$lib/graphql/operations';
import { createTranslator } from '$lib/i18n';
import { apiFormError } from '$lib/i18n/api-errors';
import { loadQuery, runMutation, type MutationResult } from '$lib/server/api';
import { isReportDone, REPORT_TEXT_FIELDS, type ReportDone } from '$lib/reports/page';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { report } = await loadQuery(event, REPORT_QUERY, { id: event.params.id });
	if (!report) {
		// A draft is not there for the public: logging in may show it.
		const { viewer } = await event.parent();
		if (!viewer) redirect(303, loginUrl(event.url.pathname));
		error(404, { message: 'Not found', code: 'NOT_FOUND' });
	}
	const done = event.url.searchParams.get('klart');
	return { report, done: isReportDone(done) ? done : null };
};

/** Back to the report, saying what was done, at the part that changed. */
function done(event: RequestEvent, kind: ReportDone, anchor = ''): never {
	redirect(303, `/rapporter/${encodeURIComponent(event.params.id)}?klart=${kind}${anchor ? `#${anchor}` : ''}`);
}

/** The form again with the API's problem, next to `field` when it belongs to one. */
function failed(event: RequestEvent, action: string, result: MutationResult<unknown>, field?: string, values = {}) {
	const problem = apiFormError(createTranslator(event.locals.locale), result.ok ? undefined : result.error, field);
	return fail(400, { action, values, errors: [problem] });
}

async function readForm(event: RequestEvent) {
	const data = await event.request.formData();
	return { data, sectionId: formText(data, 'sectionId'), reportId: event.params.id };
}

export const actions: Actions = {
	/** One text of one section: ?/text with sectionId, field and markdown. */
	text: async (event) => {
		const { data, sectionId } = await readForm(event);
		const field = formText(data, 'field') as ReportTextField;
		if (!REPORT_TEXT_FIELDS.includes(field)) error(400, 'Bad field');
		const markdown = formText(data, 'markdown');
		const result = await runMutation(event, UPDATE_REPORT_SECTION_MUTATION, { sectionId, field, markdown });
		if (result.ok) done(event, 'sparad', `avsnitt-${sectionId}`);
		const id = `text-${sectionId}-${field}`;
		return failed(event, 'text', result, id, { [id]: markdown });
	},

	nyckelbudskap: async (event) => {
		const { data, reportId } = await readForm(event);
		const markdown = formText(data, 'markdown');
		const result = await runMutation(event, UPDATE_REPORT_KEY_MESSAGES_MUTATION, { reportId, markdown });
		if (result.ok) done(event, 'sparad', 'nyckelbudskap');
		return failed(event, 'nyckelbudskap', result, 'key-messages', { 'key-messages': markdown });
	},

	flytta: async (event) => {
		const { data, sectionId } = await readForm(event);
		const position = Number(formText(data, 'position'));
		if (!Number.isInteger(position)) error(400, 'Bad position');
		const result = await runMutation(event, MOVE_REPORT_SECTION_MUTATION, { sectionId, position });
		if (result.ok) done(event, 'flyttad', `avsnitt-${sectionId}`);
		return failed(event, 'flytta', result);
	},

	dolj: async (event) => {
		const { data, sectionId } = await readForm(event);
		const hidden = formText(data, 'hidden') === 'true';
		const result = await runMutation(event, SET_REPORT_SECTION_HIDDEN_MUTATION, { sectionId, hidden });
		if (result.ok) done(event, hidden ? 'dold' : 'visad', `avsnitt-${sectionId}`);
		return failed(event, 'dolj', result);
	},

	kommentera: async (event) => {
		const { data, sectionId, reportId } = await readForm(event);
		const parentId = formText(data, 'parentId');
		const body = formText(data, 'body').trim();
		const field = `comment-${parentId || sectionId || 'report'}`;
		if (body === '') {
			const i18n = createTranslator(event.locals.locale);
			return fail(400, {
				action: 'kommentera',
				values: {},
				errors: [{ field, message: i18n.t('report.commentMissing') }]
			});
		}
		const result = await runMutation(event, ADD_REPORT_COMMENT_MUTATION, {
			reportId,
			sectionId: sectionId || null,
			parentId: parentId || null,
			body
		});
		if (result.ok) done(event, 'kommenterad', `kommentar-${result.data.addReportComment.id}`);
		return failed(event, 'kommentera', result, field, { [field]: body });
	},

	los: async (event) => {
		const { data } = await readForm(event);
		const commentId = formText(data, 'commentId');
		const result = await runMutation(event, RESOLVE_REPORT_COMMENT_MUTATION, { commentId });
		if (result.ok) done(event, 'lost', `kommentar-${commentId}`);
		return failed(event, 'los', result);
	},

	skicka: async (event) => {
		const result = await runMutation(event, SUBMIT_REPORT_MUTATION, { reportId: event.params.id });
		if (result.ok) done(event, 'skickad');
		return failed(event, 'skicka', result);
	},

	aterskicka: async (event) => {
		const { data, reportId } = await readForm(event);
		const reason = formText(data, 'reason').trim();
		if (reason === '') {
			const i18n = createTranslator(event.locals.locale);
			return fail(400, {
				action: 'aterskicka',
				values: {},
				errors: [{ field: 'return-reason', message: i18n.t('report.reasonMissing') }]
			});
		}
		const result = await runMutation(event, RETURN_REPORT_MUTATION, { reportId, reason });
		if (result.ok) done(event, 'atersand');
		return failed(event, 'aterskicka', result, 'return-reason', { 'return-reason': reason });
	},

	faststall: async (event) => {
		const result = await runMutation(event, APPROVE_REPORT_MUTATION, { reportId: event.params.id });
		if (result.ok) done(event, 'faststalld');
		return failed(event, 'faststall', result);
	},

	publicera: async (event) => {
		const result = await runMutation(event, PUBLISH_REPORT_MUTATION, { reportId: event.params.id });
		if (result.ok) done(event, 'publicerad');
		return failed(event, 'publicera', result);
	}
};
