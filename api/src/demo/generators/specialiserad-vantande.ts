import { formatDay, type DemoMonth } from '../calendar.ts';
import { demoFileName, type DemoContext, type DemoGenerator } from '../context.ts';
import type { AgeBand, DemoMunicipality } from '../municipalities.ts';

/** Waiting referrals on the measurement day, per inhabitant (a sample, like the contacts). */
const waitingPerInhabitant: Record<AgeBand, number> = { '0-17': 0.0002, '18-64': 0.0004, '65-79': 0.0007, '80+': 0.0005 };
/** Specialities and how long their queues are, relative to the average. */
const specialities = [
  { name: 'Ortopedi', weight: 18, wait: 1.4 },
  { name: 'Ögonsjukvård', weight: 14, wait: 1.1 },
  { name: 'Allmän kirurgi', weight: 12, wait: 0.9 },
  { name: 'Öron-, näs- och halssjukvård', weight: 10, wait: 1.2 },
  { name: 'Gynekologi', weight: 9, wait: 1 },
  { name: 'Urologi', weight: 8, wait: 1.1 },
  { name: 'Hudsjukvård', weight: 8, wait: 1.3 },
  { name: 'Kardiologi', weight: 7, wait: 0.7 },
  { name: 'Neurologi', weight: 6, wait: 1.2 },
  { name: 'Reumatologi', weight: 4, wait: 0.8 },
];
/** Mean days waited on the measurement day: about a third have waited more than 90 days. */
const meanWaitDays = 80;

export const specialiseradVantandeGenerator: DemoGenerator = {
  dataset: 'specialiserad_vantande',
  header: ['remiss_id', 'matdatum', 'kommun', 'kon', 'aldersgrupp', 'vardtyp', 'specialitet', 'vantedagar', 'patientvald_vantan'],
  files: (context, dataset) => [
    {
      name: demoFileName(dataset.name),
      *rows() {
        for (const month of context.months) {
          for (const municipality of context.municipalities) yield* waitingOf(context, municipality, month);
        }
      },
    },
  ],
};

/** The waiting list of the municipality's residents on the last day of the month. */
function* waitingOf(context: DemoContext, municipality: DemoMunicipality, month: DemoMonth): Generator<string[]> {
  const random = context.random.fork('specialiserad_vantande', municipality.code, month.key);
  const profile = context.profile(municipality);
  const cells = context.population(municipality, month.year);
  const weights = cells.map((c) => c.count * waitingPerInhabitant[c.ageBand]);
  const count = random.poisson(weights.reduce((sum, w) => sum + w, 0) * context.scale);
  // Queues shrink slowly over the years; after the summer they are longest.
  const seasonal = [7, 8, 9].includes(month.month) ? 1.15 : 1;
  const mean = meanWaitDays * profile.specialistWait * seasonal * 0.96 ** month.yearsIn;
  const idPrefix = `DEMO-R-${month.key.replace('-', '')}-${municipality.code}-`;

  for (let i = 1; i <= count; i++) {
    const cell = random.pick(cells, weights);
    const speciality = random.pick(specialities, specialities.map((s) => s.weight));
    const operation = random.chance(cell.ageBand === '65-79' || cell.ageBand === '80+' ? 0.45 : 0.3);
    yield [
      `${idPrefix}${String(i).padStart(4, '0')}`,
      formatDay(month.lastDay),
      municipality.code,
      cell.sex,
      cell.ageBand,
      operation ? 'operation' : 'forstabesok',
      speciality.name,
      String(Math.min(3650, Math.floor(random.exponential(mean * speciality.wait * (operation ? 1.2 : 1))))),
      random.chance(0.05) ? 'J' : 'N',
    ];
  }
}
