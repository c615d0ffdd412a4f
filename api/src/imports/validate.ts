import type { ReservedSql } from 'postgres';
import type { ColumnType } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { municipalityColumn } from './dataset.ts';
import { IdScreen } from './id-screen.ts';
import type { CsvRecord } from './read-csv.ts';
import { valueConverter, type Converted, type ReferenceData } from './values.ts';
import type { TargetColumn } from './write-rows.ts';

export interface FileShape {
  /** Fields in the header: every line must have as many. */
  headerWidth: number;
  /** For each dataset column, its 0-based position in the file. */
  positions: readonly number[];
}

/** Why one line (or one value on it) cannot be published. */
export interface RowReject {
  line: number;
  column: string | null;
  /** 1-based, as a spreadsheet counts. */
  columnNumber: number | null;
  value: string | null;
  reason: string;
}

export type CheckedRow = { row: (string | null)[]; rejects?: undefined } | { row?: undefined; rejects: RowReject[] };

/** The fact table's columns, in the order of a checked row: lineage, period, the file's columns, derived ones. */
/** Where a fact row's dataset columns begin: after batch_id, line_number and period (see factColumns). */
export const firstDatasetColumn = 3;

export function factColumns(dataset: Dataset): TargetColumn[] {
  return [
    { name: 'batch_id', sqlType: 'bigint' },
    { name: 'line_number', sqlType: 'integer' },
    { name: 'period', sqlType: 'date' },
    ...dataset.columns.map((column) => ({
      name: column.name,
      sqlType: sqlTypes[column.type.kind],
      code: column.type.kind !== 'text' && sqlTypes[column.type.kind] === 'text',
    })),
    ...dataset.columns.flatMap((column) =>
      column.type.kind === 'decimal' && column.type.missing ? [{ name: column.type.missing.reasonColumn, sqlType: 'text' as const }] : [],
    ),
  ];
}

/** The database type a column's converted values have. */
const sqlTypes: Record<ColumnType['kind'], TargetColumn['sqlType']> = {
  text: 'text',
  enum: 'text',
  municipality: 'text',
  sex: 'text',
  ageBand: 'text',
  date: 'date',
  timestamp: 'timestamp',
  boolean: 'boolean',
  integer: 'integer',
  decimal: 'numeric',
};

/**
 * Checks each line of a file against the dataset's contract and turns a valid line into a fact row
 * (see factColumns). A line with the wrong number of fields is one reject; otherwise every value
 * that breaks its column's rule is a reject of its own, so the producer sees all of a line's
 * problems at once.
 */
export class RowChecker {
  readonly columns: TargetColumn[];
  /** Index in a fact row of the period start and of the municipality. */
  readonly periodIndex = 2;
  readonly orgUnitIndex: number;
  /** The ids of the valid rows, screened for repeats (datasets with a unique column). */
  readonly ids: IdScreen | undefined;
  private readonly idIndex: number;
  /** Per dataset column: its check and conversion. */
  readonly converters: ((raw: string) => Converted)[];
  /** The dataset column that decides the period. */
  readonly periodColumn: number;
  /** Columns with missing-value markers, whose reasons follow the dataset's columns in a fact row. */
  readonly derived: { from: number; reasons: Readonly<Record<string, string>> }[];
  private readonly periodStarts = new Map<string, string>();

  constructor(
    readonly dataset: Dataset,
    readonly shape: FileShape,
    reference: ReferenceData,
    readonly batchId: string,
  ) {
    this.columns = factColumns(dataset);
    this.converters = dataset.columns.map((column) => valueConverter(column, reference));
    this.periodColumn = dataset.columns.findIndex((c) => c.name === dataset.period.column);
    this.orgUnitIndex = firstDatasetColumn + dataset.columns.findIndex((c) => c.name === municipalityColumn);
    this.idIndex = firstDatasetColumn + dataset.columns.findIndex((c) => c.name === dataset.uniqueColumn);
    this.ids = dataset.uniqueColumn ? new IdScreen() : undefined;
    this.derived = dataset.columns.flatMap((column, from) =>
      column.type.kind === 'decimal' && column.type.missing ? [{ from, reasons: column.type.missing.markers }] : [],
    );
  }

