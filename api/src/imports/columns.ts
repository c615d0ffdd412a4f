import type { Fragment, Sql } from '../db/client.ts';

/**
 * Column types of the import contract. Each type knows, for a staged text value, the SQL that says
 * whether it is valid, the SQL that converts it, and the Swedish reason for a reject. Checks are
 * set-based: one statement checks a column for every row of a file.
 */
export const ageBands = ['0-17', '18-64', '65-79', '80+'] as const;
export const sexes = ['K', 'M'] as const;
const trueWords = ['j', 'ja', '1', 'true'];
const falseWords = ['n', 'nej', '0', 'false'];

export type ColumnType =
  | { kind: 'text'; maxLength: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'municipality' }
  | { kind: 'sex' }
  | { kind: 'ageBand' }
  | { kind: 'date' }
  | { kind: 'timestamp' }
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number };

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
      return 'SCB:s fyrsiffriga kommunkod, en av Västra Götalands 49 kommuner';
    case 'sex':
      return 'K eller M';
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
  }
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
      return {
        valid: (v) => sql`btrim(${v}) in (select code from org_unit where kind = 'municipality')`,
        convert: (v) => sql`btrim(${v})`,
        reason: (v) => withValue('Okänd kommunkod ', v, ' – förväntade en av Västra Götalands 49 kommuner'),
      };
    case 'sex':
      return {
        valid: (v) => sql`upper(btrim(${v})) = any(${[...sexes]}::text[])`,
        convert: (v) => sql`upper(btrim(${v}))`,
        reason: (v) => withValue("Okänt kön '", v, "' – använd K eller M"),
      };
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
  }
}
