import type { Config } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { skippedVersionsWarning } from '../seed/indicators.ts';
import { withDatabase } from './database.ts';
import type { CliIo } from './io.ts';
import { demoCommand } from './demo.ts';
import { importCommand } from './import.ts';
import { koladaCommand } from './kolada.ts';
import { recomputeCommand } from './recompute.ts';
import { userCommand } from './user.ts';

export interface Command {
  summary: string;
  usage: string;
  run(config: Config, args: string[], io: CliIo): Promise<void>;
}

export const commands: Record<string, Command> = {
  start: {
    summary: 'Startar Samsyn: migrerar, laddar referensdata och serverar webb och GraphQL på en port',
    usage: 'samsyn start [--api-only]',
    async run(config, args, { out }) {
      // The server, GraphQL and the web handler are loaded for this command only, so that the
      // others (an import, above all) start faster and use less memory.
      const { startSamsyn } = await import('../server.ts');
      const running = await startSamsyn(config, { web: !args.includes('--api-only'), say: out });
      out(`Samsyn körs på ${running.url}  (GraphQL: ${running.url}/graphql)  – avsluta med Ctrl+C`);
      await waitForShutdownSignal();
      out('Stänger Samsyn …');
      await running.close();
    },
  },
  migrate: {
    summary: 'Kör databasmigreringar som inte körts än (alla i en transaktion)',
    usage: 'samsyn migrate',
    async run(config, _args, { out }) {
      const applied = await withDatabase(config, (db) => migrate(db.sql));
      out(applied.length ? `Körde ${applied.length} migrering(ar): ${applied.join(', ')}` : 'Databasen är redan aktuell.');
    },
  },
  seed: {
    summary: 'Laddar Västra Götalands organisation, indikatorkatalogen och de inbyggda enkäterna (idempotent)',
    usage: 'samsyn seed',
    async run(config, _args, { out }) {
      const result = await withDatabase(config, async (db) => {
        await migrate(db.sql);
        return seedReferenceData(db.sql);
      });
      out(`Organisationsenheter ändrade: ${result.orgUnitsChanged}; nya indikatorversioner: ${result.indicatorsInserted.length}; nya enkäter: ${result.surveyTemplatesInserted.length}`);
      if (result.indicatorsSkipped.length > 0) out(skippedVersionsWarning(result.indicatorsSkipped));
    },
  },
  user: userCommand,
  import: importCommand,
  kolada: koladaCommand,
  demo: demoCommand,
  recompute: recomputeCommand,
};

function waitForShutdownSignal(): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = () => {
      // A second Ctrl+C while shutting down exits at once.
      process.once('SIGINT', () => process.exit(130));
      resolve();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}
