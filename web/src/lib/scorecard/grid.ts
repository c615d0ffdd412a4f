import type { ScorecardGrid, ScorecardIndicator } from '../graphql/operations';
import type { IndicatorArea } from '../graphql/types';
import type { Translator } from '../i18n/index';
import { groupByArea, type AreaGroup } from '../indicators/format';
import { cellView, type CellView } from './cells';

/** One indicator's row as the grid shows it: a cell view per unit, in the order of the units. */
export interface GridRow {
	area: IndicatorArea;
	indicator: ScorecardIndicator;
	cells: CellView[];
}

/**
 * The rows by area, in the order they arrive (the API's catalogue order), each cell worked out
 * once for the screen table and the printed one.
 */
export function gridRows(i18n: Translator, rows: ScorecardGrid['rows']): AreaGroup<GridRow>[] {
	return groupByArea(
		rows.map(({ indicator, values }) => ({
			area: indicator.area,
			indicator,
			cells: values.map((value) => cellView(i18n, value, indicator.unit))
		}))
	);
}

/** How many units fit beside the indicator names on a landscape A4 page. */
export const UNITS_PER_PRINTED_TABLE = 10;

/**
 * The printed grid's tables: the units split into parts of at most ten, as evenly as possible
 * (49 municipalities: 10, 10, 10, 10, 9), as `[from, to)` indices.
 */
export function printParts(units: number, perPart = UNITS_PER_PRINTED_TABLE): { from: number; to: number }[] {
	if (units <= 0) return [];
	const count = Math.ceil(units / perPart);
	const size = Math.ceil(units / count);
	return Array.from({ length: count }, (_, index) => ({
		from: index * size,
		to: Math.min(units, (index + 1) * size)
	}));
}
