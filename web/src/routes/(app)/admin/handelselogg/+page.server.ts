import { isAdmin } from '$lib/auth/access';
import { auditFilterQuery, hasAuditFilter, parseAuditFilter } from '$lib/audit/filter';
import type { FormError } from '$lib/forms';
import { AUDIT_LOG_PAGE_QUERY, type AuditPage, type OrgUnitName } from '$lib/graphql/operations';
import { createTranslator } from '$lib/i18n';
import { forbidden, loadQuery, requireViewer } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;
const PAGE_PATH = '/admin/handelselogg';

/** Admins only (the API refuses `auditLog` to anyone else too). The filter is a GET form. */
export const load: PageServerLoad = async (event) => {
	const viewer = await requireViewer(event);
	if (!isAdmin(viewer)) forbidden();

	const i18n = createTranslator(event.locals.locale);
	const { values, filter, problems, before } = parseAuditFilter(event.url.searchParams);
	const errors: FormError[] = problems.map(({ field, problem }) => ({
		field: `filter-${field}`,
		message: i18n.t(problem === 'invalidDate' ? 'audit.invalidDate' : 'audit.endBeforeStart')
	}));

	let log: AuditPage = { entries: [], nextCursor: null };
	let orgUnits: OrgUnitName[] = [];
	if (errors.length === 0) {
		({ auditLog: log, orgUnits } = await loadQuery(event, AUDIT_LOG_PAGE_QUERY, {
			filter,
			first: PAGE_SIZE,
			before
		}));
	}

	const query = auditFilterQuery(values);
	return {
		values,
		errors,
		entries: log.entries,
		orgUnits,
		filtered: hasAuditFilter(values),
		olderHref: log.nextCursor
			? `${PAGE_PATH}?${auditFilterQuery(values, { fore: log.nextCursor })}`
			: null,
		newestHref: before ? (query ? `${PAGE_PATH}?${query}` : PAGE_PATH) : null,
		csvHref: query ? `${PAGE_PATH}.csv?${query}` : `${PAGE_PATH}.csv`
	};
};
