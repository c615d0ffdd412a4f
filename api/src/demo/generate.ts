import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../imports/dataset.ts';
import { findDataset } from '../imports/datasets/index.ts';
import { demoMonths } from './calendar.ts';
import { createContext, demoFileName, type DemoFile, type DemoGenerator } from './context.ts';
import { writeCsvFile } from './csv-file.ts';
import { befolkningGenerator } from './generators/befolkning.ts';
import { faultyContactsFile, faultyLines } from './generators/felaktig.ts';
import { koladaGenerator } from './generators/kolada.ts';
import { pvKontakterGenerator } from './generators/pv-kontakter.ts';
import { specialiseradVantandeGenerator } from './generators/specialiserad-vantande.ts';
import { utskrivningsklaraGenerator } from './generators/utskrivningsklara.ts';
import { loadDemoMunicipalities } from './municipalities.ts';
import type { DemoSettings } from './settings.ts';

/** In import order: population first, as a region would load its denominators. */
const generators: readonly DemoGenerator[] = [
  befolkningGenerator,
  pvKontakterGenerator,
  utskrivningsklaraGenerator,
  specialiseradVantandeGenerator,
  koladaGenerator,
];

export interface DemoFileEntry {
  file: string;
  dataset: string;
  /** Data lines, without the header. */
  rows: number;
}

/** What a run wrote, saved as demodata.json beside the files; `importDemo` imports from it. */
export interface DemoManifest extends DemoSettings {
  /** First and last month, YYYY-MM. */
  from: string;
  to: string;
  files: DemoFileEntry[];
  /** The file with deliberate mistakes, for the rejects view; not imported by default. */
  faulty: DemoFileEntry & { faultyLines: number };
}

const manifestName = 'demodata.json';

export interface GenerateOptions extends DemoSettings {
  dir: string;
  /** The clock: the demo ends with the last complete month before this day. */
  today: Date;
  onFile?: (entry: DemoFileEntry) => void;
}

export interface GenerateResult {
  manifest: DemoManifest;
}

/**
 * Writes synthetic files for every dataset into `dir`, in each dataset's exact contract. The same
 * settings and day give byte-identical files.
 */
export async function generateDemo(options: GenerateOptions): Promise<GenerateResult> {
  const { dir, months: monthCount, scale, seed } = options;
  await mkdir(dir, { recursive: true });
  // A half-written folder must not be imported with an older manifest.
  await rm(join(dir, manifestName), { force: true });

  const months = demoMonths(options.today, monthCount);
  const context = createContext({ municipalities: await loadDemoMunicipalities(), months, scale, seed });
  const write = async (dataset: string, file: DemoFile, header: readonly string[]) => {
    const entry = { file: file.name, dataset, rows: await writeCsvFile(join(dir, file.name), header, file.rows()) };
    options.onFile?.(entry);
    return entry;
  };

  const files: DemoFileEntry[] = [];
  for (const generator of generators) {
    const dataset = findDataset(generator.dataset);
    assertSameColumns(generator, dataset);
    for (const file of generator.files(context, dataset)) files.push(await write(dataset.name, file, generator.header));
  }
  const faultyFile = faultyContactsFile(context, demoFileName('felaktig-pv_kontakter'));
  const faulty = { ...(await write(pvKontakterGenerator.dataset, faultyFile, pvKontakterGenerator.header)), faultyLines };

  const manifest: DemoManifest = { seed, months: monthCount, scale, from: months[0]!.key, to: months.at(-1)!.key, files, faulty };
  await writeFile(join(dir, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest };
}

export async function readManifest(dir: string): Promise<DemoManifest> {
  return JSON.parse(await readFile(join(dir, manifestName), 'utf8')) as DemoManifest;
}

/** A contract that changed without the demo following would only show as rejected files later. */
function assertSameColumns(generator: DemoGenerator, dataset: Dataset): void {
  const expected = dataset.columns.map((c) => c.name).sort();
  const written = [...generator.header].sort();
  if (expected.join(';') !== written.join(';')) {
    throw new Error(
      `Demodata för ${dataset.name} skriver kolumnerna ${written.join(', ')} men datamängden har ${expected.join(', ')}: ` +
        'uppdatera api/src/demo/generators/',
    );
  }
}
