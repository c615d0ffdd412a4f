import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './run.ts';

/** Arguments are checked before anything else happens: no database, no network. */
async function samsyn(args: string[], env: NodeJS.ProcessEnv = {}) {
  const err: string[] = [];
  const io: CliIo = { out: () => {}, err: (line) => err.push(line), env };
  const code = await runCli(['kolada', ...args], io);
  return { code, message: err.join('\n').split('\nAnvändning')[0] };
}

describe('samsyn kolada', () => {
  it('explains a missing subcommand, key figures or years', async () => {
    expect(await samsyn(['hamta'])).toEqual({ code: 2, message: 'Fel: Ange underkommandot fetch / give the subcommand fetch' });
    expect(await samsyn(['fetch', '--years', '2024'])).toEqual({
      code: 2,
      message: 'Fel: Ange nyckeltalen med --kpi, t.ex. --kpi U21401,N21704 / give --kpi',
    });
    expect(await samsyn(['fetch', '--kpi', 'U21401'])).toEqual({ code: 2, message: 'Fel: Ange åren med --years, t.ex. --years 2022-2025 / give --years' });
  });

  it('refuses key figure ids that are not a letter and five digits', async () => {
    expect(await samsyn(['fetch', '--kpi', 'U21401,N2170,,xyz', '--years', '2024'])).toEqual({
      code: 2,
      message:
        'Fel: Ogiltigt nyckeltals-id "N2170", "", "XYZ" i --kpi: ett id är en bokstav och fem siffror, t.ex. U21401, och flera skiljs med komma / invalid key figure id',
    });
  });

  it('refuses years that are no years, ranges backwards and years out of range', async () => {
    for (const years of ['22-25', '2025-2022', '2024,', '1989', '2020-2200']) {
      expect(await samsyn(['fetch', '--kpi', 'U21401', '--years', years])).toEqual({
        code: 2,
        message: `Fel: Ogiltiga år "${years}" i --years: skriv ett år (2024), ett intervall (2022-2025) eller en lista (2018,2022-2025), år 1990–2199 / invalid years`,
      });
    }
  });

  it('refuses an address that is not http(s), from --url or SAMSYN_KOLADA_URL', async () => {
    const message = (url: string) =>
      `Fel: Ogiltig adress "${url}" till Kolada (--url eller SAMSYN_KOLADA_URL): ange t.ex. https://api.kolada.se/v2 / invalid URL`;
    expect(await samsyn(['fetch', '--kpi', 'U21401', '--years', '2024', '--url', 'api.kolada.se/v2'])).toEqual({ code: 2, message: message('api.kolada.se/v2') });
    expect(await samsyn(['fetch', '--kpi', 'U21401', '--years', '2024'], { SAMSYN_KOLADA_URL: 'ftp://kolada' })).toEqual({
      code: 2,
      message: message('ftp://kolada'),
    });
  });
});
