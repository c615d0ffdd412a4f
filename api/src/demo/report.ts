import type { DemoFileEntry } from './generate.ts';
import type { DemoImportProgress } from './import-demo.ts';

/** Progress lines in Swedish, shared by `samsyn demo` and the first start. */
const number = (value: number) => value.toLocaleString('sv-SE');

export function describeWritten(entry: DemoFileEntry): string {
  return `  skrev ${entry.file} (${number(entry.rows)} rader)`;
}

/** One line per finished file: what the pipeline did with it. */
export function describeImported({ step, steps, entry, result }: DemoImportProgress): string | undefined {
  if (!result) return undefined;
  const outcome =
    result.status === 'duplicate'
      ? 'redan importerad, inget ändrades'
      : `publicerad, ${number(result.rowsPublished)} rader` + (result.rowsRejected ? `, ${number(result.rowsRejected)} avvisade` : '');
  return `  [${step}/${steps}] ${entry.file}: ${outcome}`;
}

const phases = { waiting: 'väntar på en annan import', reading: 'läser', validating: 'kontrollerar', publishing: 'publicerar' };

/** A file on its way through the pipeline, for a live line on a terminal. */
export function describeRunning({ step, steps, entry, progress }: DemoImportProgress): string | undefined {
  if (!progress) return undefined;
  return `  [${step}/${steps}] ${entry.file}: ${phases[progress.phase]}, ${number(progress.rowsRead)} av ${number(entry.rows)} rader …`;
}

function totalRows(entries: readonly DemoFileEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.rows, 0);
}

export function describeTotal(entries: readonly DemoFileEntry[]): string {
  return `${entries.length} filer (${number(totalRows(entries))} rader)`;
}
