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

/**
 * Complete lines with no quote character in them, as the file's bytes: each line is one record
 * whose fields are what lies between the delimiters (or an empty line, which is skipped). Papa Parse
 * would only split them, so the importer may read them without making a string per field
 * (plain-rows.ts). Offered only when asked for, and only while no record is left half-read.
 */
export interface PlainLines {
  bytes: Buffer;
  /** Line in the file of the first. */
  firstLine: number;
}

export type CsvBatch = CsvRecord[] | PlainLines;

export interface CsvFile {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ';' | ',' | '\t';
  newline: '\n' | '\r\n';
  header: string[];
  batches: AsyncIterable<CsvBatch>;
  /** Bytes read so far, and the SHA-256 of the whole file once records are exhausted. */
  bytesRead(): number;
  sha256(): string;
  /** Bytes of the file (whole characters) as text. */
  decode(bytes: Uint8Array): string;
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
const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const quote = 0x22;

export async function openCsv(input: Readable, { plainLines = false } = {}): Promise<CsvFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const nextChunk = async (): Promise<Buffer | null> => {
    const next = await chunks.next();
    if (next.done) return null;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    hash.update(chunk);
    bytes += chunk.length;
    return chunk;
  };

  // The first bytes decide the encoding, the delimiter and the newline.
  let head: Buffer = Buffer.alloc(0);
  let ended = false;
  while (head.length < sniffBytes && !ended) {
    const chunk = await nextChunk();
    if (chunk) head = Buffer.concat([head, chunk]);
    else ended = true;
  }
  const hasBom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const encoding = hasBom || isUtf8(head, ended) ? 'utf-8' : 'windows-1252';
  const sample = new TextDecoder(encoding).decode(head);
  const delimiter = detectDelimiter(sample);
  const newline = detectNewline(sample);

  // The file is cut after its last complete line so far: a piece of it then holds whole lines
  // and whole characters, and may be read as plain lines or decoded on its own.
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  const records = new RecordSplitter(delimiter, newline);
  let buffered = head;
  let exhausted = ended;
  let finished = false;
  /** The next batch of records or plain lines; while the header is read, one line at a time. */
  async function nextBatch(plain: boolean, oneLine = false): Promise<CsvBatch | null> {
    for (;;) {
      const end = (oneLine ? buffered.indexOf(lineFeed) : buffered.lastIndexOf(lineFeed)) + 1;
      if (end > 0) {
        const complete = buffered.subarray(0, end);
        buffered = buffered.subarray(end);
        const lines = plain && records.idle ? plainLineCount(complete, newline) : null;
        if (lines !== null) return { bytes: complete, firstLine: records.skip(lines) };
        const batch = records.split(decoder.decode(complete, { stream: true }), false);
        if (batch.length) return batch;
      } else if (exhausted) break;
      else {
        const chunk = await nextChunk();
        if (chunk) buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
        else exhausted = true;
      }
    }
    if (finished) return null;
    finished = true;
    return records.split(decoder.decode(buffered), true);
  }

  // The header is the first record, in whichever line of the file it ends.
  let first: CsvRecord[] = [];
  while (first.length === 0) {
    const batch = await nextBatch(false, true);
    if (batch === null) throw new CsvFormatError('Filen är tom: den saknar rubrikrad', 1);
    first = batch as CsvRecord[];
  }
  const header = first.shift()!;

  async function* batches(): AsyncGenerator<CsvBatch> {
    if (first.length) yield first;
    for (let batch = await nextBatch(plainLines); batch !== null; batch = await nextBatch(plainLines)) {
      if (!Array.isArray(batch) || batch.length) yield batch;
    }
  }

  let digest: string | undefined;
  const fieldDecoder = new TextDecoder(encoding);
  return {
    encoding,
    delimiter,
    newline,
    header: header.fields,
    batches: batches(),
    bytesRead: () => bytes,
    sha256: () => (digest ??= hash.digest('hex')),
    decode: (part) => fieldDecoder.decode(part),
  };
}

/**
 * The number of lines in `bytes` (complete lines) when Papa Parse would only split them: no quote
 * character, and with CRLF newlines no line feed without its carriage return. Otherwise null.
 */
function plainLineCount(bytes: Buffer, newline: '\n' | '\r\n'): number | null {
  if (bytes.indexOf(quote) >= 0) return null;
  let lines = 0;
  for (let at = bytes.indexOf(lineFeed); at >= 0; at = bytes.indexOf(lineFeed, at + 1)) {
    if (newline === '\r\n' && bytes[at - 1] !== carriageReturn) return null;
    lines++;
  }
  return lines;
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

  /** True when no record is half-read: the next text starts a record. */
  get idle(): boolean {
    return this.pending === '';
  }

  /** Counts lines read elsewhere (plain lines); returns the number of the first. */
  skip(lines: number): number {
    const first = this.line;
    this.line += lines;
    return first;
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
