import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file's rows, produced one at a time: the generators never hold a whole file. */
export type Rows = Iterable<readonly string[]>;

/** Lines are handed to the file in chunks of about this size, not one write per line. */
const chunkChars = 64 * 1024;

/**
 * Writes a semicolon-separated UTF-8 file, the format Swedish systems export, with an LF after
 * every line. Readable.from pulls the next chunk only when the file stream asks for more, so a
 * slow disk slows the generator down instead of filling memory. Returns the number of data lines.
 */
export async function writeCsvFile(path: string, header: readonly string[], rows: Rows): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let buffer = csvLine(header);
    for (const row of rows) {
      count++;
      buffer += csvLine(row);
      if (buffer.length >= chunkChars) {
        yield buffer;
        buffer = '';
      }
    }
    yield buffer;
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), createWriteStream(path));
  return count;
}

/** Quotes a field only when it must be: it holds the separator, a quote or a line break. */
function csvLine(fields: readonly string[]): string {
  return `${fields.map((field) => (/[;"\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(';')}\n`;
}
