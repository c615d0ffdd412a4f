/**
 * The rejects of an import as CSV, in the format of the audit log export (and with its quoting and
 * formula guard): semicolons, CRLF, UTF-8 with a byte-order mark. Column names stay Swedish in
 * both languages, like the file contracts themselves.
 */
import { CSV_LINE_END, csvRow, UTF8_BOM, type CsvValue } from '../export/csv';
import type { ImportReject, ImportRejectPage } from '../graphql/operations';

export const REJECTS_CSV_HEADER = ['rad', 'kolumn', 'kolumnnummer', 'värde', 'orsak'] as const;

/** Excel's last row, less the header: more would be cut off without a word. */
export const REJECTS_CSV_MAX_ROWS = 1_048_575;

export function rejectsCsvFileName(batchId: string): string {
	return `avvisade-import-${batchId}.csv`;
}

export function rejectCsvRow(reject: ImportReject): CsvValue[] {
	return [reject.lineNumber, reject.column, reject.columnNumber, reject.value, reject.reason];
}

/**
 * The whole file as a stream, a page at a time: `first` is fetched already (so that refusals can
 * still become redirects before anything is sent), `next` fetches the page after a cursor when the
 * reader is ready for it. Memory stays at one page however many rejects a file had.
 */
export function rejectsCsvStream(
	first: ImportRejectPage,
	next: (cursor: string) => Promise<ImportRejectPage>,
	maxRows = REJECTS_CSV_MAX_ROWS
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let headerWritten = false;
	let page: ImportRejectPage | null = first;
	let cursor: string | null = null;
	let written = 0;

	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!headerWritten) {
				headerWritten = true;
				controller.enqueue(encoder.encode(UTF8_BOM + csvRow(REJECTS_CSV_HEADER) + CSV_LINE_END));
				return;
			}
			try {
				if (page === null && cursor !== null) page = await next(cursor);
			} catch (cause) {
				controller.error(cause);
				return;
			}
			const rows = page?.rejects.slice(0, maxRows - written) ?? [];
			if (rows.length > 0) {
				written += rows.length;
				controller.enqueue(
					encoder.encode(rows.map((row) => csvRow(rejectCsvRow(row)) + CSV_LINE_END).join(''))
				);
			}
			// An empty page ends the file too, should a cursor ever lead nowhere.
			cursor = rows.length > 0 && written < maxRows ? (page?.nextCursor ?? null) : null;
			page = null;
			if (cursor === null) controller.close();
		}
	});
}
