import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RowReject } from './validate.ts';
import type { RowBatches, TargetColumn } from './write-rows.ts';

export const rejectColumns: readonly TargetColumn[] = [
  { name: 'batch_id', sqlType: 'bigint' },
  { name: 'line_number', sqlType: 'integer' },
  { name: 'column_name', sqlType: 'text' },
  { name: 'column_number', sqlType: 'integer' },
  { name: 'value', sqlType: 'text' },
  { name: 'reason', sqlType: 'text' },
];

/** Characters buffered before a write to the file. */
const bufferSize = 64 * 1024;

/**
 * Rejects wait in a temporary file while the valid rows stream into the database: the import's
 * connection is busy with that COPY, and a file of nothing but errors must not fill the memory.
 * Once the file has been read they are written to import_reject, whatever the batch's fate.
 */
export class RejectSpill {
  private buffer = '';
  private count = 0;

  private constructor(
    private readonly dir: string,
    private readonly out: WriteStream,
  ) {}

  static async create(): Promise<RejectSpill> {
    const dir = await mkdtemp(join(tmpdir(), 'samsyn-avvisade-'));
    return new RejectSpill(dir, createWriteStream(join(dir, 'rejects.jsonl')));
  }

  /** Rejects written so far. */
  get size(): number {
    return this.count;
  }

  async add(rejects: readonly RowReject[]): Promise<void> {
    for (const reject of rejects) this.buffer += `${JSON.stringify(reject)}\n`;
    this.count += rejects.length;
    if (this.buffer.length >= bufferSize) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }

  /** The rejects as rows of import_reject (rejectColumns), in batches. */
  async *rows(batchId: string): RowBatches {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    let rows: (string | null)[][] = [];
    const lines = createInterface({ input: createReadStream(this.out.path), crlfDelay: Infinity });
    for await (const text of lines) {
      const r = JSON.parse(text) as RowReject;
      rows.push([batchId, String(r.line), r.column, r.columnNumber === null ? null : String(r.columnNumber), r.value, r.reason]);
      if (rows.length === 1_000) {
        yield rows;
        rows = [];
      }
    }
    if (rows.length) yield rows;
  }

  async dispose(): Promise<void> {
    this.out.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}
