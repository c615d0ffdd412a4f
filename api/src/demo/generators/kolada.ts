import type { DemoMonth } from '../calendar.ts';
import { demoFileName, type DemoContext, type DemoGenerator } from '../context.ts';
import { totalPopulation, type DemoMunicipality } from '../municipalities.ts';
import type { Profile } from '../profiles.ts';
import type { Random } from '../random.ts';

/** Kolada's genders: T (total), K (women), M (men). */
const genders = ['T', 'K', 'M'] as const;
type Gender = (typeof genders)[number];

/** Kolada's symbol for a suppressed value (too few answers to publish). */
const suppressed = '..';

interface KpiInput {
  context: DemoContext;
  municipality: DemoMunicipality;
  profile: Profile;
  year: number;
  /** Years since the first year in the file. */
  yearsIn: number;
  gender: Gender;
  random: Random;
}

interface Kpi {
  id: string;
  /** Kolada publishes a value per gender. */
  byGender: boolean;
  decimals: number;
  /** The value, or undefined when Kolada would suppress it. */
  value(input: KpiInput): number | undefined;
}

/** Survey results from few respondents are suppressed: most often in small municipalities and per gender. */
function surveyValue(level: number, input: KpiInput): number | undefined {
  const { municipality, gender, random } = input;
  const population = municipality.population2024;
  const hidden = gender === 'T' ? population < 8_000 && random.chance(0.5) : population < 15_000 && random.chance(0.6);
  if (hidden) return undefined;
  const genderShift = gender === 'K' ? 1 : gender === 'M' ? -1 : 0;
  return Math.min(99, level + genderShift + random.normal(0, gender === 'T' ? 1.5 : 2.5));
}

const kpis: readonly Kpi[] = [
  {
    id: 'N21704', // share of 80+ with home care, %
    byGender: true,
    decimals: 1,
    value: ({ profile, gender, yearsIn, random }) =>
      profile.homeCare80 - 0.3 * yearsIn + (gender === 'K' ? 2.5 : gender === 'M' ? -4 : 0) + random.normal(0, 0.8),
  },
  {
    id: 'U21468', // home care, overall satisfaction, %
    byGender: true,
    decimals: 0,
    value: (input) => surveyValue(input.profile.homeCareSatisfaction, input),
  },
  {
    id: 'U23471', // nursing home, overall satisfaction, %
    byGender: true,
    decimals: 0,
    value: (input) => surveyValue(input.profile.nursingHomeSatisfaction, input),
  },
  {
    id: 'U21401', // home care staff continuity: staff met in 14 days
    byGender: false,
    decimals: 0,
    value: ({ profile, random }) => Math.max(3, profile.staffContinuity + random.normal(0, 1)),
  },
  {
    id: 'N20402', // fall injuries among 80+, per 100 000 inhabitants 80+
    byGender: true,
    decimals: 1,
    value: ({ municipality, gender, random, context, year }) => {
      const oldest = context
        .population(municipality, year)
        .filter((cell) => cell.ageBand === '80+' && (gender === 'T' || cell.sex === gender));
      const people = totalPopulation(oldest);
      const injuries = random.poisson(people * (gender === 'K' ? 0.056 : gender === 'M' ? 0.045 : 0.052));
      return (injuries / people) * 100_000;
    },
  },
];

/**
 * Kolada publishes a year in the following spring: the demo has every complete year of its
 * months, and at least the year before the last month.
 */
function yearsPublished(months: readonly DemoMonth[]): number[] {
  const last = months.at(-1)!;
  const lastYear = last.month === 12 ? last.year : last.year - 1;
  const firstYear = Math.min(months[0]!.year, lastYear);
  return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
}

/** Kolada's id of Västra Götaland's county (region 14), as its API writes it. */
const countyId = '0014';

/**
 * Yearly key figures per municipality, as Kolada publishes them, with decimal comma and `..`, and the county's
 * figure: the municipalities' values weighted by their population (the demo's stand-in for Kolada's own county
 * computation, which pools the underlying counts), over every municipality including those it suppresses.
 */
export const koladaGenerator: DemoGenerator = {
  dataset: 'kolada',
  header: ['kpi', 'kommun', 'ar', 'kon', 'varde'],
  files: (context, dataset) => {
    const years = yearsPublished(context.months);
    return [
      {
        name: demoFileName(dataset.name),
        *rows() {
          const format = (kpi: Kpi, value: number | undefined) => (value === undefined ? suppressed : value.toFixed(kpi.decimals).replace('.', ','));
          for (const kpi of kpis) {
            for (const year of years) {
              const county = new Map<Gender, { weighted: number; weight: number }>();
              for (const municipality of context.municipalities) {
                const random = context.random.fork('kolada', kpi.id, municipality.code, year);
                const profile = context.profile(municipality);
                for (const gender of kpi.byGender ? genders : (['T'] as const)) {
                  const input = { profile, municipality, gender, yearsIn: year - years[0]!, random, context, year };
                  const value = kpi.value(input);
                  yield [kpi.id, municipality.code, String(year), gender, format(kpi, value)];
                  // A suppressed figure still counts in the county's: it is hidden, not missing.
                  const counted = value ?? kpi.value({ ...input, gender: 'T' });
                  const sums = county.get(gender) ?? { weighted: 0, weight: 0 };
                  if (counted !== undefined) {
                    sums.weighted += counted * municipality.population2024;
                    sums.weight += municipality.population2024;
                  }
                  county.set(gender, sums);
                }
              }
              for (const [gender, { weighted, weight }] of county) {
                yield [kpi.id, countyId, String(year), gender, format(kpi, weight > 0 ? weighted / weight : undefined)];
              }
            }
          }
        },
      },
    ];
  },
};
