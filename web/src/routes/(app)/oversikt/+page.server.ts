import { error } from '@sveltejs/kit';
import { graphqlRequest, GraphQLRequestError } from '$lib/graphql/client';
import { SCORECARD_GRID_QUERY } from '$lib/graphql/operations';
import {
	AREA_SLUGS,
	LEVEL_SLUGS,
	parseFilters,
	PERIOD_TYPE_SLUGS,
	PRINCIPAL_SLUGS
} from '$lib/scorecard/params';
import { apiUnavailable } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * The Översikt (colour scorecard): one GraphQL request for the whole grid, whatever the level.
 * The filters are the URL's query parameters (`$lib/scorecard/params`); a link that names a
 * sub-region or a period that does not exist gets this route's error page with a way back.
 */
export const load: PageServerLoad = async ({ url, fetch }) => {
	const parsed = parseFilters(url.searchParams);
	if (!parsed.ok) {
		const { param, value } = parsed.problem;
		error(400, { message: 'Unknown filter', code: 'BAD_FILTER', param, value });
	}
	const { filters, ignoredPeriod } = parsed;

	let data;
	try {
		data = await graphqlRequest(fetch, SCORECARD_GRID_QUERY, {
			level: LEVEL_SLUGS[filters.niva],
			within: filters.delregion,
			periodType: PERIOD_TYPE_SLUGS[filters.periodtyp],
			period: filters.period,
			area: filters.omrade ? AREA_SLUGS[filters.omrade] : null,
			principal: filters.huvudman ? PRINCIPAL_SLUGS[filters.huvudman] : null
		});
	} catch (cause) {
		if (!(cause instanceof GraphQLRequestError)) throw cause;
		if (cause.code === 'NOT_FOUND' && filters.delregion !== null) {
			error(404, {
				message: 'Unknown sub-region',
				code: 'UNKNOWN_SUBREGION',
				param: 'delregion',
				value: filters.delregion
			});
		}
		apiUnavailable(cause);
	}

	const grid = data.scorecardGrid;
	if (filters.period !== null && !grid.periods.includes(filters.period)) {
		error(404, {
			message: 'No values for the period',
			code: 'UNKNOWN_PERIOD',
			param: 'period',
			value: filters.period
		});
	}
	return { filters, ignoredPeriod, grid, subregions: data.subregions };
};
