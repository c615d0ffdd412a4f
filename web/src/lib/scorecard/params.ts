/**
 * The Översikt page's filters as URL query parameters, in Swedish, so that a link keeps every
 * choice: `/oversikt?niva=kommuner&delregion=GR&periodtyp=kvartal&period=2026-Q3&omrade=kontinuitet&huvudman=region`.
 * Every parameter may be left out (its default); `delregion` narrows the municipalities and is
 * ignored at the other levels.
 */
import type { IndicatorArea, OrgUnitKind, PeriodType, Principal } from '../graphql/types';

export const LEVEL_SLUGS = {
	lan: 'COUNTY',
	delregioner: 'SUBREGION',
	kommuner: 'MUNICIPALITY'
} as const satisfies Record<string, OrgUnitKind>;
export type LevelSlug = keyof typeof LEVEL_SLUGS;
export type ScorecardLevel = (typeof LEVEL_SLUGS)[LevelSlug];

export const PERIOD_TYPE_SLUGS = {
	manad: 'MONTH',
	kvartal: 'QUARTER',
	ar: 'YEAR',
	rullande12: 'ROLLING_12'
} as const satisfies Record<string, PeriodType>;
export type PeriodTypeSlug = keyof typeof PERIOD_TYPE_SLUGS;

export const AREA_SLUGS = {
	tillganglighet: 'ACCESSIBILITY',
	kontinuitet: 'CONTINUITY',
	'in-och-utskrivning': 'CARE_TRANSITIONS',
	aldreomsorg: 'ELDERLY_CARE',
	patientupplevelse: 'PATIENT_EXPERIENCE'
} as const satisfies Record<string, IndicatorArea>;
export type AreaSlug = keyof typeof AREA_SLUGS;

export const PRINCIPAL_SLUGS = {
	region: 'REGION',
	kommun: 'MUNICIPALITY',
	gemensam: 'JOINT'
} as const satisfies Record<string, Principal>;
export type PrincipalSlug = keyof typeof PRINCIPAL_SLUGS;

export const DEFAULT_LEVEL: LevelSlug = 'delregioner';
/** Quarters: the period of the joint follow-up reports. */
export const DEFAULT_PERIOD_TYPE: PeriodTypeSlug = 'kvartal';

/** The filters of the page, as slugs (what the form and the links carry). */
export interface ScorecardFilters {
	niva: LevelSlug;
	/** A sub-region code, only with `niva: 'kommuner'`. */
	delregion: string | null;
	periodtyp: PeriodTypeSlug;
	/** null: the latest complete period of the type. */
	period: string | null;
	omrade: AreaSlug | null;
	huvudman: PrincipalSlug | null;
}

/** A parameter with a value the page does not know. */
export interface FilterProblem {
	param: keyof ScorecardFilters;
	value: string;
}

export type ParsedFilters =
	| {
			ok: true;
			filters: ScorecardFilters;
			/** A period written for another period type, left out (the latest period is shown). */
			ignoredPeriod: string | null;
	  }
	| { ok: false; problem: FilterProblem };

const PERIOD_FORMATS: Record<PeriodType, RegExp> = {
	MONTH: /^\d{4}-(0[1-9]|1[0-2])$/,
	ROLLING_12: /^\d{4}-(0[1-9]|1[0-2])$/,
	QUARTER: /^\d{4}-Q[1-4]$/,
	YEAR: /^\d{4}$/
};

/** Whether `period` is written as periods of the type are: 2026-03, 2026-Q1, 2026. */
export function isPeriodOf(periodType: PeriodType, period: string): boolean {
	return PERIOD_FORMATS[periodType].test(period);
}

/** Sub-region codes as the API writes them (GR, FYRBODAL); a link may have them in lower case. */
const SUBREGION_CODE = /^[A-Z0-9_-]{1,40}$/;

function slugOf<T extends string>(slugs: Record<T, unknown>, value: string): value is T {
	return Object.hasOwn(slugs, value);
}

/** An empty parameter counts as left out (what an empty `<option>` sends). */
function param(params: URLSearchParams, name: string): string | null {
	const value = params.get(name)?.trim() ?? '';
	return value === '' ? null : value;
}

/**
 * The filters of a URL. Unknown values are a problem to show (only a hand-edited link has
 * them); a period of another type is left out, since the form sends the old period with a new
 * period type.
 */
