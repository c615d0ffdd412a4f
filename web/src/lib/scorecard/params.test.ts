import { describe, expect, it } from 'vitest';
import {
	filtersQuery,
	indicatorHref,
	unitProfileHref,
	isPeriodOf,
	parseFilters,
	periodTypeSlug,
	scorecardHref,
	withoutParam,
	type ScorecardFilters
} from './params';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

const defaults: ScorecardFilters = {
	niva: 'delregioner',
	delregion: null,
	periodtyp: 'kvartal',
	period: null,
	omrade: null,
	huvudman: null
};

describe('parseFilters', () => {
	it('defaults to the county and its sub-regions, latest quarter, every indicator', () => {
		expect(parse('')).toEqual({ ok: true, filters: defaults, ignoredPeriod: null });
	});

	it('reads every filter, empty ones (what an empty option sends) as left out', () => {
		expect(
			parse('niva=kommuner&delregion=GR&periodtyp=ar&period=2025&omrade=kontinuitet&huvudman=region')
		).toEqual({
			ok: true,
			filters: {
				niva: 'kommuner',
				delregion: 'GR',
				periodtyp: 'ar',
				period: '2025',
				omrade: 'kontinuitet',
				huvudman: 'region'
			},
			ignoredPeriod: null
		});
		expect(parse('niva=lan&delregion=&period=&omrade=&huvudman=')).toEqual({
			ok: true,
			filters: { ...defaults, niva: 'lan' },
			ignoredPeriod: null
		});
	});

	it('takes a sub-region alone as its municipalities, and ignores it at the other levels', () => {
		expect(parse('delregion=fyrbodal')).toMatchObject({
			filters: { niva: 'kommuner', delregion: 'FYRBODAL' }
		});
		expect(parse('niva=delregioner&delregion=GR')).toMatchObject({
			filters: { niva: 'delregioner', delregion: null }
		});
	});

	it('leaves out a period of another period type, saying which', () => {
		expect(parse('periodtyp=ar&period=2026-Q3')).toEqual({
			ok: true,
			filters: { ...defaults, periodtyp: 'ar' },
			ignoredPeriod: '2026-Q3'
		});
		expect(parse('periodtyp=rullande12&period=2026-10')).toMatchObject({
			filters: { period: '2026-10' },
			ignoredPeriod: null
		});
	});

	it('refuses a value it does not know, naming the parameter', () => {
		expect(parse('niva=landsting')).toEqual({ ok: false, problem: { param: 'niva', value: 'landsting' } });
		expect(parse('periodtyp=vecka')).toEqual({ ok: false, problem: { param: 'periodtyp', value: 'vecka' } });
		expect(parse('omrade=toString')).toEqual({ ok: false, problem: { param: 'omrade', value: 'toString' } });
		expect(parse('huvudman=stat')).toEqual({ ok: false, problem: { param: 'huvudman', value: 'stat' } });
		expect(parse('delregion=%3Cscript%3E')).toEqual({
			ok: false,
			problem: { param: 'delregion', value: '<SCRIPT>' }
		});
	});
});

describe('links', () => {
	it('writes the filters back in a fixed order, defaults left out', () => {
		expect(filtersQuery(defaults)).toBe('');
		expect(scorecardHref({ ...defaults, periodtyp: 'manad', period: '2026-10' })).toBe(
			'/oversikt?periodtyp=manad&period=2026-10'
		);
		const all: ScorecardFilters = {
			niva: 'kommuner',
			delregion: 'GR',
			periodtyp: 'ar',
			period: '2025',
			omrade: 'in-och-utskrivning',
			huvudman: 'gemensam'
		};
		const query = filtersQuery(all);
		expect(query).toBe('?niva=kommuner&delregion=GR&periodtyp=ar&period=2025&omrade=in-och-utskrivning&huvudman=gemensam');
		expect(parse(query.slice(1))).toEqual({ ok: true, filters: all, ignoredPeriod: null });
	});

	it('leads a cell to its indicator page for the unit', () => {
		expect(indicatorHref('pv-bedomning-3d', '1480', 'kvartal', '2026-Q3')).toBe(
			'/indikatorer/pv-bedomning-3d?enhet=1480&periodtyp=kvartal&period=2026-Q3'
		);
		expect(indicatorHref('a b', '14', 'ar', null)).toBe('/indikatorer/a%20b?enhet=14&periodtyp=ar');
	});

	it('leads a unit to its profile, keeping the period', () => {
		expect(unitProfileHref('1480', 'kvartal', '2026-Q3')).toBe('/enheter/1480?period=2026-Q3');
		expect(unitProfileHref('GR', 'ar', null)).toBe('/enheter/GR?periodtyp=ar');
		expect(unitProfileHref('14')).toBe('/enheter/14');
	});

	it('drops one parameter, keeping the others', () => {
		const url = new URL('http://x/oversikt?niva=kommuner&delregion=XX&period=2026-Q1');
		expect(withoutParam(url, 'delregion')).toBe('/oversikt?niva=kommuner&period=2026-Q1');
		expect(withoutParam(new URL('http://x/oversikt?period=1'), 'period')).toBe('/oversikt');
	});

	it('knows the period formats and the period type slugs', () => {
		expect([isPeriodOf('QUARTER', '2026-Q4'), isPeriodOf('QUARTER', '2026-Q5'), isPeriodOf('YEAR', '2026')]).toEqual([
			true,
			false,
			true
		]);
		expect([isPeriodOf('MONTH', '2026-13'), isPeriodOf('ROLLING_12', '2026-12')]).toEqual([false, true]);
		expect(periodTypeSlug('ROLLING_12')).toBe('rullande12');
	});
});
