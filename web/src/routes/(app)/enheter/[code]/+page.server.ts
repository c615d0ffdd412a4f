import { error } from '@sveltejs/kit';
import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { UNIT_PROFILE_QUERY } from '$lib/graphql/operations';
import { DEFAULT_PERIOD_TYPE, isPeriodOf, isPeriodTypeSlug, PERIOD_TYPE_SLUGS } from '$lib/scorecard/params';
import { apiUnavailable } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * A unit's profile: `/enheter/<code>?periodtyp=<slug>&period=<period>`, every indicator of the
 * county, a sub-region or a municipality against the county and the other units of its level.
 * The period type and period are read as on the Översikt (the latest complete period by
 * default); a period of another type is left out, as there, since the form sends the old period
 * with a new period type.
 */
export const load: PageServerLoad = async ({ params, url, fetch }) => {
	const periodtyp = url.searchParams.get('periodtyp')?.trim() || DEFAULT_PERIOD_TYPE;
	if (!isPeriodTypeSlug(periodtyp)) {
		error(400, { message: 'Unknown filter', code: 'BAD_FILTER', param: 'periodtyp', value: periodtyp });
	}
	const periodType = PERIOD_TYPE_SLUGS[periodtyp];
	const asked = url.searchParams.get('period')?.trim() || null;
	const period = asked !== null && isPeriodOf(periodType, asked) ? asked : null;

	let data;
	try {
		data = await graphqlRequest(fetch, UNIT_PROFILE_QUERY, { orgUnit: params.code, periodType, period });
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		// A care unit: no profile, as for a code that is no unit at all.
		if (cause.code === 'BAD_USER_INPUT') error(404, { message: 'Unknown unit', code: 'UNKNOWN_UNIT', param: '', value: params.code });
		apiUnavailable(cause);
	}
	const profile = data.unitProfile;
	if (!profile) error(404, { message: 'Unknown unit', code: 'UNKNOWN_UNIT', param: '', value: params.code });
	if (period !== null && !profile.periods.includes(period)) {
		error(404, { message: 'No values for the period', code: 'UNKNOWN_PERIOD', param: 'period', value: period });
	}
	return { profile, periodtyp, period };
};