export function parseFilters(params: URLSearchParams): ParsedFilters {
	const niva = param(params, 'niva');
	const delregion = param(params, 'delregion')?.toUpperCase() ?? null;
	const periodtyp = param(params, 'periodtyp');
	const period = param(params, 'period');
	const omrade = param(params, 'omrade');
	const huvudman = param(params, 'huvudman');

	if (niva !== null && !slugOf(LEVEL_SLUGS, niva)) return fail('niva', niva);
	if (periodtyp !== null && !slugOf(PERIOD_TYPE_SLUGS, periodtyp)) return fail('periodtyp', periodtyp);
	if (omrade !== null && !slugOf(AREA_SLUGS, omrade)) return fail('omrade', omrade);
	if (huvudman !== null && !slugOf(PRINCIPAL_SLUGS, huvudman)) return fail('huvudman', huvudman);
	if (delregion !== null && !SUBREGION_CODE.test(delregion)) return fail('delregion', delregion);

	// A sub-region alone means its municipalities.
	const level: LevelSlug = niva ?? (delregion !== null ? 'kommuner' : DEFAULT_LEVEL);
	const periodType: PeriodTypeSlug = periodtyp ?? DEFAULT_PERIOD_TYPE;
	const periodFits = period === null || isPeriodOf(PERIOD_TYPE_SLUGS[periodType], period);
	return {
		ok: true,
		filters: {
			niva: level,
			delregion: level === 'kommuner' ? delregion : null,
			periodtyp: periodType,
			period: periodFits ? period : null,
			omrade,
			huvudman
		},
		ignoredPeriod: periodFits ? null : period
	};
}

function fail(param: keyof ScorecardFilters, value: string): ParsedFilters {
	return { ok: false, problem: { param, value } };
}

/**
 * The query string of the filters, defaults left out, in a fixed order: the same choice always
 * gives the same link.
 */
export function filtersQuery(filters: ScorecardFilters): string {
	const params = new URLSearchParams();
	if (filters.niva !== DEFAULT_LEVEL || filters.delregion !== null) params.set('niva', filters.niva);
	if (filters.delregion !== null) params.set('delregion', filters.delregion);
	if (filters.periodtyp !== DEFAULT_PERIOD_TYPE) params.set('periodtyp', filters.periodtyp);
	if (filters.period !== null) params.set('period', filters.period);
	if (filters.omrade !== null) params.set('omrade', filters.omrade);
	if (filters.huvudman !== null) params.set('huvudman', filters.huvudman);
	const query = params.toString();
	return query === '' ? '' : `?${query}`;
}

export function scorecardHref(filters: ScorecardFilters): string {
	return `/oversikt${filtersQuery(filters)}`;
}

export function isPeriodTypeSlug(value: string): value is PeriodTypeSlug {
	return slugOf(PERIOD_TYPE_SLUGS, value);
}

/** The slug of a period type, for links from other pages. */
export function periodTypeSlug(periodType: PeriodType): PeriodTypeSlug {
	const entry = Object.entries(PERIOD_TYPE_SLUGS).find(([, type]) => type === periodType);
	return (entry?.[0] ?? DEFAULT_PERIOD_TYPE) as PeriodTypeSlug;
}

/**
 * Where a cell leads: the indicator's page for the unit, with the period type and period, e.g.
 * `/indikatorer/pv-bedomning-3d?enhet=1480&periodtyp=kvartal&period=2026-Q3`.
 */
export function indicatorHref(
	indicatorId: string,
	unit: string,
	periodtyp: PeriodTypeSlug,
	period: string | null
): string {
	const params = new URLSearchParams({ enhet: unit, periodtyp });
	if (period !== null) params.set('period', period);
	return `/indikatorer/${encodeURIComponent(indicatorId)}?${params.toString()}`;
}

/**
 * A unit's profile for a period type and, when given, a period:
 * `/enheter/1480?periodtyp=kvartal&period=2026-Q3` (the default period type left out).
 */
export function unitProfileHref(unit: string, periodtyp: PeriodTypeSlug = DEFAULT_PERIOD_TYPE, period: string | null = null): string {
	const params = new URLSearchParams();
	if (periodtyp !== DEFAULT_PERIOD_TYPE) params.set('periodtyp', periodtyp);
	if (period !== null) params.set('period', period);
	const query = params.toString();
	return `/enheter/${encodeURIComponent(unit)}${query === '' ? '' : `?${query}`}`;
}

/** The URL without one parameter: the way out of a problem with it. */
export function withoutParam(url: URL, name: string): string {
	const params = new URLSearchParams(url.searchParams);
	params.delete(name);
	const query = params.toString();
	return query === '' ? url.pathname : `${url.pathname}?${query}`;
}
