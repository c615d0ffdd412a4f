/**
 * Where a spine chart puts things: one bar per indicator from the worst unit of a level to the
 * best (from the lowest to the highest for an indicator without a polarity), so that better is
 * always to the right whatever the indicator's polarity; the county in the middle; the unit's
 * value as a marker. Positions are fractions of the bar (0 = left end, 1 = right end).
 *
 * The county is put in the middle with a piecewise scale (worst → county → best onto 0 → ½ → 1),
 * as public-health spine charts do: the two halves then read as "worse than the county" and
 * "better than the county", whatever the spread on either side.
 */
import { scaleLinear } from 'd3-scale';
import type { Polarity } from '../graphql/types';

export interface SpineInput {
	/** The unit's value; null when absent (suppressed, missing, not applicable). */
	value: number | null;
	county: number | null;
	/** The lowest and highest value among the units of the level; null when none has a value. */
	range: { lowest: number; highest: number } | null;
	polarity: Polarity;
}

export interface SpineLayout {
	/** What the ends mean: worst and best, or lowest and highest without a polarity. */
	ends: 'worst-best' | 'low-high';
	/** The values at the left and right ends of the bar. */
	left: number;
	right: number;
	/** Null when there is no county value. */
	countyAt: number | null;
	/** True when the county is exactly in the middle (it lies strictly between the ends). */
	countyCentred: boolean;
	/** Null when the unit has no value. */
	valueAt: number | null;
}

/** Null when there is nothing to draw a bar between (no unit of the level has a value). */
export function spineLayout({ value, county, range, polarity }: SpineInput): SpineLayout | null {
	if (range === null) return null;
	const flipped = polarity === 'LOWER_IS_BETTER';
	const left = flipped ? range.highest : range.lowest;
	const right = flipped ? range.lowest : range.highest;
	const ends = polarity === 'NO_JUDGEMENT' ? 'low-high' : 'worst-best';
	const base = { ends, left, right } as const;

	// One unit, or all alike: the units' value in the middle, the county at the end of its side.
	if (left === right) {
		const countyAt = county === null ? null : county === left ? 0.5 : (county > left) !== flipped ? 1 : 0;
		return { ...base, countyAt, countyCentred: countyAt === 0.5, valueAt: value === null ? null : 0.5 };
	}
	const between = county !== null && (county - left) * (county - right) < 0;
	const scale = between
		? scaleLinear().domain([left, county, right]).range([0, 0.5, 1]).clamp(true)
		: scaleLinear().domain([left, right]).range([0, 1]).clamp(true);
	return {
		...base,
		countyAt: county === null ? null : scale(county),
		countyCentred: between,
		valueAt: value === null ? null : scale(value)
	};
}
