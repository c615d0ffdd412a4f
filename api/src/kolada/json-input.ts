import { Readable } from 'node:stream';
import type { Dataset } from '../imports/dataset.ts';
import { kolada } from '../imports/datasets/kolada.ts';
import { CsvFormatError } from '../imports/read-csv.ts';
import { koladaCsvHeader, KoladaShapeError, pageToCsv } from './json.ts';

/**
 * The kolada dataset also takes Kolada's JSON: a file whose first character (after a BOM and white
 * space) is `{` (one page) or `[` (a list of pages) is turned into the dataset's CSV before it reaches
 * the import. The file is split into pages as it streams, so only one page — at most 5 000 rows from
 * Kolada — is in memory at a time, and each page is parsed with JSON.parse.
 */

/**
 * A JSON file that cannot be read as Kolada's pages. A CsvFormatError, so that the import rejects the
 * batch with this message and publishes nothing, exactly as it does for broken CSV.
 */
export class JsonFormatError extends CsvFormatError {
  constructor(message: string) {
    super(message);
    this.name = 'JsonFormatError';
  }
}

/** Far above a real page (about 1.5 MB for 5 000 rows), low enough to refuse a whole file as one page. */
const maxPageChars = 64 * 1024 * 1024;

const howToFix =
  'Spara svaren från Kolada:s API oförändrade – en sida { … } eller en lista med sidor [{ … }, { … }] – ' +
  'eller importera en CSV-fil med kolumnerna kpi;kommun;ar;kon;varde.';

/**
 * What the import reads: for the kolada dataset, JSON as CSV; any other input unchanged. The import's
 * checksum is then the CSV's, so the same figures again are recognised however the JSON was laid out.
 */
export async function inputAsCsv(dataset: Dataset, input: Readable): Promise<Readable> {
  if (dataset.name !== kolada.name) return input;
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const head: Buffer[] = [];
  let first: number | undefined;
  for (let ended = false; first === undefined && !ended; ) {
    const next = await chunks.next();
    if (next.done) ended = true;
    else {
      head.push(Buffer.from(next.value));
      first = firstSignificantByte(Buffer.concat(head));
    }
  }
  async function* bytes(): AsyncGenerator<Buffer> {
    try {
      yield* head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value);
    } finally {
      await chunks.return?.(); // closes the file or upload when the import stops early
    }
  }
  const json = first === 0x7b || first === 0x5b; // { or [
  return Readable.from(json ? jsonToCsv(bytes()) : bytes());
}

/** The first byte that is not a BOM or white space; undefined while there may be more to read. */
function firstSignificantByte(buffer: Buffer): number | undefined {
  const bom = [0xef, 0xbb, 0xbf];
  let i = 0;
  if (buffer[0] === bom[0]) {
    if (buffer.length < bom.length) return undefined;
    if (buffer[1] === bom[1] && buffer[2] === bom[2]) i = bom.length;
  }
  while (i < buffer.length && [0x20, 0x09, 0x0a, 0x0d].includes(buffer[i]!)) i++;
  return buffer[i];
}

/** Kolada's JSON as the kolada dataset's CSV: the header, then the lines of each page as it is read. */
async function* jsonToCsv(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true }); // JSON is UTF-8 (RFC 8259); a BOM is dropped
  const splitter = new PageSplitter();
  const decode = (chunk?: Buffer) => {
    try {
      return decoder.decode(chunk, { stream: chunk !== undefined });
    } catch {
      throw new JsonFormatError(`Filen är inte giltig UTF-8 (efter rad ${splitter.position().line}). ${howToFix}`);
    }
  };
  yield koladaCsvHeader;
  for await (const chunk of bytes) {
    for (const page of splitter.push(decode(chunk))) yield pageCsv(page);
  }
  for (const page of splitter.push(decode())) yield pageCsv(page);
  splitter.end();
}

interface Position {
  line: number;
  column: number;
}

interface PageText {
  text: string;
  /** Where the page's `{` is in the file. */
  start: Position;
}

function pageCsv(page: PageText): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(page.text);
  } catch (error) {
    throw new JsonFormatError(syntaxMessage(page, (error as Error).message));
  }
  try {
    return pageToCsv(parsed);
  } catch (error) {
    if (!(error instanceof KoladaShapeError)) throw error;
    throw new JsonFormatError(
      `Filen har inte formen av Kolada:s svar: i sidan som börjar på ${where(page.start)} är ${error.message}. ${howToFix}`,
    );
  }
}

