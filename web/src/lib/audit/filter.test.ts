import { describe, expect, it } from 'vitest';
import { auditFilterQuery, hasAuditFilter, isIsoDate, parseAuditFilter } from './filter';

const EMPTY = { aktor: '', handelse: '', objekttyp: '', objektid: '', fran: '', till: '' };

describe('parseAuditFilter', () => {
	it('reads nothing from an empty query', () => {
		expect(parseAuditFilter(new URLSearchParams())).toEqual({
			values: EMPTY,
			filter: {},
			problems: [],
			before: null
		});
	});

	it('maps the Swedish parameters to the API filter, trimmed', () => {
		const parsed = parseAuditFilter(
			new URLSearchParams(
				'aktor=+admin%40vgregion.se+&handelse=role.&objekttyp=user&objektid=12&fran=2026-01-01&till=2026-01-31&fore=99'
			)
		);
		expect(parsed.filter).toEqual({
			actor: 'admin@vgregion.se',
			action: 'role.',
			entityType: 'user',
			entityId: '12',
			from: '2026-01-01',
			to: '2026-01-31'
		});
		expect(parsed.values.aktor).toBe('admin@vgregion.se');
		expect(parsed.problems).toEqual([]);
		expect(parsed.before).toBe('99');
	});

	it('reports dates that are not YYYY-MM-DD or do not exist', () => {
		expect(
			parseAuditFilter(new URLSearchParams('fran=1/2/2026&till=2026-02-30')).problems
		).toEqual([
			{ field: 'fran', problem: 'invalidDate' },
			{ field: 'till', problem: 'invalidDate' }
		]);
	});

	it('reports an end date before the start date', () => {
		expect(
			parseAuditFilter(new URLSearchParams('fran=2026-02-01&till=2026-01-31')).problems
		).toEqual([{ field: 'till', problem: 'endBeforeStart' }]);
		expect(
			parseAuditFilter(new URLSearchParams('fran=2026-02-01&till=2026-02-01')).problems
		).toEqual([]);
	});

	it('ignores a cursor that is not an id', () => {
		expect(parseAuditFilter(new URLSearchParams('fore=abc')).before).toBeNull();
		expect(parseAuditFilter(new URLSearchParams('fore=')).before).toBeNull();
	});

	it('cuts overlong values', () => {
		const parsed = parseAuditFilter(new URLSearchParams(`aktor=${'a'.repeat(500)}`));
		expect(parsed.values.aktor).toHaveLength(200);
	});
});

describe('auditFilterQuery', () => {
	it('keeps only filled-in fields, then the extras', () => {
		expect(auditFilterQuery(EMPTY)).toBe('');
		expect(auditFilterQuery({ ...EMPTY, aktor: 'a@b.se', fran: '2026-01-01' }, { fore: '7' })).toBe(
			'aktor=a%40b.se&fran=2026-01-01&fore=7'
		);
	});

	it('round-trips through parseAuditFilter', () => {
		const values = { ...EMPTY, handelse: 'user.', objektid: '5', till: '2026-12-31' };
		expect(parseAuditFilter(new URLSearchParams(auditFilterQuery(values))).values).toEqual(values);
	});

	it('knows whether a filter is set', () => {
		expect(hasAuditFilter(EMPTY)).toBe(false);
		expect(hasAuditFilter({ ...EMPTY, objekttyp: 'user' })).toBe(true);
	});
});

describe('isIsoDate', () => {
	it('accepts real dates only', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(isIsoDate('2026-13-01')).toBe(false);
		expect(isIsoDate('2026-1-01')).toBe(false);
		expect(isIsoDate('')).toBe(false);
	});
});
