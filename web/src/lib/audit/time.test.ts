import { describe, expect, it } from 'vitest';
import { stockholmDate, stockholmTimestamp } from './time';

describe('stockholmTimestamp', () => {
	it('writes winter time with +01:00 and summer time with +02:00', () => {
		expect(stockholmTimestamp('2026-01-15T13:03:22.123Z')).toBe('2026-01-15T14:03:22+01:00');
		expect(stockholmTimestamp('2026-07-01T10:00:00Z')).toBe('2026-07-01T12:00:00+02:00');
	});

	it('tells apart the hour that occurs twice when summer time ends', () => {
		// 25 October 2026: 03:00 summer time becomes 02:00 winter time.
		expect(stockholmTimestamp('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30:00+02:00');
		expect(stockholmTimestamp('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30:00+01:00');
	});

	it('writes midnight as 00, not 24', () => {
		expect(stockholmTimestamp('2026-01-14T23:00:00Z')).toBe('2026-01-15T00:00:00+01:00');
	});

	it('returns text it cannot read as it is', () => {
		expect(stockholmTimestamp('yesterday')).toBe('yesterday');
	});
});

describe('stockholmDate', () => {
	it('is the date in Sweden, not in UTC', () => {
		expect(stockholmDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
		expect(stockholmDate(new Date('2026-03-01T12:00:00Z'))).toBe('2026-03-01');
	});
});
