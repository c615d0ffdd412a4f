import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportFileName, exportValue, tableToCsv, type ExportTable } from './table';
import { tableToXlsx } from './xlsx';

const table: ExportTable = {
	sheetName: 'Dagar: utskrivningsklara',
	columns: [
		{ header: 'enhet', type: 'text' },
		{ header: 'täljare', type: 'integer' },
		{ header: 'värde', type: 'decimal', decimals: 2 },
		{ header: 'status', type: 'text' }
	],
	rows: [
		['Lysekil', 123.4, 12.345, 'Röd'],
		['Dals-Ed', null, null, 'för få – undertryckt'],
		['Tanum', 7, -0.004, '-']
	]
};

describe('exportValue', () => {
	it('rounds integers and decimals half away from zero, and keeps text', () => {
		expect(exportValue({ header: 'n', type: 'integer' }, 2.5)).toBe(3);
		expect(exportValue({ header: 'v', type: 'decimal', decimals: 2 }, 0.125)).toBe(0.13);
		expect(exportValue({ header: 'v', type: 'decimal', decimals: 1 }, -1.25)).toBe(-1.3);
		expect(exportValue({ header: 'v', type: 'decimal' }, 1.005)).toBe(1.01);
		expect(exportValue({ header: 'v', type: 'decimal', decimals: 2 }, -0.004)).toBe(0);
		expect(exportValue({ header: 't', type: 'text' }, 'Göteborg')).toBe('Göteborg');
		expect(exportValue({ header: 'v', type: 'decimal' }, null)).toBe(null);
		expect(exportValue({ header: 'v', type: 'decimal' }, Number.NaN)).toBe(null);
	});
});

describe('tableToCsv', () => {
	it('writes a BOM, semicolons, decimal commas, CRLF, and empty cells for nothing', () => {
		expect(tableToCsv(table)).toBe(
			'\uFEFFenhet;täljare;värde;status\r\n' +
				'Lysekil;123;12,35;Röd\r\n' +
				'Dals-Ed;;;för få – undertryckt\r\n' +
				"Tanum;7;0;'-\r\n"
		);
	});
});

describe('exportFileName', () => {
	it('keeps letters, digits and dashes, without diacritics', () => {
		expect(exportFileName(['dagar-utskrivningsklar', 'Göteborg', '2026-Q1'], 'csv')).toBe(
			'dagar-utskrivningsklar_Goteborg_2026-Q1.csv'
		);
		expect(exportFileName(['Västra Götalands län', 'år 2025/26'], 'xlsx')).toBe('Vastra-Gotalands-lan_ar-2025-26.xlsx');
		expect(exportFileName(['"";'], 'csv')).toBe('data.csv');
	});
});

describe('tableToXlsx', () => {
	it('writes one sheet with the header, numbers as numbers and empty cells for nothing', async () => {
		const files = unzipSync(new Uint8Array(await tableToXlsx(table)));
		const workbook = strFromU8(files['xl/workbook.xml']!);
		// The colon is not allowed in a sheet name.
		expect(workbook).toContain('name="Dagar  utskrivningsklara"');
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
		const rows = [...sheet.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((match) => match[1]!);
		expect(rows).toHaveLength(4);
		const numbers = (row: string) => [...row.matchAll(/<c [^>]*?(?<!t="s")(?<!t="inlineStr")><v>([^<]*)<\/v><\/c>/g)].map((m) => m[1]);
		expect(numbers(rows[1]!)).toEqual(['123', '12.35']);
		// The suppressed row: its number columns are no cells at all, not zeros.
		expect([...rows[2]!.matchAll(/<c r="([A-Z]+)3"/g)].map((m) => m[1])).toEqual(['A', 'D']);
		expect(numbers(rows[2]!)).toEqual([]);
		expect(numbers(rows[3]!)).toEqual(['7', '0']);
		const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()) + sheet;
		for (const text of ['enhet', 'täljare', 'Lysekil', 'Dals-Ed', 'för få – undertryckt', '-']) expect(strings).toContain(text);
	});
});
