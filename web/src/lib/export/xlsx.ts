/**
 * An `ExportTable` as an XLSX workbook (one sheet), or several as one sheet each, written on the server with write-excel-file:
 * numbers as numbers (Excel shows them with the reader's decimal separator), empty cells where the
 * table has nothing, a bold header row that stays in view.
 */
import writeXlsxFile, { type Cell, type Sheet, type SheetData } from 'write-excel-file/node';
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

function sheetOf(table: ExportTable, name: string): Sheet<Buffer> {
	const header: Cell[] = table.columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' }));
	const rows: SheetData = exportRows(table).map((row) =>
		row.map((cell, index): Cell => {
			if (cell === null) return null;
			if (typeof cell === 'number') return { value: cell, type: Number, format: numberFormat(table.columns[index]!) };
			return { value: cell, type: String };
		})
	);
	return {
		data: [header, ...rows],
		sheet: name,
		stickyRowsCount: 1,
		columns: table.columns.map((column) => ({ width: column.width ?? Math.max(10, column.header.length + 2) }))
	};
}

export async function tableToXlsx(table: ExportTable): Promise<Buffer> {
	return tablesToXlsx([table]);
}

/**
 * One sheet per table, in order. Sheet names must differ in Excel (case-insensitively) after shortening to 31
 * characters: a repeated one gets " (2)", " (3)" … at its end.
 */
export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
	const used = new Set<string>();
	const sheets = tables.map((table) => {
		const base = sheetName(table.sheetName);
		let name = base;
		for (let n = 2; used.has(name.toLocaleLowerCase('sv')); n++) name = `${base.slice(0, 31 - ` (${n})`.length).trim()} (${n})`;
		used.add(name.toLocaleLowerCase('sv'));
		return sheetOf(table, name);
	});
	return writeXlsxFile(sheets).toBuffer();
}
