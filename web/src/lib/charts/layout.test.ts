import { describe, expect, it } from 'vitest';
import { comparisonLayout } from './comparison';
import { largestDrawn, valueAxis } from './scales';
import { TREND_MARGIN, trendLayout, type TrendPoint } from './trend';

const point = (period: string, value: number | null, ciLow: number | null = null, ciHigh: number | null = null): TrendPoint => ({
	period,
	value,
	ciLow,
	ciHigh
});

describe('valueAxis', () => {
	it('runs from zero to a round number above the largest value drawn', () => {
		const axis = valueAxis(largestDrawn([{ value: 8.2, ciLow: 6, ciHigh: 12.7 }], [9]), [300, 0], false);
		expect(axis.scale.domain()).toEqual([0, 14]);
		expect(axis.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
		expect(axis.ticks[0]!.position).toBe(300);
		expect(axis.ticks.at(-1)!.position).toBe(0);
	});

	it('ends percentages at 100 and gives an empty axis a unit height', () => {
		expect(valueAxis(98.5, [0, 100], true).scale.domain()).toEqual([0, 100]);
		expect(valueAxis(62, [0, 100], true).scale.domain()).toEqual([0, 70]);
		expect(valueAxis(0, [0, 100], false).scale.domain()).toEqual([0, 1]);
	});

	it('ignores what cannot be drawn', () => {
		expect(largestDrawn([{ value: null, ciLow: null, ciHigh: null }, { value: Number.NaN, ciLow: 1, ciHigh: 2 }], [null])).toBe(2);
	});
});

describe('trendLayout', () => {
	const layout = trendLayout({
		unit: [point('2025-Q3', 40, 35, 45), point('2025-Q1', 50, 45, 55), point('2025-Q2', null), point('2025-Q4', 60, 50, 75)],
		county: [point('2025-Q1', 55), point('2025-Q2', 52), point('2025-Q3', 50), point('2025-Q4', 48)],
		percent: true,
		width: 456,
		height: 216
	});

	it('places the periods oldest first, evenly, inside the margins', () => {
		// Plot width 456 - 56 - 24 = 376, four periods with half a step's padding: steps of 94.
		expect(layout.periods.map((p) => [p.period, p.x])).toEqual([
			['2025-Q1', 103],
			['2025-Q2', 197],
			['2025-Q3', 291],
			['2025-Q4', 385]
		]);
		expect(layout.axis.scale.domain()).toEqual([0, 80]);
	});

	it('draws a point per published value and breaks the line and band at a missing one', () => {
		// Plot height 216 - 16 - 40 = 160 for 0–80: 2 px per percentage point, zero at y = 176.
		expect(layout.points).toEqual([
			{ period: '2025-Q1', value: 50, x: 103, y: 76 },
			{ period: '2025-Q3', value: 40, x: 291, y: 96 },
			{ period: '2025-Q4', value: 60, x: 385, y: 56 }
		]);
		expect(layout.line).toBe('M103,76ZM291,96L385,56');
		expect(layout.band).toBe('M103,66L103,86ZM291,86L385,26L385,76L291,106Z');
		expect(layout.countyLine).toBe('M103,66L197,72L291,76L385,80');
		expect(layout.countyPoints).toHaveLength(4);
	});

	it('labels at most maxLabels periods, always the latest', () => {
		const periods = Array.from({ length: 36 }, (_, i) => point(`${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, i));
		const labelled = trendLayout({ unit: periods, county: [], percent: false, maxLabels: 8 })
			.periods.filter((p) => p.labelled)
			.map((p) => p.period);
		expect(labelled).toEqual(['2023-01', '2023-06', '2023-11', '2024-04', '2024-09', '2025-02', '2025-07', '2025-12']);
	});

	it('draws nothing without values', () => {
		const empty = trendLayout({ unit: [point('2025', null)], county: [], percent: false });
		expect([empty.line, empty.band, empty.countyLine, empty.points]).toEqual([null, null, null, []]);
		expect(empty.margin).toEqual(TREND_MARGIN);
	});
});

describe('comparisonLayout', () => {
	const layout = comparisonLayout({
		items: [
			{ code: '1484', value: 12, ciLow: 10, ciHigh: 14 },
			{ code: '1480', value: 8, ciLow: 7.5, ciHigh: 8.5 },
			{ code: '1438', value: null, ciLow: null, ciHigh: null }
		],
		county: 9,
		percent: false,
		width: 404,
		labelWidth: 200,
		rowHeight: 20
	});

	it('gives every unit a row in order, and bars and whiskers on one scale from zero', () => {
		// Plot 200–340 for 0–14: 10 px a unit.
		expect(layout.axis.scale.domain()).toEqual([0, 14]);
		expect(layout.rows.map((r) => [r.code, r.y])).toEqual([
			['1484', 38],
			['1480', 58],
			['1438', 78]
		]);
		expect(layout.rows[0]!.bar).toEqual({ x: 200, y: 32, width: 120, height: 12 });
		expect(layout.rows[0]!.whisker).toEqual({ x1: 300, x2: 340 });
		expect(layout.rows[0]!.labelX).toBe(346);
		expect(layout.rows[1]!.bar!.width).toBe(80);
		expect(layout.countyX).toBe(290);
		expect(layout.height).toBe(28 + 3 * 20 + 32);
	});

	it('draws no bar and no whisker for a unit without a value', () => {
		expect(layout.rows[2]).toEqual({ code: '1438', y: 78, bar: null, whisker: null, labelX: 206 });
	});
});
