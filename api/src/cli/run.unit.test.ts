import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './run.ts';

function capture(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), env };
  return { io, out, err };
}

describe('samsyn CLI', () => {
  it('lists its commands with --help', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    const help = out.join('\n');
    for (const command of ['start', 'migrate', 'seed']) expect(help).toMatch(new RegExp(`^  ${command}\\s+\\S`, 'm'));
    expect(help).toMatch(/DATABASE_URL/);
  });

  it('explains an unknown command and exits with 2', async () => {
    const { io, err } = capture();
    expect(await runCli(['imprt'], io)).toBe(2);
    expect(err).toEqual(['Okänt kommando "imprt" / unknown command. Kör "pnpm samsyn --help" för en lista.']);
  });

  it('rejects a bad PORT in one line without a stack trace', async () => {
    const { io, err } = capture({ PORT: 'tretusen' });
    expect(await runCli(['start'], io)).toBe(1);
    expect(err).toEqual([
      'Fel: PORT="tretusen" är inget portnummer; ange 1–65535 (0 = valfri ledig port) / PORT must be a number from 0 to 65535',
    ]);
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL', async () => {
    const { io, err } = capture({ DATABASE_URL: 'mysql://localhost/samsyn' });
    expect(await runCli(['migrate'], io)).toBe(1);
    expect(err[0]).toMatch(/^Fel: DATABASE_URL måste börja med postgres:\/\//);
  });

  it('says which server does not answer, hiding the password', async () => {
    const { io, err } = capture({ DATABASE_URL: 'postgres://samsyn:hemligt@127.0.0.1:1/samsyn' });
    expect(await runCli(['migrate'], io)).toBe(1);
    expect(err).toEqual([
      'Fel: Ingen databasserver svarar på postgres://samsyn:***@127.0.0.1:1/samsyn: starta PostgreSQL eller rätta DATABASE_URL / no database server answers there: start PostgreSQL or fix DATABASE_URL',
    ]);
  });

  it('adds the stack trace only when DEBUG is set', async () => {
    const { io, err } = capture({ DATABASE_URL: 'postgres://127.0.0.1:1/x', DEBUG: '1' });
    expect(await runCli(['migrate'], io)).toBe(1);
    expect(err[0]).toMatch(/\n\s+at /);
    expect(err[1]).toMatch(/^Fel: Ingen databasserver svarar/);
  });
});
