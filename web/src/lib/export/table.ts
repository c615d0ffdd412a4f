/**
 * A download as one table (header and rows), written as CSV or XLSX from the same description, so
 * that the two files of a page always hold the same columns and the same rounded numbers. Pages and
 * report exports describe their data once as an `ExportTable`; `tableToCsv` (here) and
 * `tableToXlsx` (`./xlsx`, server only) write it.
 */
import { csvDocument, type CsvValue } from './csv';

export type ExportColumnType = 'text' | 'integer' | 'decimal';

export interface ExportColumn {
	header: string;
	type: ExportColumnType;
	/** For `decimal`: at most this many decimals (default 2); trailing zeros are left out. */
	decimals?: number;
	/** Width in characters in XLSX (default: the header's length, at least 10). */
	width?: number;
}

/** A cell: text, a number, or nothing (an empty cell, never a zero). */
/**
 * The counts and the value with both intervals, as every export of indicator values writes them (the indicator pages'
 * and the reports'), so that a file from either reads the same in Excel.
 */
export const VALUE_COLUMNS: readonly ExportColumn[] = [
	{ header: 'täljare', type: 'decimal', decimals: 2 },
	{ header: 'nämnare', type: 'decimal', decimals: 2 },
	{ header: 'värde', type: 'decimal', decimals: 2 },
	{ header: 'ki95_nedre', type: 'decimal', decimals: 2 },
	{ header: 'ki95_övre', type: 'decimal', decimals: 2 },
	{ header: 'ki998_nedre', type: 'decimal', decimals: 2 },
	{ header: 'ki998_övre', type: 'decimal', decimals: 2 }
];

export type ExportCell = string | number | null;

export interface ExportTable {
	/** Name of the XLSX sheet (at most 31 characters, no `[]:*?/\`). */
	sheetName: string;
	columns: readonly ExportColumn[];
	rows: readonly (readonly ExportCell[])[];
}

const DEFAULT_DECIMALS = 2;

/**
 * A number as the column keeps it: integers rounded to whole numbers, decimals to the column's
 * decimals (half away from zero, as people round). Text and nothing pass through.
 */
export function exportValue(column: ExportColumn, cell: ExportCell): ExportCell {
	if (typeof cell !== 'number') return cell;
	if (!Number.isFinite(cell)) return null;
	const decimals = column.type === 'integer' ? 0 : column.type === 'decimal' ? (column.decimals ?? DEFAULT_DECIMALS) : null;
	if (decimals === null) return cell;
	const factor = 10 ** decimals;
	// Scaled by a power of ten first, so that 0.125 → 0.13 and not 0.12 from its binary form.
	const rounded = Math.sign(cell) * Math.round(Number((Math.abs(cell) * factor).toPrecision(15))) / factor;
	return Object.is(rounded, -0) ? 0 : rounded;
}

/** The rows with every number rounded as its column says. */
export function exportRows(table: ExportTable): ExportCell[][] {
	return table.rows.map((row) => table.columns.map((column, index) => exportValue(column, row[index] ?? null)));
}

/** The table as a CSV file for Swedish Excel: BOM, semicolons, decimal comma, CRLF. */
export function tableToCsv(table: ExportTable): string {
	const header: CsvValue[] = table.columns.map((column) => column.header);
	return csvDocument([header, ...exportRows(table)]);
}

/**
 * A file name safe in a Content-Disposition header and on every file system: letters, digits,
 * dots, dashes and underscores only (å, ä, ö become a, a, o).
 */
export function exportFileName(parts: readonly string[], extension: 'csv' | 'xlsx'): string {
	const base = parts
		.map((part) =>
			part
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.replace(/[^A-Za-z0-9._-]+/g, '-')
				.replace(/^-+|-+$/g, '')
		)
		.filter((part) => part !== '')
		.join('_');
	return `${base || 'data'}.${extension}`;
}
