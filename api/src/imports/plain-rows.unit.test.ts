import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FileCheck } from './check-file.ts';
import { BinaryCopyEncoder } from './copy-binary.ts';
import type { Dataset } from './dataset.ts';
import { kolada } from './datasets/kolada.ts';
import { pvKontakter } from './datasets/pv-kontakter.ts';
import { mapHeader } from './header.ts';
import { PlainRowEncoder } from './plain-rows.ts';
import { Coverage } from './publish.ts';
import { openCsv } from './read-csv.ts';
import { RowChecker, type RowReject } from './validate.ts';

const reference = { municipalities: new Set(['1480', '1490', '1492']), county: '14' };

/** What an import makes of a file: its COPY tuples (in no particular order), rejects and coverage. */
async function readFile(dataset: Dataset, file: Buffer, pieceSize: number, plainLines: boolean) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < file.length; i += pieceSize) chunks.push(file.subarray(i, i + pieceSize));
  const csv = await openCsv(Readable.from(chunks), { plainLines });
  const shape = { headerWidth: csv.header.length, positions: mapHeader(dataset, csv.header).positions };
  const checker = new RowChecker(dataset, shape, reference, '42');
  const coverage = new Coverage(dataset, checker.columns.map((c) => c.name));
  const rejects: RowReject[] = [];
  const check = new FileCheck(csv, checker, coverage, { add: (found) => void rejects.push(...found) });
  const encoder = new BinaryCopyEncoder(checker.columns);
  const plain = plainLines ? new PlainRowEncoder(checker, encoder, coverage, csv) : undefined;
  const bytes: Buffer[] = [];
  for await (const batch of check.batches(encoder, plain)) bytes.push(batch);
  bytes.push(encoder.finish());
  const byLine = (a: RowReject, b: RowReject) => a.line - b.line || (a.columnNumber ?? 0) - (b.columnNumber ?? 0);
  return {
    tuples: tuples(Buffer.concat(bytes)).sort(),
    rejects: rejects.sort(byLine),
    periods: coverage.periodStarts,
    orgUnits: coverage.orgUnitCodes,
    replaced: coverage.takeReplacement(),
    candidates: checker.ids?.candidates,
    rowsTotal: check.rowsTotal,
    rowsRejected: check.rowsRejected,
    rowsFromBytes: check.rowsFromBytes,
  };
}

/** The tuples of a binary COPY stream, each as the hex of its fields. */
function tuples(data: Buffer): string[] {
  const found: string[] = [];
  let at = 19; // signature, flags, header extension
  for (let fields = data.readInt16BE(at); fields !== -1; fields = data.readInt16BE(at)) {
    at += 2;
    const values: string[] = [];
    for (let i = 0; i < fields; i++) {
      const length = data.readInt32BE(at);
      at += 4;
      values.push(length < 0 ? 'null' : data.toString('hex', at, at + length));
      if (length > 0) at += length;
    }
    found.push(values.join(' '));
  }
  expect(at).toBe(data.length - 2);
  return found;
}

/** Reads the file both ways, in pieces of every size given; they must agree. Returns the plain road's result. */
async function bothWays(dataset: Dataset, file: Buffer, sizes = [1, 3, 7, 64, 1 << 16]) {
  const expected = await readFile(dataset, file, 1 << 16, false);
  expect(expected.rowsFromBytes).toBe(0);
  let last;
  for (const size of sizes) {
    last = await readFile(dataset, file, size, true);
    expect({ ...last, rowsFromBytes: 0 }).toEqual(expected);
  }
  return { records: expected, plain: last! };
}

const pvHeader = 'kontakt_id;vardenhet_id;kommun;kon;aldersgrupp;kontaktdatum;forsta_kontakt_datum;yrkeskategori;kontaktform;vardgaranti;medicinsk_bedomning';

