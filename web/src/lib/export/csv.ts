/**
 * CSV for Swedish spreadsheets: semicolon-separated (Excel with Swedish settings uses the comma as
 * decimal separator, so numbers are written with a decimal comma), CRLF line ends (RFC 4180),
 * UTF-8 with a byte-order mark so that Excel reads å, ä and ö correctly. Every CSV download of
 * the web app (audit log, import rejects, indicator data) is written with these.
 */

export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';
export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

/**
 * One cell. Quoted (with inner quotes doubled) when it contains the separator, a quote, a line
 * break or leading/trailing spaces. A text that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or carriage return; OWASP "CSV injection") gets a leading apostrophe, so
 * a crafted name in the audit log cannot execute anything in the reader's spreadsheet. Numbers
 * are written in full with a decimal comma ("-1,5"), which Swedish Excel reads as a number;
 * round them first where fewer decimals are meant.
 */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
	let text = value;
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	if (/[;"\r\n]/.test(text) || text !== text.trim()) {
		return `"${text.replaceAll('"', '""')}"`;
	}
	return text;
}

export function csvRow(cells: readonly CsvValue[]): string {
	return cells.map(csvCell).join(CSV_SEPARATOR);
}

/** A whole file: BOM, then every row (the first is the header) ended by CRLF. */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
	return UTF8_BOM + rows.map((row) => csvRow(row) + CSV_LINE_END).join('');
}
