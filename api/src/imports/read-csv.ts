import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import Papa from 'papaparse';

/**
 * Reads a CSV file as Swedish systems and Excel write them: UTF-8 with or without BOM or
 * Windows-1252, separated by semicolons, commas or tabs, CRLF or LF, quoted fields. Streams: only
 * one chunk of the file is in memory at a time, whatever its size. Records come in batches (one per
 * chunk of the file), since a million awaits, one per record, would cost more than the parsing.
 */
export interface CsvRecord {
  /** Line in the file where the record starts (1 = the header). */
  line: number;
  fields: string[];
}

export interface CsvFile {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ';' | ',' | '\t';
  header: string[];
  batches: AsyncIterable<CsvRecord[]>;
  /** Bytes read so far, and the SHA-256 of the whole file once records are exhausted. */
  bytesRead(): number;
  sha256(): string;
}

export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

/** Enough text to see the header and a few rows; Excel's header lines are short. */
const sniffBytes = 64 * 1024;

export async function openCsv(input: Readable): Promise<CsvFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;

  // Collect the first bytes to decide the encoding, then decode everything with that one decoder.
  let head = Buffer.alloc(0);
  let done = false;
  while (head.length < sniffBytes && !done) {
    const next = await chunks.next();
    if (next.done) done = true;
    else {
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      hash.update(chunk);
      bytes += chunk.length;
      head = Buffer.concat([head, chunk]);
    }
  }
  const hasBom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const encoding = hasBom || isUtf8(head, done) ? 'utf-8' : 'windows-1252';
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  const firstText = decoder.decode(head, { stream: !done });
  const delimiter = detectDelimiter(firstText);

  async function* text(): AsyncGenerator<string> {
    yield firstText;
    while (!done) {
      const next = await chunks.next();
      if (next.done) break;
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      hash.update(chunk);
      bytes += chunk.length;
      yield decoder.decode(chunk, { stream: true });
    }
    yield decoder.decode();
  }

  const records = new RecordSplitter(delimiter, detectNewline(firstText));
  const pieces = text();
  // The header is the first record, in whichever piece of text it ends.
  let pending: CsvRecord[] = [];
  let exhausted = false;
  while (pending.length === 0 && !exhausted) {
    const piece = await pieces.next();
    exhausted = Boolean(piece.done);
    pending = records.split(piece.done ? '' : piece.value, exhausted);
  }
  const header = pending.shift();
  if (!header) throw new CsvFormatError('Filen är tom: den saknar rubrikrad', 1);

  async function* batches(): AsyncGenerator<CsvRecord[]> {
    if (pending.length) yield pending;
    if (exhausted) return;
    for (let piece = await pieces.next(); !piece.done; piece = await pieces.next()) {
      const batch = records.split(piece.value, false);
      if (batch.length) yield batch;
    }
    const last = records.split('', true);
    if (last.length) yield last;
  }

  let digest: string | undefined;
  return {
    encoding,
    delimiter,
    header: header.fields,
    batches: batches(),
    bytesRead: () => bytes,
    sha256: () => (digest ??= hash.digest('hex')),
  };
}

/**
 * Splits decoded text into records with Papa Parse's core parser, keeping what follows the last
 * complete record for the next piece, and counts lines so every record knows where it starts
 * (a quoted field may span lines; empty lines are skipped but counted).
 */
class RecordSplitter {
  private readonly parser: Papa.Parser;
  private pending = '';
  private line = 1;

  constructor(delimiter: string, newline: '\n' | '\r\n') {
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  }

  split(text: string, final: boolean): CsvRecord[] {
    const input = this.pending + text;
    const result = this.parser.parse(input, 0, !final) as Papa.ParseResult<string[]>;
    this.pending = final ? '' : input.slice(result.meta.cursor);
    // Without `final` the parser leaves the incomplete last record alone; a problem it saw there
    // is seen again, and reported, once the record is complete.
    const problem = result.errors.find((error) => final || (error.row ?? 0) < result.data.length);
    const records: CsvRecord[] = [];
    const { data } = result;
    // Without a quote in the text no field can span lines (Papa Parse then just splits it, too).
    const quoted = input.includes('"');
    for (let index = 0; index < data.length; index++) {
      if (problem && index === problem.row) break;
      const fields = data[index]!;
      const start = this.line;
      this.line += quoted ? 1 + fields.reduce((n, field) => (field.includes('\n') ? n + field.split('\n').length - 1 : n), 0) : 1;
      if (fields.length !== 1 || fields[0] !== '') records.push({ line: start, fields });
    }
    if (problem) throw new CsvFormatError(csvProblem(problem.code), this.line);
    return records;
  }
}

function csvProblem(code: string): string {
  const problems: Record<string, string> = {
    MissingQuotes: 'ett citattecken avslutas aldrig',
    InvalidQuotes: 'ett citattecken följs av annat än ett skiljetecken',
  };
  return `Filen är inte giltig CSV: ${problems[code] ?? code}`;
}

/** CRLF when the first line ends so (Excel on Windows), else LF. */
function detectNewline(text: string): '\n' | '\r\n' {
  const end = text.indexOf('\n');
  return end > 0 && text[end - 1] === '\r' ? '\r\n' : '\n';
}

/** Valid UTF-8, allowing a multi-byte character cut at the end of an incomplete sample. */
function isUtf8(sample: Buffer, complete: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** The separator that occurs most often outside quotes in the first line. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  const [best] = (Object.entries(counts) as [';' | ',' | '\t', number][]).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ';';
}

/**
 * A small UTF-8 reference file of our own (semicolons, a header row) as objects keyed by the
 * header, every value trimmed: the organisation and the demo populations.
 */
export async function readReferenceTable<Row extends Record<string, string>>(file: URL | string): Promise<Row[]> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const result = Papa.parse<Row>(text, {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
    transformHeader: (name) => name.trim(),
    transform: (value) => value.trim(),
  });
  const [problem] = result.errors;
  if (problem) throw new Error(`${String(file)}, rad ${(problem.row ?? 0) + 2}: ${problem.message}`);
  return result.data;
}