  /** Why a value of the `derived[d]` column is missing, from the marker the file wrote (null for none). */
  missingReason(d: number, raw: string): string | null {
    return this.derived[d]!.reasons[raw.trim()] ?? null;
  }

  /** The first day of the period of a period column's value (the converted values repeat). */
  periodOf(value: string): string {
    let start = this.periodStarts.get(value);
    if (start === undefined) {
      start = this.dataset.period.granularity === 'month' ? `${value.slice(0, 7)}-01` : `${value}-01-01`;
      this.periodStarts.set(value, start);
    }
    return start;
  }

  check(record: CsvRecord): CheckedRow {
    const { fields, line } = record;
    if (fields.length !== this.shape.headerWidth) {
      const reason = `Raden har ${fields.length} fält men rubrikraden har ${this.shape.headerWidth}`;
      return { rejects: [{ line, column: null, columnNumber: null, value: null, reason }] };
    }
    // The fact row: lineage, the period (filled in below), the converted values, derived ones.
    // Allocated at its full length: growing a million arrays one push at a time shows in a profile.
    const row: (string | null)[] = new Array(this.columns.length);
    row[0] = this.batchId;
    row[1] = String(line);
    const { converters } = this;
    const { positions } = this.shape;
    let rejects: RowReject[] | undefined;
    for (let i = 0; i < converters.length; i++) {
      const raw = fields[positions[i]!]!;
      const value = converters[i]!(raw);
      if (typeof value === 'object' && value !== null) {
        const column = this.dataset.columns[i]!.name;
        (rejects ??= []).push({ line, column, columnNumber: positions[i]! + 1, value: raw, reason: value.reason });
      } else row[firstDatasetColumn + i] = value;
    }
    if (rejects) return { rejects };
    row[this.periodIndex] = this.periodOf(row[firstDatasetColumn + this.periodColumn]!);
    let derivedIndex = firstDatasetColumn + converters.length;
    for (let d = 0; d < this.derived.length; d++) {
      const { from } = this.derived[d]!;
      row[derivedIndex++] = row[firstDatasetColumn + from] === null ? this.missingReason(d, fields[positions[from]!]!) : null;
    }
    this.ids?.add(row[this.idIndex]!);
    return { row };
  }
}

/**
 * Set-based, in the database: the lines whose id occurs earlier in the same file, among the ids
 * the screen flagged (or all of them). The batch's rows are found through the periods it covers
 * (the fact tables are indexed by period).
 */
export async function* findDuplicates(
  sql: ReservedSql,
  dataset: Dataset,
  shape: FileShape,
  batchId: string,
  periodStarts: readonly string[],
  candidates: ReadonlySet<string> | 'all',
): AsyncGenerator<RowReject[]> {
  const unique = dataset.uniqueColumn;
  if (!unique || (candidates !== 'all' && candidates.size === 0)) return;
  const table = sql(dataset.factTable);
  const id = sql(unique);
  const among = candidates === 'all' ? sql`` : sql`and ${id} = any(${[...candidates]}::text[])`;
  const ofBatch = sql`batch_id = ${batchId} and period = any(${periodStarts}::date[]) ${among}`;
  const columnNumber = (shape.positions[dataset.columns.findIndex((c) => c.name === unique)] ?? 0) + 1;
  const pages = sql<{ line: number; id: string; firstLine: number }[]>`
    select line_number as line, id, first_line as "firstLine" from (
      select line_number, ${id} as id, min(line_number) over (partition by ${id}) as first_line
      from ${table} where ${ofBatch}
    ) numbered
    where line_number <> first_line
    order by line_number`.cursor(1_000);
  for await (const page of pages) {
    yield page.map((d) => ({
      line: d.line,
      column: unique,
      columnNumber,
      value: d.id,
      reason: `Id ${d.id} finns redan på rad ${d.firstLine} – varje id får bara förekomma en gång i filen`,
    }));
  }
}
