import type { Column } from './columns.ts';

/**
 * An import dataset: the file contract (columns), the table its rows are published to, and which
 * column decides the period a row belongs to. A new file for a period replaces that period.
 */
export interface Dataset {
  /** Name in the CLI, the API and docs/datasets/<name>.md. */
  name: string;
  title: string;
  description: string;
  /** Where the files come from. */
  source: string;
  columns: readonly Column[];
  /** A column whose value must be unique within a file (the source system's record id). */
  uniqueColumn?: string;
  /** The column that decides the period: a date (month granularity) or a year (integer). */
  period: { column: string; granularity: 'month' | 'year' };
  /**
   * Columns that, with the period, make up what a batch replaces. Without them a batch replaces
   * whole periods. With them it replaces only the rows whose period and values in these columns
   * occur together among its valid rows: a Kolada file of one key figure for 2024 replaces that
   * key figure's 2024 rows and leaves the other key figures of 2024 alone.
   */
  replaceBy?: readonly string[];
  /** The published table: the dataset's columns plus batch_id and period. */
  factTable: string;
}

/** Every dataset has the patient's (or the figure's) municipality in this column. */
export const municipalityColumn = 'kommun';