/**
 * V8 says where JSON.parse stopped as "in JSON at position N" (within the page) for most errors;
 * that offset becomes a line and column of the file. When it does not, the page is the place.
 */
function syntaxMessage(page: PageText, detail: string): string {
  const located = / in JSON at position (\d+).*$/.exec(detail);
  const place = located ? `på ${where(advance(page.start, page.text, Number(located[1])))}` : `i sidan som börjar på ${where(page.start)}`;
  return `Filen är inte giltig JSON: fel ${place} (${located ? detail.slice(0, located.index) : detail}). ${howToFix}`;
}

function where(position: Position): string {
  return `rad ${position.line}, tecken ${position.column}`;
}

/** The position of `text[offset]`, for a text that starts at `start`. */
function advance(start: Position, text: string, offset: number): Position {
  let { line, column } = start;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

/**
 * Splits the text of a JSON file into its pages: the file is one page object, or an array of page
 * objects. Tracks only what it must to find where a page ends — strings (with escapes) and the
 * nesting of brackets — and the file's structure around the pages; JSON.parse checks each page.
 */
class PageSplitter {
  private state: 'start' | 'firstInArray' | 'afterPage' | 'afterComma' | 'inPage' | 'done' = 'start';
  private inArray = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Of the character read last. */
  private line = 1;
  private column = 0;
  private pieces: string[] = [];
  private pageChars = 0;
  private pageStart: Position = { line: 1, column: 1 };

  position(): Position {
    return { line: this.line, column: this.column };
  }

  /** The pages that end in this chunk of text. */
  push(chunk: string): PageText[] {
    const pages: PageText[] = [];
    let pageFrom = this.state === 'inPage' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === '\n') {
        this.line++;
        this.column = 0;
      } else this.column++;

      if (this.state === 'inPage') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === '\\') this.escaped = true;
          else if (c === '"') this.inString = false;
        } else if (c === '"') this.inString = true;
        else if (c === '{' || c === '[') this.depth++;
        else if ((c === '}' || c === ']') && --this.depth === 0) {
          this.pieces.push(chunk.slice(pageFrom, i + 1));
          pages.push({ text: this.pieces.join(''), start: this.pageStart });
          this.pieces = [];
          this.pageChars = 0;
          pageFrom = -1;
          this.state = this.inArray ? 'afterPage' : 'done';
        }
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
      if (this.state === 'start' && c === '[') {
        this.inArray = true;
        this.state = 'firstInArray';
        continue;
      }
      if (this.state === 'firstInArray' && c === ']') {
        this.state = 'done';
        continue;
      }
      if (this.state === 'afterPage' && (c === ',' || c === ']')) {
        this.state = c === ',' ? 'afterComma' : 'done';
        continue;
      }
      if (c !== '{' || this.state === 'afterPage' || this.state === 'done') throw this.unexpected(c ?? '');
      this.state = 'inPage';
      this.depth = 1;
      this.pageStart = this.position();
      pageFrom = i;
    }
    if (pageFrom >= 0) {
      const rest = chunk.slice(pageFrom);
      this.pieces.push(rest);
      this.pageChars += rest.length;
      if (this.pageChars > maxPageChars) {
        throw new JsonFormatError(
          `Sidan som börjar på ${where(this.pageStart)} är större än ${maxPageChars / 1024 / 1024} MB; ` +
            `en sida från Kolada har högst 5 000 rader. ${howToFix}`,
        );
      }
    }
    return pages;
  }

  /** The file has ended: it must have ended after its last page. */
  end(): void {
    if (this.state === 'done') return;
    const missing =
      this.state === 'inPage' ? `sidan som börjar på ${where(this.pageStart)} avslutas aldrig` : 'listan med sidor avslutas aldrig med ]';
    throw new JsonFormatError(`Filen är inte giltig JSON: den tar slut på ${where(this.position())} – ${missing}. ${howToFix}`);
  }

  private unexpected(c: string): JsonFormatError {
    const expected = {
      start: 'filen ska börja med { (en sida) eller [ (en lista med sidor)',
      firstInArray: 'förväntade en sida { … } eller ]',
      afterPage: 'förväntade , eller ] efter sidan',
      afterComma: 'förväntade en sida { … } efter kommatecknet',
      inPage: '', // never: inside a page JSON.parse is the judge
      done: 'efter JSON-dokumentets slut får bara blanktecken följa',
    }[this.state];
    return new JsonFormatError(`Filen är inte giltig JSON: oväntat tecken '${c}' på ${where(this.position())}: ${expected}. ${howToFix}`);
  }
}
