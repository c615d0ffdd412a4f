import type { TargetColumn } from './write-rows.ts';

/**
 * PostgreSQL's binary COPY format, written from canonical text values (values.ts): the server
 * then stores each value as sent, where text COPY would make it find delimiters, undo escapes and
 * parse every date, boolean and number again. A file is a signature, flags and header-extension
 * length (both 0), then per tuple a 16-bit field count and per field a 32-bit length (-1 for null)
 * and the value in the type's binary form; a 16-bit -1 ends it. All integers are big-endian.
 */
const signature = Buffer.from('PGCOPY\n\xff\r\n\0' + '\0'.repeat(8), 'latin1');
const trailer = Buffer.from([0xff, 0xff]);
/** How many distinct values of a column are remembered with their bytes. */
const memoLimit = 10_000;
/** Days from 1970-01-01 to PostgreSQL's epoch, 2000-01-01. */
const epochDays = 10_957;
const dayMicros = 86_400_000_000;
/** A batch's buffer starts at the size of the one before (most batches are alike), and at least this. */
const minimumCapacity = 64 * 1024;

const enum Kind {
  /** Free text: written as it comes. */
  Text,
  /** A 32-bit integer: nearly every value new (line numbers), and cheap to write. */
  Integer,
  /** Everything else repeats (codes, dates, booleans, the batch id): its bytes are remembered. */
  Remembered,
}

/**
 * Encodes rows, a batch at a time, into one buffer per batch, written byte by byte: each repeating
 * value's field (length and bytes) is made once and copied, free text is written as its characters
 * when they are ASCII. No string or buffer is made per value, so the garbage collector has next to
 * nothing to do. Rows come as canonical text (`add`), or field by field from lines read as bytes
 * (plain-rows.ts): `beginRow`, then one write per column.
 */
export class BinaryCopyEncoder {
  private readonly kinds: Kind[];
  /** Per column: canonical value → its field, length included. */
  private readonly memos: Map<string, Uint8Array>[];
  private readonly lastValues: (string | undefined)[];
  private readonly lastFields: Uint8Array[];
  private readonly width: number;
  private started = false;
  private out = Buffer.allocUnsafe(minimumCapacity);
  private position = 0;

  constructor(private readonly columns: readonly TargetColumn[]) {
    this.kinds = columns.map((c) =>
      c.sqlType === 'integer' ? Kind.Integer : c.sqlType === 'text' && !c.code ? Kind.Text : Kind.Remembered,
    );
    this.memos = columns.map(() => new Map());
    this.lastValues = columns.map(() => undefined);
    this.lastFields = columns.map(() => nullField);
    this.width = columns.length;
  }

  /** The bytes of rows (canonical text or null per column). */
  encode(rows: readonly (readonly (string | null)[])[]): Buffer {
    for (const row of rows) this.add(row);
    return this.take();
  }

  /** One row of canonical text (or null) per column. */
  add(row: readonly (string | null)[]): void {
    const { kinds, lastValues, lastFields, width } = this;
    this.beginRow();
    for (let i = 0; i < width; i++) {
      const value = row[i];
      if (value === null || value === undefined) this.writeField(nullField);
      else if (kinds[i] === Kind.Remembered) {
        // The same value as in the row before (the batch id; sorted files) skips the look-up.
        if (value !== lastValues[i]) {
          lastValues[i] = value;
          lastFields[i] = this.field(i, value);
        }
        this.writeField(lastFields[i]!);
      } else if (kinds[i] === Kind.Integer) this.writeInteger(Number(value));
      else this.writeText(value);
    }
  }

  /** The bytes encoded since the last call: the data's start included in the first, its end in the last. */
  take(): Buffer {
    this.begin();
    const bytes = this.out.subarray(0, this.position);
    // The bytes are sent on, not copied: the next batch gets a fresh buffer of the same size.
    this.out = Buffer.allocUnsafe(Math.max(minimumCapacity, this.out.length));
    this.position = 0;
    return bytes;
  }

  /** The end of the data (and its start, when there were no rows). */
  finish(): Buffer {
    this.begin();
    this.writeField(trailer);
    return this.take();
  }

  /** Starts a row: its number of fields. */
  beginRow(): void {
    this.begin();
    this.reserve(2);
    this.out[this.position++] = this.width >>> 8;
    this.out[this.position++] = this.width & 0xff;
  }

  /** A column's field for a canonical value (or null), made on first sight and remembered. */
  field(column: number, value: string | null): Uint8Array {
    if (value === null) return nullField;
    const memo = this.memos[column]!;
    const known = memo.get(value);
    if (known) return known;
    const encoded = encodeValue(this.columns[column]!.sqlType, value);
    const field = Buffer.allocUnsafe(4 + encoded.length);
    field.writeInt32BE(encoded.length);
    encoded.copy(field, 4);
    if (memo.size < memoLimit) memo.set(value, field);
    return field;
  }

