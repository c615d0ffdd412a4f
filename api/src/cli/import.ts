import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { cliActor } from '../audit/record.ts';
import type { SqlPool } from '../db/client.ts';
import { describeValuesUpdate, updatePendingValues } from '../engine/after-import.ts';
import { UserFacingError } from '../errors.ts';
import { findDataset } from '../imports/datasets/index.ts';
import { runImport, type ImportProgress, type ImportResult } from '../imports/run-import.ts';
import { inputAsCsv } from '../kolada/json-input.ts';
import type { Command } from './commands.ts';
import { withReadyDatabase } from './database.ts';
import type { CliIo } from './io.ts';

const usage = 'samsyn import <datamängd> <fil> [--accept-valid]';

/** How many rejects the summary lists before it only counts. */
const rejectsShown = 10;

export const importCommand: Command = {
  summary: 'Importerar en fil: validerar varje rad och publicerar allt eller inget (--accept-valid: de giltiga)',
  usage,
  async run(config, args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'accept-valid': { type: 'boolean', default: false } },
    });
    const [datasetName, file] = positionals;
    if (!datasetName || !file) throw new UserFacingError(`Ange datamängd och fil\nAnvändning / usage: ${usage}`, { exitCode: 2 });
    const dataset = findDataset(datasetName);
    const size = await stat(file).then(
      (s) => s.size,
      () => {
        throw new UserFacingError(`Filen ${file} finns inte eller kan inte läsas / cannot read the file`);
      },
    );
    const input = createReadStream(file);
    // The file's own bytes: a JSON file reaches the import as CSV of another size.
    const report = progressReporter(io, { total: size, read: () => input.bytesRead });
    const { result, valuesLine } = await withReadyDatabase(config, async (db) => {
      const result = await runImport({
        sql: db.sql,
        embedded: db.kind === 'embedded',
        dataset,
        input: await inputAsCsv(dataset, input),
        fileName: basename(file),
        policy: values['accept-valid'] ? 'accept_valid' : 'all_or_nothing',
        actor: cliActor,
        onProgress: report,
      });
      report.done();
      return { result, valuesLine: await updateValuesAfter(result, db.sql, io) };
    });
    await summarise(config, io, result);
    if (valuesLine) io.out(valuesLine);
  },
};

/** After a published import, the indicator values it reaches are recomputed; the line saying so, for the summary. */
export async function updateValuesAfter(result: ImportResult, sql: SqlPool, io: CliIo): Promise<string | undefined> {
  if (result.status !== 'published') return undefined;
  io.out('Räknar om indikatorvärdena …');
  return describeValuesUpdate(await updatePendingValues(sql));
}

/** Prints the outcome of an import; a rejected one becomes an error listing its first rejects. */
export async function summarise(config: Parameters<Command['run']>[0], io: CliIo, result: ImportResult): Promise<void> {
  const n = (value: number) => value.toLocaleString('sv-SE');
  if (result.status === 'duplicate') {
    io.out(`${result.message}.`);
    return;
  }
  if (result.status === 'published') {
    io.out(
      `Import ${result.batchId} publicerad: ${n(result.rowsPublished)} rader för ${result.periods.join(', ') || 'inga perioder'}` +
        (result.rowsRejected ? ` (${n(result.rowsRejected)} rader avvisade).` : '.'),
    );
    if (result.rowsRejected === 0) return;
  }
  if (result.message) throw new UserFacingError(`Import ${result.batchId} avvisad: ${result.message}`);
  const rejects = await withReadyDatabase(config, (db) =>
    db.sql<{ line: number; column: string | null; columnNumber: number | null; reason: string }[]>`
      select line_number as line, column_name as column, column_number as "columnNumber", reason
      from import_reject where batch_id = ${result.batchId}
      order by line_number, column_number nulls first limit ${rejectsShown}`,
  );
  const lines = rejects.map((r) => `  rad ${r.line}${r.column ? `, kolumn ${r.column} (${r.columnNumber})` : ''}: ${r.reason}`);
  const summary = `${n(result.rowsRejected)} av ${n(result.rowsTotal)} rader avvisades`;
  if (result.status === 'published') {
    io.out(`${summary}, till exempel:\n${lines.join('\n')}`);
    return;
  }
  throw new UserFacingError(
    `Import ${result.batchId} avvisad – inget publicerades. ${summary}:\n${lines.join('\n')}` +
      (result.rowsRejected > rejects.length ? `\n  … (se alla med GraphQL importBatch(id: ${result.batchId}))` : '') +
      '\nRätta filen och importera igen, eller publicera de giltiga raderna med --accept-valid.',
  );
}

type Reporter = ((progress: ImportProgress) => void) & { done(): void };

/**
 * A live line on a terminal (percent, rows/s, time left) when the size of what is read is known;
 * a plain line per phase otherwise.
 */
export function progressReporter(io: CliIo, bytes?: { total: number; read: () => number }): Reporter {
  const started = performance.now();
  const live = bytes && process.stdout.isTTY && io.out === console.log ? bytes : undefined;
  let lastPhase = '';
  const phases: Record<ImportProgress['phase'], string> = {
    waiting: 'Väntar på en annan import av samma datamängd …',
    reading: 'Läser',
    validating: 'Kontrollerar raderna …',
    publishing: 'Publicerar …',
  };
  const report = ((progress: ImportProgress) => {
    if (progress.phase === 'reading' && live) {
      const seconds = (performance.now() - started) / 1000;
      const share = live.total ? Math.min(live.read() / live.total, 1) : 0;
      const rate = Math.round(progress.rowsRead / Math.max(seconds, 0.001));
      const left = share > 0 ? Math.round(seconds / share - seconds) : 0;
      process.stdout.write(
        `\rLäser ${Math.round(share * 100)} % · ${progress.rowsRead.toLocaleString('sv-SE')} rader · ` +
          `${rate.toLocaleString('sv-SE')} rader/s · ca ${left} s kvar   `,
      );
      return;
    }
    if (progress.phase === lastPhase) return;
    if (live && lastPhase === 'reading') process.stdout.write('\n');
    lastPhase = progress.phase;
    io.out(progress.phase === 'reading' ? 'Läser filen …' : phases[progress.phase]);
  }) as Reporter;
  report.done = () => {
    if (live && lastPhase === 'reading') process.stdout.write('\n');
  };
  return report;
}
