import { ageBands, sexes } from '../imports/columns.ts';
import { readReferenceTable } from '../imports/read-csv.ts';
import { readVgrOrgUnits } from '../seed/org-units.ts';

type Sex = (typeof sexes)[number];
export type AgeBand = (typeof ageBands)[number];

export interface DemoMunicipality {
  code: string;
  name: string;
  subregion: string;
  /** Approximate population 2024 (rounded; not official statistics). */
  population2024: number;
  /** Approximate share of the population aged 65 or more in 2024, 0–1. */
  olderShare2024: number;
}

/** One cell of the population table. */
export interface PopulationCell {
  sex: Sex;
  ageBand: AgeBand;
  count: number;
}

/** Approximate figures for 2024 beside this file; the codes, names and sub-regions come from the seed. */
const figuresFile = new URL('./data/kommuner-demo.csv', import.meta.url);

export async function loadDemoMunicipalities(): Promise<DemoMunicipality[]> {
  const rows = await readReferenceTable<{ kod: string; namn: string; folkmangd: string; andel_65_plus: string }>(figuresFile);
  const figures = new Map(rows.map((row) => [row.kod, row]));
  const units = await readVgrOrgUnits();
  return units
    .filter((unit) => unit.kind === 'municipality')
    .map((unit) => {
      const row = figures.get(unit.code);
      // Both files are ours: a municipality without figures is a mistake to fix in kommuner-demo.csv.
      if (!row) throw new Error(`demo/data/kommuner-demo.csv saknar kommun ${unit.code} (${unit.name})`);
      return {
        code: unit.code,
        name: unit.name,
        subregion: unit.parentCode ?? '',
        population2024: Number(row.folkmangd),
        olderShare2024: Number(row.andel_65_plus) / 100,
      };
    });
}

/**
 * Population growth a year: the Gothenburg region grows, larger towns a little, the smallest
 * municipalities shrink slowly – the pattern of recent years, enough for believable denominators.
 */
function yearlyGrowth(municipality: DemoMunicipality): number {
  if (municipality.subregion === 'GR') return 0.009;
  if (municipality.population2024 >= 30_000) return 0.005;
  if (municipality.population2024 >= 10_000) return 0.001;
  return -0.004;
}

/** Share of women per age band: even among children and adults, more women among the oldest. */
const womenShare: Record<AgeBand, number> = { '0-17': 0.486, '18-64': 0.49, '65-79': 0.51, '80+': 0.58 };

/**
 * The municipality's population in a year by sex and age band. Older municipalities (a larger
 * 65+ share) have fewer children and a larger share of 80+ among the old; every municipality ages
 * by about 0.3 percentage points a year.
 */
export function populationCells(municipality: DemoMunicipality, year: number): PopulationCell[] {
  const total = municipality.population2024 * (1 + yearlyGrowth(municipality)) ** (year - 2024);
  const older = municipality.olderShare2024 + 0.003 * (year - 2024);
  const shares: Record<AgeBand, number> = {
    '0-17': 0.215 - 0.3 * (older - 0.2),
    '18-64': 0,
    '65-79': older * (0.73 - 0.2 * (older - 0.2)),
    '80+': older * (0.27 + 0.2 * (older - 0.2)),
  };
  shares['18-64'] = 1 - shares['0-17'] - shares['65-79'] - shares['80+'];
  return ageBands.flatMap((ageBand) =>
    sexes.map((sex) => {
      const women = womenShare[ageBand];
      return { sex, ageBand, count: Math.round(total * shares[ageBand] * (sex === 'K' ? women : 1 - women)) };
    }),
  );
}

export function totalPopulation(cells: readonly PopulationCell[], ageBand?: AgeBand): number {
  return cells.reduce((sum, cell) => sum + (ageBand === undefined || cell.ageBand === ageBand ? cell.count : 0), 0);
}
