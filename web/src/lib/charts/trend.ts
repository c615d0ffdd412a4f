/**
 * The layout of the trend chart: one unit's values over periods as a line with its 95 % band,
 * and the county's values as a second (dashed) line. Pure geometry from d3-scale and d3-shape;
 * the Svelte component only draws what this returns, so it is tested here without a DOM.
 * A period without a value breaks the line and the band (nothing is drawn across a suppressed
 * period, and no point is made up).
 */
import { scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { largestDrawn, valueAxis, type ChartValue, type ValueAxis } from './scales';

export interface TrendPoint extends ChartValue {
	period: string;
}

export interface TrendInput {
	/** The unit's values, any order. */
	unit: readonly TrendPoint[];
	/** The county's values; empty when the unit is the county. */
	county: readonly TrendPoint[];
	percent: boolean;
	width?: number;
	height?: number;
	/** At most this many period labels on the x axis (the last period always has one). */
	maxLabels?: number;
}

export interface PlacedPoint {
	period: string;
	value: number;
	x: number;
	y: number;
}

export interface TrendLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	/** Every period, oldest first, with its x and whether the axis labels it. */
	periods: { period: string; x: number; labelled: boolean }[];
	axis: ValueAxis;
	/** SVG path data; null when there is nothing to draw. */
	line: string | null;
	band: string | null;
	countyLine: string | null;
	points: PlacedPoint[];
	countyPoints: PlacedPoint[];
}

export const TREND_MARGIN = { top: 16, right: 24, bottom: 40, left: 56 } as const;

export function trendLayout(input: TrendInput): TrendLayout {
	const width = input.width ?? 720;
	const height = input.height ?? 320;
	const margin = TREND_MARGIN;
	const periods = [...new Set([...input.unit, ...input.county].map((p) => p.period))].sort();
	const x = scalePoint<string>()
		.domain(periods)
		.range([margin.left, width - margin.right])
		.padding(0.5);
	const axis = valueAxis(
		largestDrawn([...input.unit, ...input.county]),
		[height - margin.bottom, margin.top],
		input.percent
	);
	// A tenth of a pixel is finer than any screen or printer: shorter SVG, no 119.99999 in it.
	const round = (n: number) => Math.round(n * 10) / 10;
	const y = (value: number) => round(axis.scale(value));
	const xOf = (period: string) => round(x(period) ?? margin.left);

	const byPeriod = (points: readonly TrendPoint[]) => [...points].sort((a, b) => a.period.localeCompare(b.period));
	const unit = byPeriod(input.unit);
	const county = byPeriod(input.county);
	const hasValue = (p: TrendPoint) => p.value !== null && Number.isFinite(p.value);
	const hasInterval = (p: TrendPoint) => p.ciLow !== null && p.ciHigh !== null;

	const valueLine = line<TrendPoint>()
		.digits(1)
		.defined(hasValue)
		.x((p) => xOf(p.period))
		.y((p) => y(p.value!));
	const band = area<TrendPoint>()
		.digits(1)
		.defined(hasInterval)
		.x((p) => xOf(p.period))
		.y0((p) => y(p.ciLow!))
		.y1((p) => y(p.ciHigh!));
	const place = (points: TrendPoint[]): PlacedPoint[] =>
		points.filter(hasValue).map((p) => ({ period: p.period, value: p.value!, x: xOf(p.period), y: y(p.value!) }));

	// Thin the labels from the newest period backwards, so that the latest period is always named.
	const step = Math.max(1, Math.ceil(periods.length / (input.maxLabels ?? 8)));
	const last = periods.length - 1;
	return {
		width,
		height,
		margin,
		periods: periods.map((period, index) => ({ period, x: xOf(period), labelled: (last - index) % step === 0 })),
		axis,
		line: unit.some(hasValue) ? valueLine(unit) : null,
		band: unit.some(hasInterval) ? band(unit) : null,
		countyLine: county.some(hasValue) ? valueLine(county) : null,
		points: place(unit),
		countyPoints: place(county)
	};
}
