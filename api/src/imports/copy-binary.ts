import type { TargetColumn } from './write-rows.ts';

/**
 * PostgreSQL's binary COPY format, written from canonical text values (values.ts): the server
 * then stores each value as sent, where text COPY would make it find delimiters, undo escapes and
 * parse every date, boolean and number again. A file is a signature, flags and header-extension
 * length (both 0), then per tuple a 16-bit field count and per field a 32-bit length (-1 for null)
 * and the value in the type's binary form; a 16-bit -1 ends it. All integers are big-endian.
 */
const signature = 'PGCOPY\n\xff\r\n\0' + '\0'.repeat(8);
/** How many distinct values of a column are remembered with their bytes. */
const memoLimit = 10_000;
/** Days from 1970-01-01 to PostgreSQL's epoch, 2000-01-01. */
const epochDays = 10_957;
const dayMicros = 86_400_000_000;
const nullField = '\xff\xff\xff\xff';
const integerLength = int32(4);
const trueField = '\0\0\0\x01\x01';
const falseField = '\0\0\0\x01\0';

const enum Kind {
  /** Free text: written as it comes. */
  Text,
  /** A 32-bit integer: nearly every value new (line numbers), and cheap to write. */
  Integer,
  /** t or f. */
  Boolean,
  /** Everything else repeats (codes, dates, booleans, the batch id): its bytes are remembered. */
  Remembered,
}

/**
 * Encodes rows, a batch at a time, into one buffer per batch. The bytes are gathered as a string of
 * one character per byte (latin1) and turned into a buffer once per batch: V8 joins strings without
 * copying them, so a field costs little more than in text COPY, where byte-by-byte writes into a
 * buffer cost more than PostgreSQL saves.
 */
export class BinaryCopyEncoder {
  private readonly kinds: Kind[];
  /** Per column: canonical value → its length and bytes, as latin1 text. */
  private readonly memos: Map<string, string>[];
  private readonly lastValues: (string | undefined)[];
  private readonly lastFields: (string | undefined)[];
  private readonly fieldCount: string;
  private started = false;

  constructor(private readonly columns: readonly TargetColumn[]) {
    this.kinds = columns.map((c) =>
      c.sqlType === 'integer'
        ? Kind.Integer
        : c.sqlType === 'boolean'
          ? Kind.Boolean
          : c.sqlType === 'text' && !c.code
            ? Kind.Text
            : Kind.Remembered,
    );
    this.memos = columns.map(() => new Map());
    this.lastValues = columns.map(() => undefined);
    this.lastFields = columns.map(() => undefined);
    this.fieldCount = String.fromCharCode(columns.length >>> 8, columns.length & 0xff);
  }

  /** The bytes of rows (canonical text or null per column). */
  encode(rows: readonly (readonly (string | null)[])[]): Buffer {
    const { kinds, memos, columns, fieldCount, lastValues, lastFields } = this;
    const width = kinds.length;
    let bytes = this.started ? '' : signature;
    this.started = true;
    for (const row of rows) {
      bytes += fieldCount;
      for (let i = 0; i < width; i++) {
        const value = row[i];
        if (value === null || value === undefined) bytes += nullField;
        else if (kinds[i] === Kind.Remembered) {
          // The same value as in the row before (the batch id; sorted files) skips the look-up.
          if (value !== lastValues[i]) {
            const memo = memos[i]!;
            let field = memo.get(value);
            if (field === undefined) {
              const encoded = encodeValue(columns[i]!.sqlType, value);
              field = int32(encoded.length) + encoded.toString('latin1');
              if (memo.size < memoLimit) memo.set(value, field);
            }
            lastValues[i] = value;
            lastFields[i] = field;
          }
          bytes += lastFields[i]!;
        } else if (kinds[i] === Kind.Boolean) bytes += value === 't' ? trueField : falseField; else if (kinds[i] === Kind.Integer) bytes += integerLength + int32(Number(value));
        // Ids are mostly ASCII, whose UTF-8 bytes are its characters.
        else if (value.length < shortLengths.length && ascii.test(value)) bytes += shortLengths[value.length] + value;
        else {
          const encoded = Buffer.from(value, 'utf8');
          bytes += int32(encoded.length) + encoded.toString('latin1');
        }
      }
    }
    return Buffer.from(bytes, 'latin1');
  }

  /** The end of the data (and its start, when there were no rows). */
  finish(): Buffer {
    const bytes = (this.started ? '' : signature) + '\xff\xff';
    this.started = true;
    return Buffer.from(bytes, 'latin1');
  }
}

const ascii = /^[\x00-\x7f]*$/;
/** The length prefixes of short values, made once. */
const shortLengths = Array.from({ length: 256 }, (_, length) => int32(length));

/** A big-endian 32-bit integer as four latin1 characters. */
function int32(value: number): string {
  return String.fromCharCode((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

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
