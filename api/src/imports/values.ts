import { ageBands, koladaRegionId, sexes, totalSex, type Column, type ColumnType } from './columns.ts';

/**
 * Checks and converts one value of a file, the way the column's type says. Runs in the stream, on
 * every value, before anything reaches the database: PostgreSQL spends 200–400 ns evaluating an
 * expression per value, which for a million rows of eleven columns is seconds, while these checks
 * (memoised for the few distinct values most columns have) cost a few nanoseconds. A converted value
 * is canonical text for the database (2026-03-01, t/f, 12.5) or null; the database never has to
 * reject anything, so a COPY cannot fail half-way.
 */
export class Invalid {
  constructor(readonly reason: string) {}
}

export type Converted = string | null | Invalid;

/** What the checks need from the database: the organisation the codes must belong to. */
export interface ReferenceData {
  municipalities: ReadonlySet<string>;
  county: string;
}

export const missingValue = new Invalid('Värdet saknas – kolumnen är obligatorisk');

/** How many distinct raw values of a column are remembered with their result. */
const memoLimit = 10_000;

/** A converter for one column: empty values, then the type's own check, memoised where that pays. */
export function valueConverter(column: Column, reference: ReferenceData): (raw: string) => Converted {
  const convert = typeConverter(column.type, reference);
  const empty = column.optional ? null : missingValue;
  const checked = (raw: string): Converted => (raw.trim() === '' ? empty : convert(raw));
  if (column.type.kind === 'text') return checked; // ids: nearly every value is new
  const memo = new Map<string, Converted>();
  return (raw) => {
    let result = memo.get(raw);
    if (result === undefined) {
      result = checked(raw);
      if (memo.size < memoLimit) memo.set(raw, result);
    }
    return result;
  };
}

function typeConverter(type: ColumnType, reference: ReferenceData): (raw: string) => Converted {
  switch (type.kind) {
    case 'text':
      return (raw) => {
        const value = raw.trim();
        return value.length <= type.maxLength ? value : new Invalid(`Texten är för lång – högst ${type.maxLength} tecken`);
      };
    case 'enum':
      return oneOf(type.values, (raw) => raw.trim().toLowerCase(), (raw) => `Okänt värde '${raw}' – använd en av: ${type.values.join(', ')}`);
    case 'municipality': {
      const codes = new Set(reference.municipalities);
      if (type.county) codes.add(reference.county);
      const countyHint = type.county ? ` eller länet (${koladaRegionId(reference.county)})` : '';
      return oneOf(
        codes,
        // Kolada writes the county as a region id, 0014 for 14.
        (raw) => (type.county && raw.trim() === koladaRegionId(reference.county) ? reference.county : raw.trim()),
        (raw) => `Okänd kommunkod ${raw} – förväntade en av Västra Götalands 49 kommuner${countyHint}`,
      );
    }
    case 'sex': {
      const allowed = type.total ? [totalSex, ...sexes] : sexes;
      const hint = type.total ? `${totalSex} (totalt), K eller M` : 'K eller M';
      return oneOf(allowed, (raw) => raw.trim().toUpperCase(), (raw) => `Okänt kön '${raw}' – använd ${hint}`);
    }
    case 'ageBand':
      return oneOf(ageBands, (raw) => raw.replaceAll(' ', ''), (raw) => `Okänd åldersgrupp '${raw}' – använd ${ageBands.join(', ')}`);
    case 'date':
      return (raw) => toDate(raw.trim()) ?? new Invalid(`Ogiltigt datum '${raw}' – använd ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD`);
    case 'timestamp':
      return (raw) =>
        toTimestamp(raw.trim()) ?? new Invalid(`Ogiltig tidpunkt '${raw}' – använd ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS`);
    case 'boolean':
      return (raw) => {
        const word = raw.trim().toLowerCase();
        if (trueWords.has(word)) return 't';
        if (falseWords.has(word)) return 'f';
        return new Invalid(`Ogiltigt ja/nej-värde '${raw}' – använd J/N, Ja/Nej, 1/0 eller true/false`);
      };
    case 'integer':
      return (raw) => {
        const text = raw.trim();
        const value = /^-?[0-9]{1,9}$/.test(text) ? Number(text) : NaN;
        return value >= type.min && value <= type.max
          ? String(value)
          : new Invalid(`Ogiltigt heltal '${raw}' – förväntade ett heltal ${type.min}–${type.max}`);
      };
    case 'decimal': {
      const markers = type.missing?.markers ?? {};
      const markerHint = type.missing
        ? `, eller ${Object.keys(markers).filter(Boolean).map((m) => `'${m}'`).join(', ')} för ett saknat värde`
        : '';
      return (raw) => {
        const text = raw.trim();
        if (Object.hasOwn(markers, text)) return null;
        // Decimal comma or point; no thousands separators and no exponent, so '1.234' is never a thousand.
        const number = text.replace(',', '.');
        const value = /^-?[0-9]{1,15}(\.[0-9]{1,15})?$/.test(number) ? Number(number) : NaN;
        return value >= type.min && value <= type.max
          ? number
          : new Invalid(`Ogiltigt tal '${raw}' – förväntade ett tal ${type.min}–${type.max} med decimalkomma eller decimalpunkt${markerHint}`);
      };
    }
  }
}

const trueWords = new Set(['j', 'ja', '1', 'true']);
const falseWords = new Set(['n', 'nej', '0', 'false']);

function oneOf(
  allowed: Iterable<string>,
  normalise: (raw: string) => string,
  reason: (raw: string) => string,
): (raw: string) => Converted {
  const values = new Set(allowed);
  return (raw) => {
    const value = normalise(raw);
    return values.has(value) ? value : new Invalid(reason(raw));
  };
}

/** YYYY-MM-DD or YYYYMMDD, a real day of a year 1900–2199, as YYYY-MM-DD. */
export function toDate(text: string): string | null {
  const parts = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text) ?? /^([0-9]{4})([0-9]{2})([0-9]{2})$/.exec(text);
  if (!parts) return null;
  const [, y, m, d] = parts as unknown as [string, string, string, string];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${y}-${m}-${d}`;
}

/** A date as toDate reads it, a space or T, and HH:MM with or without :SS; Swedish local time. */
function toTimestamp(text: string): string | null {
  const parts = /^([0-9-]{8,10})[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?$/.exec(text);
  if (!parts) return null;
  const [, day, h, min, s = '00'] = parts as unknown as [string, string, string, string, string | undefined];
  const date = toDate(day);
  if (!date || Number(h) > 23 || Number(min) > 59 || Number(s) > 59) return null;
  return `${date} ${h}:${min}:${s}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
