import { countyCode } from '../seed/org-units.ts';

/**
 * Column types of the import contract: what the people who produce the files are told (docs), and
 * what values.ts checks and converts every value by.
 */
export const ageBands = ['0-17', '18-64', '65-79', '80+'] as const;
export const sexes = ['K', 'M'] as const;
/** Kolada's code for both sexes together. */
export const totalSex = 'T';

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
