import { describe, expect, it } from 'vitest';
import type { ImportReject, ImportRejectPage } from '../graphql/operations';
import { rejectsCsvFileName, rejectsCsvStream } from './rejects-csv';

const reject = (lineNumber: number, value: string | null, reason: string): ImportReject => ({
	lineNumber,
	column: value === null ? null : 'kommun',
	columnNumber: value === null ? null : 3,
	value,
	reason
});

async function read(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('rejectsCsvStream', () => {
	it('writes the BOM, the header and every page, asking for the next page by cursor', async () => {
		const pages: Record<string, ImportRejectPage> = {
			'3:3': {
				rejects: [reject(4, '=1+1', "Okänt värde '=1+1'")],
				nextCursor: '4:3',
				totalCount: 4
			},
			'4:3': {
				rejects: [reject(5, null, 'Raden har 3 fält; rubrikraden har 5')],
				nextCursor: null,
				totalCount: 4
			}
		};
		const asked: string[] = [];
		const first: ImportRejectPage = {
			rejects: [
				reject(2, '9999', 'Okänd kommunkod 9999 – förväntade en av Västra Götalands 49 kommuner'),
				reject(3, 'a;b', 'Citat "så här"')
			],
			nextCursor: '3:3',
			totalCount: 4
		};
		const bytes = await read(
			rejectsCsvStream(first, async (cursor) => {
				asked.push(cursor);
				return pages[cursor]!;
			})
		);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes.subarray(3)).split('\r\n')).toEqual([
			'rad;kolumn;kolumnnummer;värde;orsak',
			'2;kommun;3;9999;Okänd kommunkod 9999 – förväntade en av Västra Götalands 49 kommuner',
			'3;kommun;3;"a;b";"Citat ""så här"""',
			"4;kommun;3;'=1+1;Okänt värde '=1+1'",
			'5;;;;"Raden har 3 fält; rubrikraden har 5"',
			''
		]);
		expect(asked).toEqual(['3:3', '4:3']);
	});

	it('writes only the header when there are no rejects, and stops at the row limit', async () => {
		const empty = await read(
			rejectsCsvStream({ rejects: [], nextCursor: null, totalCount: 0 }, () => {
				throw new Error('not asked');
			})
		);
		const withBom = new TextDecoder('utf-8', { ignoreBOM: true });
		expect(withBom.decode(empty)).toBe('\uFEFFrad;kolumn;kolumnnummer;värde;orsak\r\n');

		let asked = 0;
		const limited = await read(
			rejectsCsvStream(
				{ rejects: [reject(2, '1', 'x'), reject(3, '2', 'y')], nextCursor: '3:3', totalCount: 9 },
				async () => {
					asked++;
					return { rejects: [reject(4, '3', 'z')], nextCursor: '4:3', totalCount: 9 };
				},
				3
			)
		);
		expect(new TextDecoder().decode(limited).split('\r\n').slice(1, -1)).toEqual([
			'2;kommun;3;1;x',
			'3;kommun;3;2;y',
			'4;kommun;3;3;z'
		]);
		expect(asked).toBe(1);
	});

	it('breaks the stream off when a later page fails', async () => {
		const stream = rejectsCsvStream(
			{ rejects: [reject(2, '1', 'x')], nextCursor: '2:3', totalCount: 2 },
			() => Promise.reject(new Error('API down'))
		);
		await expect(read(stream)).rejects.toThrow('API down');
	});

	it('names the file after the import', () => {
		expect(rejectsCsvFileName('12')).toBe('avvisade-import-12.csv');
	});
});
