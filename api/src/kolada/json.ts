import { kolada, koladaMissingMarkers } from '../imports/datasets/kolada.ts';

/**
 * Kolada's data API answers with pages: v2 `{count, values, next_page}`, v3 `{values, next_url,
 * total_count}`, at most 5 000 rows a page. A row is `{kpi, period, municipality, values: [{gender,
 * value, count, status}]}`. This module turns one page into lines of the kolada dataset's CSV, so that
 * JSON files and the connector go through the same import (and the same validation) as a CSV file.
 */

/** The kolada dataset's header row: the first line of every CSV made from Kolada's JSON. */
export const koladaCsvHeader = `${kolada.columns.map((c) => c.name).join(';')}\n`;

/** A page that does not have Kolada's shape: where in the page (e.g. `values[3].kpi`) and what is wrong. */
export class KoladaShapeError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || 'sidan'}: ${problem}`);
    this.name = 'KoladaShapeError';
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One page as CSV lines (`kpi;kommun;ar;kon;varde`), one per entry of a row's values. A missing value
 * becomes Kolada's marker from `status` (`..`, `-`, `.`) or an empty field, never a zero. Only the
 * shape is checked here; what the values mean is checked by the import, like any CSV.
 */
export function pageToCsv(page: unknown): string {
  if (!isObject(page) || !Array.isArray(page.values)) {
    throw new KoladaShapeError('', 'ska vara ett objekt med fältet values (en lista), som Kolada:s svar');
  }
  let csv = '';
  page.values.forEach((row: unknown, i) => {
    const at = `values[${i}]`;
    if (!isObject(row)) throw new KoladaShapeError(at, 'ska vara ett objekt med kpi, period, municipality och values');
    const kpi = textField(row, 'kpi', at);
    const municipality = textField(row, 'municipality', at);
    const year = yearField(row.period, `${at}.period`);
    if (!Array.isArray(row.values)) throw new KoladaShapeError(`${at}.values`, 'ska vara en lista med ett värde per kön');
    row.values.forEach((entry: unknown, j) => {
      const entryAt = `${at}.values[${j}]`;
      if (!isObject(entry)) throw new KoladaShapeError(entryAt, 'ska vara ett objekt med gender, value och status');
      const gender = textField(entry, 'gender', entryAt);
      const fields = [kpi, municipality, year, gender, valueField(entry, entryAt)];
      csv += `${fields.map(csvField).join(';')}\n`;
    });
  });
  return csv;
}

/** Where the following page is: v2's `next_page` or v3's `next_url`; undefined on the last page. */
export function nextPageLink(page: unknown): string | undefined {
  if (!isObject(page)) return undefined;
  const link = page.next_page ?? page.next_url;
  return typeof link === 'string' && link.trim() !== '' ? link : undefined;
}

function textField(object: Json, key: string, at: string): string {
  const value = object[key];
  if (typeof value !== 'string') throw new KoladaShapeError(`${at}.${key}`, 'saknas eller är inte text');
  return value;
}

/** Kolada's period is the year, as a number (v2) or as text. */
function yearField(value: unknown, at: string): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && /^\d{4}$/.test(value)) return value;
  throw new KoladaShapeError(at, 'ska vara ett år, t.ex. 2024');
}

function valueField(entry: Json, at: string): string {
  const number = entry.value;
  if (typeof number === 'number') return decimalText(number);
  if (number !== null && number !== undefined) throw new KoladaShapeError(`${at}.value`, 'ska vara ett tal eller null');
  const status = entry.status;
  if (status !== null && status !== undefined && typeof status !== 'string') {
    throw new KoladaShapeError(`${at}.status`, 'ska vara text, t.ex. ".." för ett undertryckt värde');
  }
  return typeof status === 'string' && Object.hasOwn(koladaMissingMarkers, status) ? status : '';
}

/** A number as plain decimals: JavaScript writes 0.0000001 as 1e-7, which the import does not read. */
function decimalText(number: number): string {
  const plain = String(number);
  return plain.includes('e') ? number.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : plain;
}

/** Quotes a field that holds the separator, a quote or a line break, so a strange value stays one field. */
function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
