/**
 * The text alternatives of the charts: what a reader should take from the picture, in a few
 * sentences a screen reader reads out and everyone can read under the chart — the highest and the
 * lowest unit with their intervals and the county; the first and the latest value, the trend and
 * the county.
 */
import type { Translator } from '../i18n/index';
import type { ChartValue } from './scales';

/** How the page writes a value: with its unit ("12,3 dagar"), and bare ("12,3") for interval ends. */
export interface FormatValue {
	withUnit: (value: number) => string;
	bare: (value: number) => string;
}

export interface NamedValue extends ChartValue {
	name: string;
}

/** "12,3 dagar (95 % KI 10,1–14,5)", or the value alone without an interval. */
export function valueWithInterval(i18n: Translator, item: ChartValue & { value: number }, format: FormatValue): string {
	if (item.ciLow === null || item.ciHigh === null) return format.withUnit(item.value);
	return i18n.t('chart.valueWithInterval', {
		value: format.withUnit(item.value),
		low: format.bare(item.ciLow),
		high: format.bare(item.ciHigh)
	});
}

const shown = <T extends ChartValue>(item: T): item is T & { value: number } => item.value !== null && Number.isFinite(item.value);

/**
 * E.g. "Lysekil har högst värde, 12,3 dagar (95 % KI 10,1–14,5), och Tanum lägst, 4,1 dagar
 * (95 % KI 3,0–5,2). Länet: 8,2 dagar. 3 av 49 enheter har inget redovisat värde."
 * Ties go to the first unit in the given order.
 */
export function comparisonSummary(
	i18n: Translator,
	items: readonly NamedValue[],
	county: number | null,
	format: FormatValue
): string {
	const withValue = items.filter(shown);
	const sentences: string[] = [];
	if (withValue.length === 0) {
		sentences.push(i18n.t('chart.comparison.none'));
	} else {
		let highest = withValue[0]!;
		let lowest = withValue[0]!;
		for (const item of withValue) {
			if (item.value > highest.value) highest = item;
			if (item.value < lowest.value) lowest = item;
		}
		sentences.push(
			withValue.length === 1
				? i18n.t('chart.comparison.only', { name: highest.name, value: valueWithInterval(i18n, highest, format) })
				: i18n.t('chart.comparison.highestLowest', {
						highest: highest.name,
						highestValue: valueWithInterval(i18n, highest, format),
						lowest: lowest.name,
						lowestValue: valueWithInterval(i18n, lowest, format)
					})
		);
	}
	if (county !== null) sentences.push(i18n.t('chart.county', { value: format.withUnit(county) }));
	const without = items.length - withValue.length;
	if (without > 0) sentences.push(i18n.t('chart.comparison.without', { count: without, total: items.length }));
	return sentences.join(' ');
}

export interface TrendSummaryInput {
	unitName: string;
	/** Oldest first, with the period's label ("kvartal 1 2026"). */
	unit: readonly (ChartValue & { label: string })[];
	/** The county's latest value and its period's label; null when the unit is the county or there is none. */
	county: { value: number; label: string } | null;
	/** The latest value's trend in words ("förbättras"); null without one. */
	trend: string | null;
}

/**
 * E.g. "Göteborg: 82,0 % (95 % KI 79,1–84,6) kvartal 3 2026, från 75,5 % kvartal 1 2024. Trend:
 * förbättras. Länet kvartal 3 2026: 80,1 %. 2 av 11 perioder har inget redovisat värde."
 */
export function trendSummary(i18n: Translator, input: TrendSummaryInput, format: FormatValue): string {
	const withValue = input.unit.filter(shown);
	const sentences: string[] = [];
	const latest = withValue.at(-1);
	const first = withValue[0];
	if (!latest || !first) {
		sentences.push(i18n.t('chart.trend.none', { unit: input.unitName }));
	} else if (first === latest) {
		sentences.push(i18n.t('chart.trend.one', { unit: input.unitName, value: valueWithInterval(i18n, latest, format), period: latest.label }));
	} else {
		sentences.push(
			i18n.t('chart.trend.range', {
				unit: input.unitName,
				value: valueWithInterval(i18n, latest, format),
				period: latest.label,
				first: format.withUnit(first.value),
				firstPeriod: first.label
			})
		);
	}
	if (input.trend !== null) sentences.push(i18n.t('chart.trend.direction', { trend: input.trend }));
	if (input.county !== null) sentences.push(i18n.t('chart.trend.county', { period: input.county.label, value: format.withUnit(input.county.value) }));
	const without = input.unit.length - withValue.length;
	if (without > 0) sentences.push(i18n.t('chart.trend.without', { count: without, total: input.unit.length }));
	return sentences.join(' ');
}
