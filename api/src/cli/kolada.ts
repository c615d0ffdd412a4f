import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { cliActor } from '../audit/record.ts';
import { UserFacingError } from '../errors.ts';
import { kolada, koladaYears } from '../imports/datasets/kolada.ts';
import { runImport } from '../imports/run-import.ts';
import { defaultKoladaUrl, fetchKolada, koladaMunicipalityIds, type KoladaProgress } from '../kolada/fetch.ts';
import type { Command } from './commands.ts';
import { withReadyDatabase } from './database.ts';
import { progressReporter, summarise, updateValuesAfter } from './import.ts';
import type { CliIo } from './io.ts';

const usage = [
  'samsyn kolada fetch --kpi U21401,N21704 --years 2022-2025 [--url ADRESS] [--out FIL.csv] [--accept-valid]',
  `(--url eller SAMSYN_KOLADA_URL: Kolada:s API, som standard ${defaultKoladaUrl})`,
].join('\n       ');

const usageError = (message: string) => new UserFacingError(`${message}\nAnvändning / usage: ${usage}`, { exitCode: 2 });

export const koladaCommand: Command = {
  summary: 'Hämtar nyckeltal från Kolada för länets kommuner och regionen och importerar dem (--out: sparar som CSV)',
  usage,
  async run(config, args, io) {
    const request = parse(args, io.env);
    const n = (value: number) => value.toLocaleString('sv-SE');
    let rows = 0;
    const onProgress = (progress: KoladaProgress) => {
      rows = progress.rows;
      io.out(`Kolada: ${progress.done} av ${progress.total} anrop klara, ${n(progress.rows)} värden`);
    };
    const fetchFor = (municipalities: string[]) => fetchKolada({ ...request, municipalities, onProgress });

    if (request.out) {
      const municipalities = await withReadyDatabase(config, (db) => koladaMunicipalityIds(db.sql));
      await writeFile(request.out, fetchFor(municipalities));
      io.out(`Skrev ${n(rows)} värden till ${request.out}.`);
      return;
    }
    const report = progressReporter(io);
    const { result, valuesLine } = await withReadyDatabase(config, async (db) => {
      const result = await runImport({
        sql: db.sql,
        embedded: db.kind === 'embedded',
        dataset: kolada,
        input: Readable.from(fetchFor(await koladaMunicipalityIds(db.sql))),
        fileName: `kolada-${request.kpis.join(',')}-${request.yearsText}.csv`,
        policy: request.acceptValid ? 'accept_valid' : 'all_or_nothing',
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

interface FetchRequest {
  kpis: string[];
  years: number[];
  yearsText: string;
  baseUrl: string;
  out: string | undefined;
  acceptValid: boolean;
}

function parse(args: string[], env: NodeJS.ProcessEnv): FetchRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        kpi: { type: 'string' },
        years: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
        'accept-valid': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] !== 'fetch') throw usageError('Ange underkommandot fetch / give the subcommand fetch');
  if (!values.kpi) throw usageError('Ange nyckeltalen med --kpi, t.ex. --kpi U21401,N21704 / give --kpi');
  if (!values.years) throw usageError('Ange åren med --years, t.ex. --years 2022-2025 / give --years');
  return {
    kpis: parseKpis(values.kpi),
    years: parseYears(values.years),
    yearsText: values.years.replaceAll(/\s/g, ''),
    baseUrl: parseUrl(values.url ?? env.SAMSYN_KOLADA_URL?.trim() ?? defaultKoladaUrl),
    out: values.out,
    acceptValid: values['accept-valid'],
  };
}

/** Kolada's key figure ids are a letter and five digits: N21704, U21401. */
function parseKpis(text: string): string[] {
  const kpis = [...new Set(text.split(',').map((kpi) => kpi.trim().toUpperCase()))];
  const bad = kpis.filter((kpi) => !/^[A-Z]\d{5}$/.test(kpi));
  if (bad.length > 0) {
    throw usageError(
      `Ogiltigt nyckeltals-id ${bad.map((kpi) => `"${kpi}"`).join(', ')} i --kpi: ett id är en bokstav och fem siffror, ` +
        't.ex. U21401, och flera skiljs med komma / invalid key figure id',
    );
  }
  return kpis;
}

/** "2024", "2022-2025" or a list of them, "2018,2022-2025": the years in order, each once. */
function parseYears(text: string): number[] {
  const years = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?$/.exec(part);
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || from > to || from < koladaYears.min || to > koladaYears.max) {
      throw usageError(
        `Ogiltiga år "${text}" i --years: skriv ett år (2024), ett intervall (2022-2025) eller en lista (2018,2022-2025), ` +
          `år ${koladaYears.min}–${koladaYears.max} / invalid years`,
      );
    }
    for (let year = from; year <= to; year++) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

function parseUrl(text: string): string {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw usageError(`Ogiltig adress "${text}" till Kolada (--url eller SAMSYN_KOLADA_URL): ange t.ex. ${defaultKoladaUrl} / invalid URL`);
  }
  return text;
}

/** Writes beside the target and renames at the end, so a failed fetch never leaves half a file behind. */
async function writeFile(path: string, csv: AsyncIterable<string>): Promise<void> {
  const partial = `${path}.delvis`;
  try {
    await pipeline(Readable.from(csv), createWriteStream(partial));
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
