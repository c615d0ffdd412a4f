import { describe, expect, it } from 'vitest';
import { compactDiff } from '../../../../api/src/audit/record.ts';
import { describeValue, parseDiff, type ValueLabels } from './diff';

const labels: ValueLabels = {
	empty: '–',
	none: 'inga',
	yes: 'ja',
	no: 'nej',
	grant: (role, code) => (code ? `${role} (${code})` : role)
};

describe('parseDiff', () => {
	it('reads the diffs the API writes', () => {
		const diff = compactDiff(
			{ grants: [{ role: 'editor', orgUnitCode: 'GR' }] },
			{
				grants: [
					{ role: 'editor', orgUnitCode: 'GR' },
					{ role: 'reviewer', orgUnitCode: '1480' }
				]
			}
		);
		expect(parseDiff(JSON.stringify(diff))).toEqual([
			{
				field: 'grants',
				before: [{ role: 'editor', orgUnitCode: 'GR' }],
				after: [
					{ role: 'editor', orgUnitCode: 'GR' },
					{ role: 'reviewer', orgUnitCode: '1480' }
				]
			}
		]);
		expect(
			parseDiff(
				JSON.stringify(compactDiff(null, { email: 'a@b.se', displayName: 'A', isDemo: false }))
			)
		).toEqual([
			{ field: 'displayName', before: null, after: 'A' },
			{ field: 'email', before: null, after: 'a@b.se' },
			{ field: 'isDemo', before: null, after: false }
		]);
	});

	it('is empty without a diff', () => {
		expect(parseDiff(null)).toEqual([]);
		expect(parseDiff('')).toEqual([]);
		expect(parseDiff('{}')).toEqual([]);
	});

	it('shows what it cannot read instead of hiding it', () => {
		expect(parseDiff('not json')).toEqual([{ field: '', before: null, after: 'not json' }]);
		expect(parseDiff('[1,2]')).toEqual([{ field: '', before: null, after: '[1,2]' }]);
		expect(parseDiff('{"x":5}')).toEqual([{ field: 'x', before: null, after: 5 }]);
	});
});

describe('describeValue', () => {
	it('writes scalars readably', () => {
		expect(describeValue('a@b.se', labels)).toBe('a@b.se');
		expect(describeValue(3, labels)).toBe('3');
		expect(describeValue(true, labels)).toBe('ja');
		expect(describeValue(false, labels)).toBe('nej');
		expect(describeValue(null, labels)).toBe('–');
		expect(describeValue(undefined, labels)).toBe('–');
		expect(describeValue('', labels)).toBe('–');
	});

	it('writes role grants with the given words', () => {
		expect(
			describeValue(
				[
					{ role: 'admin', orgUnitCode: null },
					{ role: 'editor', orgUnitCode: 'GR' }
				],
				labels
			)
		).toBe('admin, editor (GR)');
		expect(describeValue([], labels)).toBe('inga');
	});

	it('writes other objects as key: value pairs', () => {
		expect(describeValue({ a: 1, b: [true, null] }, labels)).toBe('a: 1, b: ja, –');
		expect(describeValue({}, labels)).toBe('–');
	});
});
