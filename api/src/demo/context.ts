import type { Dataset } from '../imports/dataset.ts';
import type { DemoMonth } from './calendar.ts';
import type { Rows } from './csv-file.ts';
import { populationCells, type DemoMunicipality, type PopulationCell } from './municipalities.ts';
import { profileOf, type Profile } from './profiles.ts';
import { Random } from './random.ts';

/** Everything a generator needs, built once per run. */
export interface DemoContext {
  municipalities: readonly DemoMunicipality[];
  months: readonly DemoMonth[];
  /** 1 = the default volume; rows scale linearly. */
  scale: number;
  random: Random;
  profile(municipality: DemoMunicipality): Profile;
  population(municipality: DemoMunicipality, year: number): PopulationCell[];
}

/** One file to write: its name in the output folder and its rows. */
export interface DemoFile {
  name: string;
  rows: () => Rows;
}

/** Writes the files of one import dataset, with the header of that dataset's contract. */
export interface DemoGenerator {
  dataset: string;
  header: readonly string[];
  files(context: DemoContext, dataset: Dataset): DemoFile[];
}

export function createContext(options: {
  municipalities: readonly DemoMunicipality[];
  months: readonly DemoMonth[];
  scale: number;
  seed: number;
}): DemoContext {
  const random = new Random(`samsyn-demo/${options.seed}`);
  const profiles = new Map(options.municipalities.map((m) => [m.code, profileOf(m, random)]));
  const populations = new Map<string, PopulationCell[]>();
  return {
    ...options,
    random,
    profile: (municipality) => profiles.get(municipality.code)!,
    population(municipality, year) {
      const key = `${municipality.code}/${year}`;
      let cells = populations.get(key);
      if (!cells) populations.set(key, (cells = populationCells(municipality, year)));
      return cells;
    },
  };
}

/** demodata-<dataset>[-<part>].csv: every file the demo writes is recognisable by its name. */
export function demoFileName(dataset: string, part?: string | number): string {
  return `demodata-${dataset}${part === undefined ? '' : `-${part}`}.csv`;
}
