import { join } from 'node:path';
import type { SqlPool } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { createDemoAccounts } from './accounts.ts';
import { generateDemo } from './generate.ts';
import { importDemo } from './import-demo.ts';
import { describeImported, describeTotal } from './report.ts';
import { defaultDemoDir, defaultDemoSettings } from './settings.ts';
import { updateSurveyValues } from '../surveys/values.ts';
import { generateSurveyResponses, surveyDemoMonths } from './surveys.ts';

export interface FirstStartOptions {
  sql: SqlPool;
  embedded: boolean;
  dataDir: string;
  scale: number;
  logger: Logger;
  /** Lines for the person who started Samsyn (the terminal); without it, the log gets all but the passwords. */
  say: ((line: string) => void) | undefined;
}

/**
 * On a database that has never imported anything, fills Samsyn with demo data and demo accounts,
 * so a first start shows a working product instead of empty pages. Any import at all – demo or
 * real, even a failed one – means this is not a first start, so later starts cost one query.
 * The demo is a convenience: when it fails, Samsyn says so and starts anyway.
 */
export async function importDemoOnFirstStart(options: FirstStartOptions): Promise<void> {
  const { sql, logger } = options;
  const say = options.say ?? ((line: string) => logger.info(line));
  const [state] = await sql<{ imported: boolean }[]>`select exists (select 1 from import_batch) as imported`;
  if (state?.imported) return;

  const started = performance.now();
  const dir = defaultDemoDir(options.dataDir);
  try {
    say(`Databasen är tom: skapar demodata – påhittade siffror som visar hur Samsyn fungerar (SAMSYN_DEMO=0 stänger av) …`);
    const { manifest } = await generateDemo({ ...defaultDemoSettings, scale: options.scale, dir, today: new Date() });
    say(`Importerar demodata för ${manifest.from} – ${manifest.to}: ${describeTotal(manifest.files)} …`);
    await importDemo({
      sql,
      embedded: options.embedded,
      dir,
      onProgress: (progress) => {
        const line = describeImported(progress);
        if (line) say(line);
      },
    });
    const surveys = await generateSurveyResponses({
      sql,
      months: surveyDemoMonths,
      scale: options.scale,
      seed: defaultDemoSettings.seed,
      today: new Date(),
    });
    await updateSurveyValues(sql);
    say(`Skickade ${surveys.responses.toLocaleString('sv-SE')} påhittade enkätsvar för ${surveys.municipalities} kommuner.`);
    const { accounts, file } = await createDemoAccounts(sql, options.dataDir);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    logger.info({ dir, files: manifest.files.length, seconds, demoAccounts: accounts.map((a) => a.email) }, 'demo data imported');
    say(`Demodata klar på ${seconds.toLocaleString('sv-SE')} s. Filerna finns i ${dir}.`);
    say(`Prova avvisningsvyn med en fil med avsiktliga fel: pnpm samsyn import pv_kontakter ${join(dir, manifest.faulty.file)}`);
    if (accounts.length > 0 && options.say) {
      say(`Demokonton (lösenorden visas bara nu och finns i ${file}):`);
      for (const account of accounts) say(`  ${account.title}: ${account.email}  lösenord: ${account.password}`);
    } else if (accounts.length > 0) {
      say(`Demokonton med lösenord finns i ${file}`);
    }
  } catch (error) {
    logger.error({ err: error }, 'demo data could not be imported');
    say(`Demodata kunde inte skapas: ${(error as Error).message}. Samsyn startar ändå.`);
  }
}
