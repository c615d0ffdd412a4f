import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { befolkning } from '../imports/datasets/befolkning.ts';
import { kolada } from '../imports/datasets/kolada.ts';
import { inputAsCsv, JsonFormatError } from './json-input.ts';

const row = (municipality: string, value: number | null, status = '') =>
  ({ kpi: 'N21704', period: 2023, municipality, values: [{ gender: 'T', value, count: 1, status }] });

/** The bytes in pieces of `size`, to cut pages, strings and UTF-8 characters anywhere. */
function chunked(content: string | Buffer, size: number): Readable {
  const bytes = Buffer.from(content);
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
  return Readable.from(pieces);
}

const csvOf = async (content: string | Buffer, size = 64 * 1024) => text(await inputAsCsv(kolada, chunked(content, size)));

async function failure(content: string): Promise<string> {
  try {
    await csvOf(content);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonFormatError);
    return (error as Error).message;
  }
  return 'no error';
}

const fix =
  'Spara svaren från Kolada:s API oförändrade – en sida { … } eller en lista med sidor [{ … }, { … }] – ' +
  'eller importera en CSV-fil med kolumnerna kpi;kommun;ar;kon;varde.';

describe('JSON input of the kolada dataset', () => {
  it('leaves other datasets and CSV files alone', async () => {
    const input = Readable.from([Buffer.from('ar;kommun\n')]);
    expect(await inputAsCsv(befolkning, input)).toBe(input);
    const csv = Buffer.from('\uFEFFkpi;kommun;ar;kon;varde\nN21704;1480;2023;T;1,5\n');
    expect(await buffer(await inputAsCsv(kolada, chunked(csv, 2)))).toEqual(csv);
  });

  it('turns one page, after a BOM and white space, into CSV', async () => {
    const page = { count: 1, values: [row('1480', 7.5)], next_page: null };
    expect(await csvOf(`\uFEFF \n${JSON.stringify(page)}\n`)).toBe('kpi;kommun;ar;kon;varde\nN21704;1480;2023;T;7.5\n');
  });

  it('splits a list of pages however the bytes arrive, whatever the strings hold', async () => {
    const tricky = { ...row('1490', null, '..'), note: 'Göteborg } ] { "citat" \\ slut' };
    const pages = [
      { count: 2, values: [row('1480', 1), tricky], next_page: 'https://api.kolada.se/v2/x?page=2' },
      { values: [row('0014', 2.25)], next_url: null, total_count: 3 },
    ];
    const json = JSON.stringify(pages, null, 2);
    const expected = 'kpi;kommun;ar;kon;varde\nN21704;1480;2023;T;1\nN21704;1490;2023;T;..\nN21704;0014;2023;T;2.25\n';
    for (const size of [1, 3, 7, 4096]) expect(await csvOf(json, size)).toBe(expected);
    expect(await csvOf('[ ]')).toBe('kpi;kommun;ar;kon;varde\n');
  });

  it('says what is wrong, where and how to fix it', async () => {
    const page = JSON.stringify({ values: [row('1480', 1)] });
    expect(await failure(`[\n${page},\n${page}\n] x`)).toBe(
      `Filen är inte giltig JSON: oväntat tecken 'x' på rad 4, tecken 3: efter JSON-dokumentets slut får bara blanktecken följa. ${fix}`,
    );
    expect(await failure(`[\n${page}\n${page}]`)).toBe(`Filen är inte giltig JSON: oväntat tecken '{' på rad 3, tecken 1: förväntade , eller ] efter sidan. ${fix}`);
    expect(await failure(`[${page},\n{"values": [`)).toBe(
      `Filen är inte giltig JSON: den tar slut på rad 2, tecken 12 – sidan som börjar på rad 2, tecken 1 avslutas aldrig. ${fix}`,
    );
    expect(await failure(`[${page},\n{"values": [],\n  "count": 1,}]`)).toBe(
      `Filen är inte giltig JSON: fel på rad 3, tecken 14 (Expected double-quoted property name). ${fix}`,
    );
    // V8 gives no position for this one: the page is the place.
    expect(await failure(`\n {"values": [tru]}`)).toMatch(/^Filen är inte giltig JSON: fel i sidan som börjar på rad 2, tecken 2 \(.+\)\. Spara svaren/);
    expect(await failure(`{"values": [{"kpi": "N21704", "period": 2023}]}`)).toBe(
      `Filen har inte formen av Kolada:s svar: i sidan som börjar på rad 1, tecken 1 är values[0].municipality: saknas eller är inte text. ${fix}`,
    );
  });

  it('refuses bytes that are not UTF-8', async () => {
    await expect(csvOf(Buffer.concat([Buffer.from('{"values": ["'), Buffer.from([0xff]), Buffer.from('"]}')]))).rejects.toThrow(
      /^Filen är inte giltig UTF-8/,
    );
  });
});
