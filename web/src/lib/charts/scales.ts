/**
 * The value axis shared by the charts: d3's linear scale, from zero (bars and lines of rates and
 * proportions are read against zero; a cut axis makes small differences look large) to a round
 * number above everything drawn, intervals included.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A value with its 95 % interval; null where nothing may be drawn (suppressed, missing). */
export interface ChartValue {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

export interface ValueAxis {
	scale: ScaleLinear<number, number>;
	ticks: { value: number; position: number }[];
}

/** The largest number the axis must show: values, interval ends and reference values. */
export function largestDrawn(values: readonly ChartValue[], references: readonly (number | null)[] = []): number {
	let largest = 0;
	for (const item of values) {
		for (const n of [item.value, item.ciLow, item.ciHigh]) if (n !== null && Number.isFinite(n) && n > largest) largest = n;
	}
	for (const n of references) if (n !== null && Number.isFinite(n) && n > largest) largest = n;
	return largest;
}

/**
 * A linear axis from 0 to a "nice" maximum over `range` (pixels; reversed for a vertical axis).
 * Percentages end at 100 at most; an axis with nothing above zero runs to 1.
 */
export function valueAxis(largest: number, range: [number, number], percent: boolean, tickCount = 5): ValueAxis {
	const top = largest > 0 ? largest : 1;
	const scale = scaleLinear().domain([0, top]).range(range).nice(tickCount);
	if (percent && scale.domain()[1]! > 100) scale.domain([0, Math.max(100, top)]);
	const ticks = scale.ticks(tickCount).map((value) => ({ value, position: Math.round(scale(value) * 10) / 10 }));
	return { scale, ticks };
}