  /** A field's bytes as `field` makes them (length included). */
  writeField(bytes: Uint8Array): void {
    const length = bytes.length;
    this.reserve(length);
    const out = this.out;
    let at = this.position;
    for (let j = 0; j < length; j++) out[at++] = bytes[j]!;
    this.position = at;
  }

  writeInteger(value: number): void {
    this.reserve(8);
    this.int32(4);
    this.int32(value);
  }

  /** Free text: ASCII characters are their UTF-8 bytes; anything else goes through the UTF-8 encoder. */
  writeText(value: string): void {
    const length = value.length;
    this.reserve(4 + length * 3);
    const start = this.position;
    const out = this.out;
    let at = start + 4;
    for (let j = 0; j < length; j++) {
      const code = value.charCodeAt(j);
      if (code >= 0x80) {
        at = start + 4 + out.write(value, start + 4, 'utf8');
        break;
      }
      out[at++] = code;
    }
    this.int32(at - start - 4);
    this.position = at;
  }

  /** Free text given as ASCII bytes (the same in UTF-8). */
  writeAscii(bytes: Uint8Array, start: number, end: number): void {
    this.reserve(4 + end - start);
    this.int32(end - start);
    const out = this.out;
    let at = this.position;
    for (let j = start; j < end; j++) out[at++] = bytes[j]!;
    this.position = at;
  }

  private begin(): void {
    if (this.started) return;
    this.started = true;
    this.writeField(signature);
  }

  /** A big-endian 32-bit integer at the current position (room reserved by the caller). */
  private int32(value: number): void {
    const out = this.out;
    const at = this.position;
    out[at] = value >>> 24;
    out[at + 1] = value >>> 16;
    out[at + 2] = value >>> 8;
    out[at + 3] = value;
    this.position = at + 4;
  }

  /** Room for `bytes` more, in a larger buffer when needed. */
  private reserve(bytes: number): void {
    if (this.position + bytes <= this.out.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.position + bytes));
    this.out.copy(larger, 0, 0, this.position);
    this.out = larger;
  }
}

const nullField = new Uint8Array([0xff, 0xff, 0xff, 0xff]);

/** One canonical text value (values.ts) in its type's binary form. */
export function encodeValue(type: TargetColumn['sqlType'], value: string): Buffer {
  switch (type) {
    case 'text':
      return Buffer.from(value, 'utf8');
    case 'boolean':
      return Buffer.from([value === 't' ? 1 : 0]);
    case 'integer': {
      const bytes = Buffer.allocUnsafe(4);
      bytes.writeInt32BE(Number(value));
      return bytes;
    }
    case 'bigint': {
      const bytes = Buffer.allocUnsafe(8);
      bytes.writeBigInt64BE(BigInt(value));
      return bytes;
    }
    case 'date': {
      const bytes = Buffer.allocUnsafe(4);
      bytes.writeInt32BE(daysSinceEpoch(value));
      return bytes;
    }
    case 'timestamp': {
      // YYYY-MM-DD HH:MM:SS as microseconds since 2000-01-01 00:00:00 (a timestamp without time zone).
      const [hours, minutes, seconds] = value.slice(11).split(':').map(Number) as [number, number, number];
      const micros = daysSinceEpoch(value.slice(0, 10)) * dayMicros + ((hours * 60 + minutes) * 60 + seconds) * 1_000_000;
      const bytes = Buffer.allocUnsafe(8);
      bytes.writeBigInt64BE(BigInt(micros));
      return bytes;
    }
    case 'numeric':
      return encodeNumeric(value);
  }
}

/** YYYY-MM-DD as days since 2000-01-01. */
function daysSinceEpoch(date: string): number {
  const days = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
  return days - epochDays;
}

/**
 * A decimal written as -?digits(.digits)? as PostgreSQL's numeric: base-10 000 digits, the weight
 * (power of 10 000) of the first, a sign and the number of decimals shown. Zero digit groups at
 * either end are left out, as the server itself stores them.
 */
export function encodeNumeric(value: string): Buffer {
  const negative = value.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const integer = whole.replace(/^0+/, '');
  const padded = '0'.repeat((4 - (integer.length % 4)) % 4) + integer + fraction + '0'.repeat((4 - (fraction.length % 4)) % 4);
  const groups: number[] = [];
  for (let i = 0; i < padded.length; i += 4) groups.push(Number(padded.slice(i, i + 4)));
  let weight = Math.ceil(integer.length / 4) - 1;
  while (groups.length && groups[0] === 0) {
    groups.shift();
    weight--;
  }
  while (groups.length && groups[groups.length - 1] === 0) groups.pop();
  const bytes = Buffer.allocUnsafe(8 + groups.length * 2);
  bytes.writeInt16BE(groups.length, 0);
  bytes.writeInt16BE(groups.length ? weight : 0, 2);
  bytes.writeUInt16BE(negative && groups.length ? 0x4000 : 0, 4);
  bytes.writeInt16BE(fraction.length, 6);
  groups.forEach((group, i) => bytes.writeInt16BE(group, 8 + i * 2));
  return bytes;
}
