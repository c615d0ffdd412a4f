import { error } from '@sveltejs/kit';
import { COUNTY_CODE } from '$lib/auth/access';
import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { INDICATOR_PAGE_QUERY } from '$lib/graphql/operations';
import {
	DEFAULT_PERIOD_TYPE,
	isPeriodTypeSlug,
	PERIOD_TYPE_SLUGS
} from '$lib/scorecard/params';
import { apiUnavailable } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * One indicator for one unit: `/indikatorer/<id>?enhet=<code>&periodtyp=<slug>&period=<period>`,
 * where a scorecard cell leads. The unit defaults to the county and the period type to quarters;
 * the period only marks a row. A minimal first version: the definition and a table of the unit's
 * values over time. The full page (charts with intervals, comparison with the other units)
 * comes in a later step of issue 6.
 */
export const load: PageServerLoad = async ({ params, url, fetch }) => {
	const enhet = url.searchParams.get('enhet')?.trim() || COUNTY_CODE;
	const periodtyp = url.searchParams.get('periodtyp')?.trim() || DEFAULT_PERIOD_TYPE;
	if (!isPeriodTypeSlug(periodtyp)) {
		error(400, { message: 'Unknown filter', code: 'BAD_FILTER', param: 'periodtyp', value: periodtyp });
	}
	const period = url.searchParams.get('period')?.trim() || null;

	let data;
	try {
		data = await graphqlRequest(fetch, INDICATOR_PAGE_QUERY, {
			id: params.id,
			orgUnit: enhet,
			periodType: PERIOD_TYPE_SLUGS[periodtyp]
		});
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		apiUnavailable(cause);
	}
	if (!data.indicator) error(404, { message: 'Not found', code: 'NOT_FOUND' });
	if (!data.orgUnit) {
		error(404, { message: 'Unknown unit', code: 'UNKNOWN_UNIT', param: 'enhet', value: enhet });
	}
	return {
		indicator: data.indicator,
		orgUnit: data.orgUnit,
		// Newest first, as a follow-up is read.
		values: [...data.indicatorValues].reverse(),
		units: data.orgUnits.filter((unit) => unit.kind !== 'CARE_UNIT'),
		periodtyp,
		period
	};
};
