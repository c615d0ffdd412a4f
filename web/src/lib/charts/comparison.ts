/**
 * The layout of the comparison chart: one horizontal bar per unit in the order given (the API's:
 * best first, units without a value last), its 95 % interval as a whisker, and the county as a
 * vertical reference line. A unit without a value gets a row but no bar: the component writes
 * Kolada's marker and its reason there instead.
 */
import { largestDrawn, valueAxis, type ChartValue, type ValueAxis } from './scales';

export interface ComparisonItem extends ChartValue {
	code: string;
}

/** A unit as the comparison chart draws and names it. */
export interface ComparisonChartItem extends ComparisonItem {
	name: string;
	/** For a unit without a value: Kolada's marker and its reason, written where the bar would be. */
	marker: string | null;
	reason: string | null;
}

export interface ComparisonInput {
	items: readonly ComparisonItem[];
	county: number | null;
	percent: boolean;
	width?: number;
	/** Room for the unit names left of the bars. */
	labelWidth?: number;
	rowHeight?: number;
}

export interface ComparisonRow {
	code: string;
	/** The middle of the row. */
	y: number;
	/** null: no bar (no value). */
	bar: { x: number; width: number; height: number; y: number } | null;
	whisker: { x1: number; x2: number } | null;
	/** Where the value's text starts: right of the bar and the whisker. */
	labelX: number;
}

export interface ComparisonLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	axis: ValueAxis;
	rows: ComparisonRow[];
	countyX: number | null;
}

/** Room right of the longest bar for its value's text ("100,0 %"). */
const VALUE_ROOM = 64;
const TOP = 28;
const BOTTOM = 32;

export function comparisonLayout(input: ComparisonInput): ComparisonLayout {
	const width = input.width ?? 720;
	const labelWidth = input.labelWidth ?? 200;
	const rowHeight = input.rowHeight ?? 24;
	const plot = {
		left: labelWidth,
		right: width - VALUE_ROOM,
		top: TOP,
		bottom: TOP + Math.max(1, input.items.length) * rowHeight
	};
	const axis = valueAxis(largestDrawn(input.items, [input.county]), [plot.left, plot.right], input.percent);
	// A tenth of a pixel is finer than any screen or printer: shorter SVG, no 119.99999 in it.
	const x = (value: number) => Math.round(axis.scale(value) * 10) / 10;
	const barHeight = Math.round(rowHeight * 0.6);

	const rows = input.items.map((item, index): ComparisonRow => {
		const y = plot.top + (index + 0.5) * rowHeight;
		const hasValue = item.value !== null && Number.isFinite(item.value);
		const whisker = hasValue && item.ciLow !== null && item.ciHigh !== null ? { x1: x(item.ciLow), x2: x(item.ciHigh) } : null;
		const end = hasValue ? Math.max(x(item.value!), whisker?.x2 ?? plot.left) : plot.left;
		return {
			code: item.code,
			y,
			bar: hasValue ? { x: plot.left, y: y - barHeight / 2, width: Math.max(0, x(item.value!) - plot.left), height: barHeight } : null,
			whisker,
			labelX: end + 6
		};
	});
	return {
		width,
		height: plot.bottom + BOTTOM,
		plot,
		axis,
		rows,
		countyX: input.county !== null && Number.isFinite(input.county) ? x(input.county) : null
	};
}
