import type { Fragment, Sql } from '../db/client.ts';
import { countyCode } from '../seed/org-units.ts';

/**
 * Column types of the import contract. Each type knows, for a staged text value, the SQL that says
 * whether it is valid, the SQL that converts it, and the Swedish reason for a reject. Checks are
 * set-based: one statement checks a column for every row of a file.
 */
export const ageBands = ['0-17', '18-64', '65-79', '80+'] as const;
export const sexes = ['K', 'M'] as const;
/** Kolada's code for both sexes together. */
export const totalSex = 'T';
const trueWords = ['j', 'ja', '1', 'true'];
const falseWords = ['n', 'nej', '0', 'false'];

export type ColumnType =
  | { kind: 'text'; maxLength: number }
  | { kind: 'enum'; values: readonly string[] }
  /** `county`: the county too, as its code (14) or as Kolada's region id (0014); stored as the code. */
  | { kind: 'municipality'; county?: boolean }
  /** `total`: also T, both sexes together (Kolada). */
  | { kind: 'sex'; total?: boolean }
  | { kind: 'ageBand' }
  | { kind: 'date' }
  | { kind: 'timestamp' }
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'decimal'; min: number; max: number; missing?: MissingMarkers };

/**
 * Markers a source writes instead of a number, and why the number is missing (Kolada: `..` suppressed,
 * `-` missing, `.` not applicable; '' for an empty value). A marker is valid and converts to null, and
 * its reason goes to `reasonColumn` of the fact table, so a missing value is never mistaken for a zero
 * and never loses its reason. The reason column is not in the file: the import fills it beside the value.
 * The column needs `optional: true` when '' is a marker, because an empty value is checked before its type.
 */
export interface MissingMarkers {
  markers: Readonly<Record<string, string>>;
  reasonColumn: string;
}

export interface Column {
  /** The contract name, as in the file's header (matched ignoring case, spaces and å/ä/ö). */
  name: string;
  type: ColumnType;
  /** An empty value is allowed and stored as null (not applicable / not yet). */
  optional?: boolean;
  /** For the documentation. */
  description: string;
}

/** What a type means for the people who produce the files (documentation). */
export function describeType(type: ColumnType): string {
  switch (type.kind) {
    case 'text':
      return `text, högst ${type.maxLength} tecken`;
    case 'enum':
      return `en av: ${type.values.join(', ')}`;
    case 'municipality':
      return type.county
        ? `SCB:s fyrsiffriga kommunkod, en av Västra Götalands 49 kommuner, eller länet som ${countyCode} eller ${koladaRegionId(countyCode)}`
        : 'SCB:s fyrsiffriga kommunkod, en av Västra Götalands 49 kommuner';
    case 'sex':
      return type.total ? `${totalSex} (totalt), K eller M` : 'K eller M';
    case 'ageBand':
      return ageBands.join(', ');
    case 'date':
      return 'datum, ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD';
    case 'timestamp':
      return 'tidpunkt, ÅÅÅÅ-MM-DD TT:MM med eller utan sekunder (svensk tid)';
    case 'boolean':
      return 'J/N, Ja/Nej, 1/0 eller true/false';
    case 'integer':
      return `heltal ${type.min}–${type.max}`;
    case 'decimal':
      return `decimaltal ${type.min}–${type.max} med decimalkomma eller decimalpunkt${type.missing ? `; ${describeMarkers(type.missing)}` : ''}`;
  }
}

