/**
 * An `ExportTable` as an XLSX workbook (one sheet), written on the server with write-excel-file:
 * numbers as numbers (Excel shows them with the reader's decimal separator), empty cells where the
 * table has nothing, a bold header row that stays in view.
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { exportRows, type ExportColumn, type ExportTable } from './table';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's number format for a column: whole numbers, or up to the column's decimals. */
function numberFormat(column: ExportColumn): string | undefined {
	if (column.type === 'integer') return '0';
	if (column.type === 'decimal') {
		const decimals = column.decimals ?? 2;
		return decimals > 0 ? `0.${'0'}${'#'.repeat(decimals - 1)}` : '0';
	}
	return undefined;
}

/** Sheet names may not hold []:*?/\ and have at most 31 characters. */
function sheetName(name: string): string {
	return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Data';
}

export async function tableToXlsx(table: ExportTable): Promise<Buffer> {
	const header: Cell[] = table.columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' }));
	const rows: SheetData = exportRows(table).map((row) =>
		row.map((cell, index): Cell => {
			if (cell === null) return null;
			if (typeof cell === 'number') return { value: cell, type: Number, format: numberFormat(table.columns[index]!) };
			return { value: cell, type: String };
		})
	);
	return writeXlsxFile([header, ...rows], {
		sheet: sheetName(table.sheetName),
		stickyRowsCount: 1,
		columns: table.columns.map((column) => ({ width: column.width ?? Math.max(10, column.header.length + 2) }))
	}).toBuffer();
}
