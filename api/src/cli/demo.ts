import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Sql } from '../db/client.ts';
import { generateDemo, type DemoFileEntry } from '../demo/generate.ts';
import { describeValuesUpdate, updatePendingValues } from '../engine/after-import.ts';
import { demoActor, importDemo, type DemoImportProgress } from '../demo/import-demo.ts';
import { describeImported, describeRunning, describeTotal, describeWritten } from '../demo/report.ts';
import { defaultDemoDir, defaultDemoSettings, parseDemoSetting } from '../demo/settings.ts';
import { generateSurveyResponses, surveyDemoMonths } from '../demo/surveys.ts';
import { updateSurveyValues } from '../surveys/values.ts';
import { UserFacingError } from '../errors.ts';
import type { Command } from './commands.ts';
import { withReadyDatabase } from './database.ts';
import type { CliIo } from './io.ts';

const usage = 'samsyn demo [--months 36] [--scale 1] [--seed 1] [--out mapp] [--no-import] [--with-bad]';

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        months: { type: 'string' },
        scale: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        'no-import': { type: 'boolean', default: false },
        'with-bad': { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message}\nAnvändning / usage: ${usage}`, { exitCode: 2 });
  }
}

export const demoCommand: Command = {
  summary: 'Skapar påhittade demodata för alla datamängder och importerar dem (--no-import: bara filerna)',
  usage,
  async run(config, args, io) {
    const values = parse(args);
    if (values['no-import'] && values['with-bad']) {
      throw new UserFacingError(
        `--with-bad importerar och går inte ihop med --no-import / --with-bad needs the import\nAnvändning / usage: ${usage}`,
        { exitCode: 2 },
      );
    }
    const setting = (name: 'months' | 'scale' | 'seed') =>
      values[name] === undefined ? defaultDemoSettings[name] : parseDemoSetting(name, values[name], `--${name}`);
    const settings = { months: setting('months'), scale: setting('scale'), seed: setting('seed') };
    const dir = resolve(values.out ?? defaultDemoDir(config.dataDir));

    io.out(`Skriver demodata (${settings.months} månader, skala ${settings.scale}, frö ${settings.seed}) till ${dir} …`);
    const onFile = (entry: DemoFileEntry) => io.out(describeWritten(entry));
    const { manifest } = await generateDemo({ ...settings, dir, today: new Date(), onFile });
    io.out(
      `Skrev ${describeTotal(manifest.files)} för ${manifest.from} – ${manifest.to} och en fil med avsiktliga fel. ` +
        'Siffrorna är påhittade; primärvårdens kontakter är ett urval på ungefär en kontakt av hundra.',
    );
    const faultyPath = join(dir, manifest.faulty.file);
    if (!values['with-bad']) {
      io.out(
        `Filen ${faultyPath} har ${manifest.faulty.faultyLines} avsiktliga fel och importeras inte. ` +
          `Se avvisningsvyn med: pnpm samsyn import pv_kontakter ${faultyPath}`,
      );
    }
    if (values['no-import']) return;

    await withReadyDatabase(config, async (db) => {
      await refuseOverRealData(db.sql);
      io.out('Importerar demodata …');
      const embedded = db.kind === 'embedded';
      await importDemo({ sql: db.sql, embedded, dir, withFaulty: values['with-bad'], onProgress: importReporter(io) });
      io.out('Räknar fram indikatorvärdena …');
      const update = describeValuesUpdate(await updatePendingValues(db.sql));
      if (update) io.out(update);
      const surveys = await generateSurveyResponses({
        sql: db.sql,
        months: Math.min(settings.months, surveyDemoMonths),
        scale: settings.scale,
        seed: settings.seed,
        today: new Date(),
      });
      if (surveys.responses > 0) {
        await updateSurveyValues(db.sql);
        io.out(`Skickade ${surveys.responses.toLocaleString('sv-SE')} påhittade enkätsvar för ${surveys.municipalities} kommuner.`);
      }
    });
    const rejects = values['with-bad'] ? '; den felaktiga filens avvisade rader syns under Importer' : '';
    io.out(`Klart. Webben märker siffrorna "Demodata"${rejects}.`);
  },
};

/**
 * Demo files replace the months they cover: over a real installation's data they would overwrite
 * it. Earlier demo imports are fine to replace.
 */
async function refuseOverRealData(sql: Sql): Promise<void> {
  const [real] = await sql<{ count: number }[]>`
    select count(*)::int as count from import_batch where status = 'published' and started_by <> ${demoActor.label}`;
  if (real && real.count > 0) {
    throw new UserFacingError(
      `Databasen har ${real.count} riktiga importer; demodata skulle ersätta deras månader. Använd --no-import och en egen ` +
        'databas (SAMSYN_DATA_DIR eller DATABASE_URL) för demon / the database has real imports: use another database for the demo',
    );
  }
}

/** A live line per file on a terminal; in logs and pipes only the line saying how each file went. */
function importReporter(io: CliIo): (progress: DemoImportProgress) => void {
  const live = Boolean(process.stdout.isTTY) && io.out === console.log;
  return (progress) => {
    const done = describeImported(progress);
    const running = describeRunning(progress);
    if (done) {
      if (live) process.stdout.write('\r\x1b[K');
      io.out(done);
    } else if (live && running) {
      process.stdout.write(`\r\x1b[K${running}`);
    }
  };
}
