/**
 * The choices of an indicator page as URL query parameters, in Swedish like the Översikt's:
 * `/indikatorer/<id>?enhet=1480&periodtyp=kvartal&period=2026-Q1&niva=kommuner`. Every one may be
 * left out: the county, quarters, the latest complete period, and the municipalities (the
 * sub-regions for a sub-region). The downloads take the same parameters.
 */
import { COUNTY_CODE } from '../auth/access';
import type { OrgUnitKind, PeriodType } from '../graphql/types';
import { DEFAULT_PERIOD_TYPE, isPeriodOf, isPeriodTypeSlug, PERIOD_TYPE_SLUGS, type PeriodTypeSlug } from '../scorecard/params';

/** The county: the unit when the URL names none. */
export const COUNTY_UNIT = COUNTY_CODE;

/** The levels the comparison chart compares. */
export const COMPARISON_LEVEL_SLUGS = {
	kommuner: 'MUNICIPALITY',
	delregioner: 'SUBREGION'
} as const satisfies Record<string, OrgUnitKind>;
export type ComparisonLevelSlug = keyof typeof COMPARISON_LEVEL_SLUGS;

export interface IndicatorPageChoice {
	enhet: string;
	periodtyp: PeriodTypeSlug;
	/** null: the latest complete period. */
	period: string | null;
	/** null: by the unit (sub-regions for a sub-region, municipalities otherwise). */
	niva: ComparisonLevelSlug | null;
}

export type ParsedChoice = { ok: true; choice: IndicatorPageChoice } | { ok: false; param: string; value: string };

function param(params: URLSearchParams, name: string): string | null {
	const value = params.get(name)?.trim() ?? '';
	return value === '' ? null : value;
}

/**
 * The choices of a URL. An unknown period type or level is a problem to show; a period written
 * for another period type is left out (the form sends the old period with a new period type).
 */
export function parseChoice(params: URLSearchParams): ParsedChoice {
	const periodtyp = param(params, 'periodtyp') ?? DEFAULT_PERIOD_TYPE;
	if (!isPeriodTypeSlug(periodtyp)) return { ok: false, param: 'periodtyp', value: periodtyp };
	const niva = param(params, 'niva');
	if (niva !== null && !Object.hasOwn(COMPARISON_LEVEL_SLUGS, niva)) return { ok: false, param: 'niva', value: niva };
	const period = param(params, 'period');
	return {
		ok: true,
		choice: {
			enhet: param(params, 'enhet') ?? COUNTY_UNIT,
			periodtyp,
			period: period !== null && isPeriodOf(PERIOD_TYPE_SLUGS[periodtyp], period) ? period : null,
			niva: niva as ComparisonLevelSlug | null
		}
	};
}

/** The level compared when the URL does not say: a sub-region among sub-regions, else the municipalities. */
export function comparisonLevel(choice: IndicatorPageChoice, unitKind: OrgUnitKind): ComparisonLevelSlug {
	return choice.niva ?? (unitKind === 'SUBREGION' ? 'delregioner' : 'kommuner');
}

/** The last month (1–12) of a period: 2026-03 → 3, 2026-Q2 → 6, 2026 → 12. */
function lastMonthIndex(periodType: PeriodType, period: string): number {
	const year = Number(period.slice(0, 4));
	switch (periodType) {
		case 'MONTH':
		case 'ROLLING_12':
			return year * 12 + Number(period.slice(5, 7));
		case 'QUARTER':
			return year * 12 + Number(period.slice(6, 7)) * 3;
		case 'YEAR':
			return year * 12 + 12;
	}
}

/**
 * The period to show by default: the newest one whose months have all passed in the data, as the
 * Översikt chooses it (the engine stores a quarter of proportions as soon as its first month is
 * in). `periods` newest first; `latestMonth` null for data without months (yearly figures).
 */
export function latestCompletePeriod(periods: readonly string[], periodType: PeriodType, latestMonth: string | null): string | null {
	if (latestMonth === null) return periods[0] ?? null;
	const last = lastMonthIndex('MONTH', latestMonth);
	return periods.find((period) => lastMonthIndex(periodType, period) <= last) ?? periods[0] ?? null;
}

/** The page's address with the choices, defaults left out, in a fixed order. */
export function indicatorPageHref(indicatorId: string, choice: IndicatorPageChoice, file = ''): string {
	const params = new URLSearchParams();
	if (choice.enhet !== COUNTY_UNIT) params.set('enhet', choice.enhet);
	if (choice.periodtyp !== DEFAULT_PERIOD_TYPE) params.set('periodtyp', choice.periodtyp);
	if (choice.period !== null) params.set('period', choice.period);
	if (choice.niva !== null) params.set('niva', choice.niva);
	const query = params.toString();
	return `/indikatorer/${encodeURIComponent(indicatorId)}${file}${query === '' ? '' : `?${query}`}`;
}
