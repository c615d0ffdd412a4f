import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/**
 * Reads a CSV file as Swedish systems and Excel write them: UTF-8 with or without BOM or
 * Windows-1252, separated by semicolons, commas or tabs, CRLF or LF, quoted fields. Streams: only
 * one chunk of the file is in memory at a time, whatever its size.
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
  records: AsyncIterable<CsvRecord>;
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

  const parser = parse({
    delimiter,
    relax_column_count: true, // a short or long row is a reject of that row, not of the file
    skip_empty_lines: true,
    info: true,
  });
  const feeding = (async () => {
    for await (const piece of text()) if (!parser.write(piece)) await new Promise((r) => parser.once('drain', r));
    parser.end();
  })();
  feeding.catch((error: unknown) => parser.destroy(error as Error));

  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number; records: number } }>;
  const first = await nextRecord(iterator);
  if (!first) throw new CsvFormatError('Filen är tom: den saknar rubrikrad', 1);

  async function* records(): AsyncGenerator<CsvRecord> {
    for (let next = await nextRecord(iterator); next; next = await nextRecord(iterator)) yield next;
    await feeding;
  }

  let digest: string | undefined;
  return {
    encoding,
    delimiter,
    header: first.fields,
    records: records(),
    bytesRead: () => bytes,
    sha256: () => (digest ??= hash.digest('hex')),
  };
}

async function nextRecord(
  iterator: AsyncIterator<{ record: string[]; info: { lines: number } }>,
): Promise<CsvRecord | undefined> {
  try {
    const next = await iterator.next();
    if (next.done) return undefined;
    // `info.lines` is the line where the record ends; a quoted field may span lines.
    const newlines = next.value.record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    return { line: next.value.info.lines - newlines, fields: next.value.record };
  } catch (error) {
    const csvError = error as { code?: string; lines?: number; message: string };
    if (csvError.code?.startsWith('CSV_')) {
      throw new CsvFormatError(csvProblem(csvError.code), csvError.lines);
    }
    throw error;
  }
}

function csvProblem(code: string): string {
  const problems: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'ett citattecken avslutas aldrig',
    CSV_INVALID_CLOSING_QUOTE: 'ett citattecken följs av annat än ett skiljetecken',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'ett citattecken följs av annat än ett skiljetecken',
  };
  return `Filen är inte giltig CSV: ${problems[code] ?? code}`;
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