describe('plain lines read as bytes (the fast road) and as records (the reference road)', () => {
  it('agree on valid rows, in LF and CRLF files, with values spaced, cased and spelled every accepted way', async () => {
    const lines = [
      'K1;VC1;1480;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N',
      ' K2 ;VC1; 1490 ;m;80+;20250201;20250201;Sjukskoterska;VIDEO;ja;nej',
      'K3;  VC2;1492;M;18 - 64;2025-02-28;2025-02-01;annan;chatt;1;0',
      '',
      'K4;VC2;1480;K;65-79;2025-03-01;2025-03-01;psykolog;hembesok;true;false',
      'K1;VC3;1480;K;0-17;2025-03-02;2025-03-02;lakare;telefon;N;J',
      'K8\t;VC4\r;1480;K;0-17;2025-03-03;2025-03-03;lakare;telefon;N;J',
    ];
    for (const newline of ['\n', '\r\n']) {
      const file = Buffer.from([pvHeader, ...lines, ''].join(newline));
      const { plain } = await bothWays(pvKontakter, file);
      expect(plain.rowsFromBytes).toBe(6);
      expect(plain.tuples).toHaveLength(6);
      expect(plain.rejects).toEqual([]);
      expect(plain.periods).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
      expect(plain.orgUnits).toEqual(['1480', '1490', '1492']);
      expect(plain.candidates).toEqual(new Set(['K1']));
    }
  });

  it('agree on every kind of reject, and leave such lines to the record checks', async () => {
    const file = Buffer.from(
      [
        pvHeader,
        'K1;VC1;9999;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N',
        'K2;VC1;1480;X;0-17;2025-02-30;2025-01-30;tandlakare;fysiskt;kanske;N',
        ';VC1;1480;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N',
        `${'K'.repeat(65)};VC1;1480;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N`,
        'K5;VC1;1480;K;0-17;2025-01-31',
        'K6;VC1;1480;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N;extra',
        '\r',
        'K7;VC1;1480;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N',
        '',
      ].join('\n'),
    );
    const { plain } = await bothWays(pvKontakter, file);
    expect(plain.rowsFromBytes).toBe(1);
    expect(plain.rowsTotal).toBe(8);
    expect(plain.rowsRejected).toBe(7);
    expect(plain.rejects.map((r) => [r.line, r.column])).toEqual([
      [2, 'kommun'],
      [3, 'kon'],
      [3, 'kontaktdatum'],
      [3, 'yrkeskategori'],
      [3, 'vardgaranti'],
      [4, 'kontakt_id'],
      [5, 'kontakt_id'],
      [6, null],
      [7, null],
      [8, null],
    ]);
  });

  it('agree on text that is not ASCII, in UTF-8 and in Windows-1252, and on columns in another order', async () => {
    const header = 'kommun;kontakt_id;vardenhet_id;kon;aldersgrupp;kontaktdatum;forsta_kontakt_datum;yrkeskategori;kontaktform;vardgaranti;medicinsk_bedomning;anteckning';
    const lines = [
      '1480;K1;Vårdcentralen Åby;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N;ö',
      '1480;K2;VC1;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N;',
      '1480;Ö3;VC1;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N;x',
    ];
    const text = [header, ...lines, ''].join('\r\n');
    for (const file of [Buffer.from(text), Buffer.from(text, 'latin1')]) {
      const { plain } = await bothWays(pvKontakter, file);
      expect(plain.rowsFromBytes).toBe(1);
      expect(plain.tuples).toHaveLength(3);
      expect(plain.tuples.join()).toContain(Buffer.from('Vårdcentralen Åby').toString('hex'));
    }
  });

  it('agree on quoted lines among plain ones, whichever piece they fall in', async () => {
    // Past the first 64 kB, which is read whole to see the encoding; a quoted field spans two lines.
    const lines = Array.from({ length: 3_000 }, (_, i) =>
      i % 1_500 === 700
        ? `K${i};"VC;\n${i}";1480;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N`
        : `K${i};VC${i};1480;K;0-17;2025-01-31;2025-01-30;lakare;fysiskt;J;N`,
    );
    const file = Buffer.from([pvHeader, ...lines, ''].join('\n'));
    const { plain } = await bothWays(pvKontakter, file, [7, 1_000, 1 << 16]);
    expect(plain.tuples).toHaveLength(3_000);
    expect(plain.rejects).toEqual([]);
    expect(plain.rowsFromBytes).toBeGreaterThan(500);
    expect(plain.rowsFromBytes).toBeLessThan(3_000);
  });

  it('agree on Kolada figures: the county, missing-value markers and their reasons, decimal commas', async () => {
    const file = Buffer.from(
      [
        'kpi;kommun;ar;kon;varde',
        'N21704;1480;2024;T;12,5',
        'N21704;1490;2024;K;..',
        'N21704;0014;2024;M;-',
        'U21401;1480;2023;T;.',
        'U21401;1480;2023;K;',
        'U21401;1480;2023;M;7.25',
        'U21401;1480;1800;M;7.25',
        '',
      ].join('\n'),
    );
    const { plain } = await bothWays(kolada, file);
    expect(plain.rowsFromBytes).toBe(6);
    expect(plain.replaced).toEqual({
      periodStarts: ['2023-01-01', '2024-01-01'],
      periodLabels: ['2023', '2024'],
      keys: [
        ['2023-01-01', '2024-01-01'],
        ['U21401', 'N21704'],
      ],
    });
    expect(plain.orgUnits).toEqual(['14', '1480', '1490']);
    expect(plain.rejects.map((r) => [r.line, r.column])).toEqual([[8, 'ar']]);
  });
});
