import { loadConfig } from '../config.ts';
import { UserFacingError } from '../errors.ts';
import { commands } from './commands.ts';
import { terminalIo, type CliIo } from './io.ts';

export type { CliIo } from './io.ts';

export function helpText(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    'Samsyn – gemensam uppföljning av god och nära vård',
    '',
    'Användning / usage: pnpm samsyn <kommando> [flaggor]',
    '',
    'Kommandon / commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Miljövariabler / environment: PORT (3000), HOST (127.0.0.1), DATABASE_URL (tom = inbäddad databas),',
    '  SAMSYN_DATA_DIR (./.data), LOG_LEVEL (info), DEBUG (visa stackspår / show stack traces),',
    '  SAMSYN_DEMO (0 = ingen demodata vid första starten / no demo data on the first start)',
  ].join('\n');
}

/** Runs one CLI command and returns the process exit code; errors become one readable line. */
export async function runCli(argv: string[], io: CliIo = terminalIo()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Okänt kommando "${name}" / unknown command. Kör "pnpm samsyn --help" för en lista.`);
    return 2;
  }
  if (args.includes('--help')) {
    io.out(`${command.summary}\n\nAnvändning / usage: ${command.usage}`);
    return 0;
  }
  try {
    await command.run(loadConfig(io.env), args, io);
    return 0;
  } catch (error) {
    if (io.env.DEBUG) io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (error instanceof UserFacingError) {
      io.err(`Fel: ${error.message}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`Oväntat fel / unexpected error: ${message}${io.env.DEBUG ? '' : ' (sätt DEBUG=1 för detaljer)'}`);
    return 1;
  }
}
