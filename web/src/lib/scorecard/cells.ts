/**
 * What a scorecard cell says, in words and symbols: the colour is never the only signal. A value
 * has a status symbol and a status text; an absent value shows Kolada's marker (`..` suppressed,
 * `-` missing, `.` not applicable) with its explanation; a trend has an arrow and a word.
 */
import type { ScorecardValue } from '../graphql/operations';
import type { IndicatorUnit, MissingReason, TrendDirection } from '../graphql/types';
import type { MessageId, Translator } from '../i18n/index';

export type CellTone = 'green' | 'yellow' | 'red' | 'grey';

/** Kolada's symbols for a cell without a number. */
export const MISSING_MARKERS: Readonly<Record<MissingReason, string>> = {
	SUPPRESSED: '..',
	MISSING: '-',
	NOT_APPLICABLE: '.'
};

/** A shape per colour, so that the colours can be told apart without seeing colour. */
export const STATUS_SYMBOLS = { GREEN: '✓', YELLOW: '◆', RED: '✕' } as const;

/** Up and to the right is better (↗) or higher (↑), whatever the indicator's polarity. */
export const TREND_ARROWS: Readonly<Record<TrendDirection, string>> = {
	IMPROVING: '↗',
	WORSENING: '↘',
	INCREASING: '↑',
	DECREASING: '↓',
	NO_SIGNIFICANT_CHANGE: '→'
};

export interface CellView {
	tone: CellTone;
	/** The formatted value, or the marker of an absent one. */
	text: string;
	/** True when `text` is a marker (`..`, `-`, `.`) rather than a value. */
	isMarker: boolean;
	/** The status symbol; null for grey. */
	symbol: string | null;
	/** What the colour or the marker means, e.g. "Grön: når målet", "för få – undertryckt". */
	statusText: string;
	trendArrow: string | null;
	trendText: string | null;
	/** What a screen reader says after the value: the status, then the trend. */
	spoken: string;
}

/**
 * The words of the statuses, markers and trends, per language: a grid of a thousand cells asks
 * for the same few dozen texts again and again, and formatting a message costs far more than a
 * lookup (about 20 µs against 0.1 µs).
 */
const texts = new Map<string, string>();

function text(i18n: Translator, id: MessageId, values?: Record<string, string>): string {
	const key = `${i18n.locale}\u0000${id}\u0000${values ? Object.values(values).join('\u0000') : ''}`;
	let found = texts.get(key);
	if (found === undefined) {
		found = i18n.t(id, values);
		texts.set(key, found);
	}
	return found;
}

/** The text around a percentage in the language ("87,5 %", "87.5%"), worked out once per language. */
const percentAffixes = new Map<string, [string, string]>();
const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/**
 * A value as the scorecard writes it: one decimal with a decimal comma in Swedish, the per cent
 * sign for percentages ("87,5 %"), the number alone for the other units (the row says the unit).
 */
export function formatCellValue(i18n: Translator, value: number, unit: IndicatorUnit): string {
	const number = i18n.formatNumber(value, ONE_DECIMAL);
	if (unit !== 'PERCENT') return number;
	let affixes = percentAffixes.get(i18n.locale);
	if (!affixes) {
		const [before = '', after = ''] = i18n.t('scorecard.percent', { value: '\u0001' }).split('\u0001');
		affixes = [before, after];
		percentAffixes.set(i18n.locale, affixes);
	}
	return `${affixes[0]}${number}${affixes[1]}`;
}

export function cellView(i18n: Translator, cell: ScorecardValue, unit: IndicatorUnit): CellView {
	const trend = cell.trend?.direction ?? null;
	const trendText = trend ? text(i18n, `trend.${trend}`) : null;
	const withTrend = (view: Omit<CellView, 'trendArrow' | 'trendText' | 'spoken'>): CellView => ({
		...view,
		trendArrow: trend ? TREND_ARROWS[trend] : null,
		trendText,
		spoken: trendText
			? `${view.statusText}. ${text(i18n, 'scorecard.cellTrend', { trend: trendText })}`
			: view.statusText
	});
	if (cell.value === null) {
		const reason: MissingReason = cell.missingReason ?? (cell.suppressed ? 'SUPPRESSED' : 'MISSING');
		return withTrend({
			tone: 'grey',
			text: MISSING_MARKERS[reason],
			isMarker: true,
			symbol: null,
			statusText: text(i18n, `missing.${reason}`)
		});
	}
	const value = formatCellValue(i18n, cell.value, unit);
	const status = cell.status ?? 'GREY';
	if (status === 'GREY' || cell.statusBasis === null || cell.statusBasis === 'NONE') {
		const reason = cell.greyReason === 'NO_COMPARATOR' ? 'NO_COMPARATOR' : 'NOT_ASSESSED';
		return withTrend({ tone: 'grey', text: value, isMarker: false, symbol: null, statusText: text(i18n, `greyReason.${reason}`) });
	}
	return withTrend({
		tone: status === 'GREEN' ? 'green' : status === 'YELLOW' ? 'yellow' : 'red',
		text: value,
		isMarker: false,
		symbol: STATUS_SYMBOLS[status],
		statusText: text(i18n, `status.${cell.statusBasis}.${status}`)
	});
}