/** "`..` = undertryckt, `-` = saknas, tomt = saknas". */
function describeMarkers(missing: MissingMarkers): string {
  const listed = Object.entries(missing.markers).map(([marker, reason]) => `${marker ? `\`${marker}\`` : 'tomt'} = ${reason}`);
  return `saknat värde: ${listed.join(', ')}`;
}

/** Kolada writes a region as 00 and its county code: 0014 for Västra Götaland. */
export function koladaRegionId(code: string): string {
  return `00${code}`;
}

/** SQL for a type over the staged text value `v` (a fragment naming a staging column). */
export interface TypeSql {
  /** True when a non-empty `v` is valid. Never raises, whatever the text. */
  valid: (v: Fragment) => Fragment;
  /** The typed value of a valid `v`. */
  convert: (v: Fragment) => Fragment;
  /** The reason for a reject, as an SQL text expression. */
  reason: (v: Fragment) => Fragment;
}

/**
 * SQL for each type, as postgres.js fragments: column names are identifiers from our own dataset
 * definitions and every constant is a bound parameter, so file content only ever reaches the
 * database as data. CASE (not AND) guards each cast, because SQL does not promise to evaluate
 * AND from left to right.
 */
export function typeSql(sql: Sql, type: ColumnType): TypeSql {
  const withValue = (before: string, v: Fragment, after: string) => sql`${before}::text || ${v} || ${after}::text`;
  switch (type.kind) {
    case 'text':
      return {
        valid: (v) => sql`length(btrim(${v})) <= ${type.maxLength}`,
        convert: (v) => sql`btrim(${v})`,
        reason: () => sql`${`Texten är för lång – högst ${type.maxLength} tecken`}::text`,
      };
    case 'enum':
      return {
        valid: (v) => sql`lower(btrim(${v})) = any(${[...type.values]}::text[])`,
        convert: (v) => sql`lower(btrim(${v}))`,
        reason: (v) => withValue("Okänt värde '", v, `' – använd en av: ${type.values.join(', ')}`),
      };
    case 'municipality':
      if (type.county) {
        // Kolada's region id 0014 is the county, 14 in org_unit.
        const code = (v: Fragment) =>
          sql`case when btrim(${v}) = ${koladaRegionId(countyCode)} then ${countyCode}::text else btrim(${v}) end`;
        return {
          valid: (v) => sql`${code(v)} in (select code from org_unit where kind in ('municipality', 'county'))`,
          convert: code,
          reason: (v) =>
            withValue('Okänd kommunkod ', v, ` – förväntade en av Västra Götalands 49 kommuner eller länet (${koladaRegionId(countyCode)})`),
        };
      }
      return {
        valid: (v) => sql`btrim(${v}) in (select code from org_unit where kind = 'municipality')`,
        convert: (v) => sql`btrim(${v})`,
        reason: (v) => withValue('Okänd kommunkod ', v, ' – förväntade en av Västra Götalands 49 kommuner'),
      };
    case 'sex': {
      const allowed = type.total ? [totalSex, ...sexes] : [...sexes];
      return {
        valid: (v) => sql`upper(btrim(${v})) = any(${allowed}::text[])`,
        convert: (v) => sql`upper(btrim(${v}))`,
        reason: (v) => withValue("Okänt kön '", v, `' – använd ${describeType(type)}`),
      };
    }
    case 'ageBand':
      return {
        valid: (v) => sql`replace(btrim(${v}), ' ', '') = any(${[...ageBands]}::text[])`,
        convert: (v) => sql`replace(btrim(${v}), ' ', '')`,
        reason: (v) => withValue("Okänd åldersgrupp '", v, `' – använd ${ageBands.join(', ')}`),
      };
    case 'date':
      return {
        valid: (v) => sql`samsyn_try_date(${v}) is not null`,
        convert: (v) => sql`samsyn_try_date(${v})`,
        reason: (v) => withValue("Ogiltigt datum '", v, "' – använd ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD"),
      };
    case 'timestamp':
      return {
        valid: (v) => sql`samsyn_try_timestamp(${v}) is not null`,
        convert: (v) => sql`samsyn_try_timestamp(${v})`,
        reason: (v) => withValue("Ogiltig tidpunkt '", v, "' – använd ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS"),
      };
    case 'boolean':
      return {
        valid: (v) => sql`lower(btrim(${v})) = any(${[...trueWords, ...falseWords]}::text[])`,
        convert: (v) => sql`lower(btrim(${v})) = any(${trueWords}::text[])`,
        reason: (v) => withValue("Ogiltigt ja/nej-värde '", v, "' – använd J/N, Ja/Nej, 1/0 eller true/false"),
      };
    case 'integer':
      return {
        valid: (v) =>
          sql`case when btrim(${v}) ~ '^-?[0-9]{1,9}$' then btrim(${v})::integer between ${type.min} and ${type.max} else false end`,
        convert: (v) => sql`btrim(${v})::integer`,
        reason: (v) => withValue("Ogiltigt heltal '", v, `' – förväntade ett heltal ${type.min}–${type.max}`),
      };
    case 'decimal': {
      // Decimal comma or point; no thousands separators and no exponent, so '1.234' is never a thousand.
      const number = (v: Fragment) => sql`replace(btrim(${v}), ',', '.')`;
      const isNumber = (v: Fragment) => sql`${number(v)} ~ '^-?[0-9]{1,15}([.][0-9]{1,15})?$'`;
      const markers = Object.keys(type.missing?.markers ?? {});
      const markerHint = type.missing ? `, eller ${markers.filter(Boolean).map((m) => `'${m}'`).join(', ')} för ett saknat värde` : '';
      return {
        valid: (v) =>
          sql`case when btrim(${v}) = any(${markers}::text[]) then true
                   when ${isNumber(v)} then ${number(v)}::numeric between ${type.min} and ${type.max}
                   else false end`,
        // A marker converts to null; its reason goes to the reason column.
        convert: (v) => sql`case when ${isNumber(v)} then ${number(v)}::numeric end`,
        reason: (v) =>
          withValue("Ogiltigt tal '", v, `' – förväntade ett tal ${type.min}–${type.max} med decimalkomma eller decimalpunkt${markerHint}`),
      };
    }
  }
}
