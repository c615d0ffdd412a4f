import type { PlainRowEncoder } from './plain-rows.ts';
import type { Coverage } from './publish.ts';
import { CsvFormatError, type CsvFile, type CsvRecord } from './read-csv.ts';
import type { RowChecker, RowReject } from './validate.ts';

/** Where a batch's valid rows go: gathered row by row, taken once per batch of the file. */
export interface RowCollector<T> {
  add(row: (string | null)[]): void;
  take(): T;
}

/** Where rejects go while the file is read (reject-spill.ts). */
export interface RejectSink {
  add(rejects: readonly RowReject[]): Promise<void> | void;
}

/**
 * Reads a file's records through the checks: valid rows to a collector (and the coverage), rejects
 * to their sink. Plain lines, when the file offers them, go through `plain` first; the lines it
 * leaves are checked like any record. Counts what it read; a file that stops being CSV ends the
 * reading normally with `formatError` set, so that a COPY fed from it can end normally too (an
 * aborted COPY can leave postgres.js waiting forever, #1173).
 */
export class FileCheck {
  rowsTotal = 0;
  rowsRejected = 0;
  /** Of rowsTotal, the rows encoded straight from plain lines. */
  rowsFromBytes = 0;
  formatError: CsvFormatError | undefined;

  constructor(
    private readonly file: CsvFile,
    private readonly checker: RowChecker,
    private readonly coverage: Coverage,
    private readonly rejects: RejectSink,
    /** Told the rows read so far, roughly every 10 000 rows. */
    private readonly onProgress: (rowsTotal: number) => void = () => {},
  ) {}

  /** One collected batch per batch of the file. */
  async *batches<T>(rows: RowCollector<T>, plain?: PlainRowEncoder): AsyncGenerator<T> {
    try {
      for await (const batch of this.file.batches) {
        let records = batch as CsvRecord[];
        let encoded = 0;
        if (!Array.isArray(batch)) {
          if (!plain) throw new Error('plain lines need a PlainRowEncoder');
          ({ rows: encoded, others: records } = plain.encode(batch));
          this.rowsFromBytes += encoded;
        }
        for (const record of records) {
          const checked = this.checker.check(record);
          if (checked.rejects) {
            this.rowsRejected++;
            await this.rejects.add(checked.rejects);
          } else {
            rows.add(checked.row);
            this.coverage.add(checked.row);
          }
        }
        const before = this.rowsTotal;
        this.rowsTotal += encoded + records.length;
        if (Math.floor(this.rowsTotal / 10_000) > Math.floor(before / 10_000)) this.onProgress(this.rowsTotal);
        yield rows.take();
      }
    } catch (error) {
      if (!(error instanceof CsvFormatError)) throw error;
      this.formatError = error;
    }
  }
}

/** Rows gathered for one statement of the embedded database. */
export class RowList implements RowCollector<(string | null)[][]> {
  private rows: (string | null)[][] = [];

  add(row: (string | null)[]): void {
    this.rows.push(row);
  }

  take(): (string | null)[][] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }
}
