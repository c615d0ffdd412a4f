import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, openCsv, type CsvRecord } from './read-csv.ts';

/** The file in pieces of `size` bytes, as a stream delivers it. */
function pieces(text: string, size: number): Readable {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

async function readAll(text: string, size: number): Promise<{ header: string[]; records: CsvRecord[] }> {
  const csv = await openCsv(pieces(text, size));
  const records: CsvRecord[] = [];
  for await (const batch of csv.batches) records.push(...(batch as CsvRecord[]));
  return { header: csv.header, records };
}

const tricky =
  'a;b;c\r\n' +
  '1;"två ""citat"" här";x\r\n' +
  '\r\n' + // an empty line: skipped, but counted
  '2;"rad\r\nbrytning";y\r\n' +
  '3;"semi;kolon";z\r\n' +
  '4;;\r\n';

describe('reading a CSV file in streamed pieces', () => {
  // Every piece size from one byte up: quotes, escaped quotes, CRLF and multi-byte å split anywhere.
  it.each([1, 2, 3, 5, 7, 11, 64, 1 << 16])('gives the same records and line numbers in pieces of %i bytes', async (size) => {
    const { header, records } = await readAll(tricky, size);
    expect(header).toEqual(['a', 'b', 'c']);
    expect(records).toEqual([
      { line: 2, fields: ['1', 'två "citat" här', 'x'] },
      { line: 4, fields: ['2', 'rad\r\nbrytning', 'y'] },
      { line: 6, fields: ['3', 'semi;kolon', 'z'] },
      { line: 7, fields: ['4', '', ''] },
    ]);
  });

  it('reads the last record without a final newline, and LF files', async () => {
    const { records } = await readAll('a,b\n1,2\n3,4', 3);
    expect(records).toEqual([
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it.each([1, 4, 1 << 16])('names the line of a quote that is never closed (pieces of %i bytes)', async (size) => {
    const error = await readAll('a;b\n1;2\n3;"öppen\n4;5\n', size).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error).toMatchObject({ message: 'Filen är inte giltig CSV: ett citattecken avslutas aldrig', line: 3 });
  });

  it('names the line of a closing quote followed by something else', async () => {
    const error = await readAll('a;b\n1;2\n3;"x"y\n', 2).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'Filen är inte giltig CSV: ett citattecken följs av annat än ett skiljetecken', line: 3 });
  });

  it('refuses an empty file, and a file of empty lines, as having no header', async () => {
    for (const text of ['', '\n\n', '\r\n\r\n']) {
      await expect(readAll(text, 4)).rejects.toMatchObject({ message: 'Filen är tom: den saknar rubrikrad', line: 1 });
    }
  });
});
