import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvRow } from './csv';

describe('csvCell', () => {
	it('writes plain text as it is and numbers with a decimal comma', () => {
		expect(csvCell('user.create')).toBe('user.create');
		expect(csvCell('Åsa Öberg')).toBe('Åsa Öberg');
		expect(csvCell('a,b')).toBe('a,b'); // the comma is not our separator
		expect(csvCell(42)).toBe('42');
		expect(csvCell(-1.5)).toBe('-1,5');
		expect(csvCell(1234567.25)).toBe('1234567,25'); // no thousands separator: Excel reads it as one number
	});

	it('writes nothing for null, undefined and non-finite numbers', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell('')).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
	});

	it('quotes separators, quotes and line breaks, doubling inner quotes', () => {
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('säger "hej"')).toBe('"säger ""hej"""');
		expect(csvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
		expect(csvCell('rad 1\r\nrad 2')).toBe('"rad 1\r\nrad 2"');
		expect(csvCell('{"grants":[[],["editor"]]}')).toBe('"{""grants"":[[],[""editor""]]}"');
	});

	it('quotes leading and trailing spaces so they survive', () => {
		expect(csvCell(' a')).toBe('" a"');
		expect(csvCell('a ')).toBe('"a "');
	});

	it('neutralises text a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-2')).toBe("'-2");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\t=1')).toBe("'\t=1");
		expect(csvCell('a=b')).toBe('a=b');
	});
});

describe('csvRow and csvDocument', () => {
	it('joins cells with semicolons', () => {
		expect(csvRow(['a', null, 'b;c', 3])).toBe('a;;"b;c";3');
	});

	it('starts with the BOM and ends every row with CRLF', () => {
		const document = csvDocument([
			['tid', 'aktör'],
			['2026-01-01', 'a@b.se']
		]);
		expect(document).toBe('\uFEFFtid;aktör\r\n2026-01-01;a@b.se\r\n');
		expect(csvDocument([])).toBe('\uFEFF');
	});

	it('keeps line breaks inside quoted cells apart from row ends', () => {
		const document = csvDocument([['x\r\ny', 'z']]);
		expect(document).toBe('\uFEFF"x\r\ny";z\r\n');
	});
});
