import { formatDay, randomDay, yearsOf, type DemoMonth } from '../calendar.ts';
import { demoFileName, type DemoContext, type DemoGenerator } from '../context.ts';
import type { AgeBand, DemoMunicipality } from '../municipalities.ts';

/**
 * Primary-care contacts: a sample of about one contact in a hundred, enough for every indicator and
 * every municipality while keeping the first start short. Small municipalities get fewer than 20
 * contacts in some months, as they would in a sample, so small-number suppression shows.
 */
const contactsPerThousandAndMonth: Record<AgeBand, number> = { '0-17': 2.4, '18-64': 2.4, '65-79': 4.8, '80+': 8 };
/** Women seek primary care more often than men. */
const sexFactor = { K: 1.07, M: 0.93 } as const;
/** January … December: the summer holidays empty the waiting rooms, winter fills them. */
const season = [1.12, 1.1, 1.05, 0.98, 0.97, 0.9, 0.62, 0.85, 1.03, 1.06, 1.08, 0.98];

const professions = ['lakare', 'sjukskoterska', 'fysioterapeut', 'arbetsterapeut', 'psykolog', 'kurator', 'dietist', 'annan'];
const professionWeights = [40, 30, 10, 3, 4, 4, 1, 8];
/** How often a contact with each profession gets a diagnosis or procedure code. */
const assessmentShare: Record<string, number> = {
  lakare: 0.9,
  sjukskoterska: 0.45,
  fysioterapeut: 0.8,
  arbetsterapeut: 0.6,
  psykolog: 0.7,
  kurator: 0.5,
  dietist: 0.6,
  annan: 0.2,
};
const forms = ['fysiskt', 'hembesok', 'video', 'telefon', 'chatt'];
/** How much each age group uses video and chat, relative to the average. */
const digitalByAge: Record<AgeBand, number> = { '0-17': 0.9, '18-64': 1.3, '65-79': 0.7, '80+': 0.3 };
const homeVisitsByAge: Record<AgeBand, number> = { '0-17': 0.005, '18-64': 0.005, '65-79': 0.04, '80+': 0.16 };
const careGuaranteeShare = 0.45;

export const pvKontakterGenerator: DemoGenerator = {
  dataset: 'pv_kontakter',
  header: [
    'kontakt_id',
    'vardenhet_id',
    'kommun',
    'kon',
    'aldersgrupp',
    'kontaktdatum',
    'forsta_kontakt_datum',
    'yrkeskategori',
    'kontaktform',
    'vardgaranti',
    'medicinsk_bedomning',
  ],
  // One file a year, as a region would deliver history: importing them replaces a year of months each.
  files: (context, dataset) =>
    yearsOf(context.months).map((year) => ({
      name: demoFileName(dataset.name, year),
      *rows() {
        for (const month of context.months.filter((m) => m.year === year)) yield* contactsOfMonth(context, month);
      },
    })),
};

/** Every municipality's contacts in one month. */
export function* contactsOfMonth(context: DemoContext, month: DemoMonth): Generator<string[]> {
  for (const municipality of context.municipalities) yield* contactsOf(context, municipality, month);
}

function* contactsOf(context: DemoContext, municipality: DemoMunicipality, month: DemoMonth): Generator<string[]> {
  const random = context.random.fork('pv_kontakter', municipality.code, month.key);
  const profile = context.profile(municipality);
  const cells = context.population(municipality, month.year);
  const weights = cells.map((c) => (c.count * contactsPerThousandAndMonth[c.ageBand] * sexFactor[c.sex]) / 1000);
  const expected = weights.reduce((sum, w) => sum + w, 0) * season[month.month - 1]! * context.scale;
  const count = random.poisson(expected);
  const units = Math.max(1, Math.min(40, Math.round(municipality.population2024 / 15_000)));
  const t = month.yearsIn;
  // Holidays in July and the winter's infections lengthen the wait for an assessment.
  const seasonalDelay = month.month === 7 ? 0.06 : [12, 1, 2].includes(month.month) ? 0.02 : 0;
  const assessedInTime = profile.assessmentWithin3Days + profile.assessmentTrend * t - seasonalDelay;
  const idPrefix = `DEMO-${month.key.replace('-', '')}-${municipality.code}-`;

  for (let i = 1; i <= count; i++) {
    const cell = random.pick(cells, weights);
    const day = randomDay(random, month, 0.12);
    const profession = random.pick(professions, professionWeights);
    const digital = digitalByAge[cell.ageBand] * profile.digitalAffinity;
    const homeVisit = homeVisitsByAge[cell.ageBand];
    const video = (0.02 + 0.012 * t) * digital;
    const chat = (0.05 + 0.025 * t) * digital;
    const form = random.pick(forms, [1 - homeVisit - video - 0.28 - chat, homeVisit, video, 0.28, chat]);
    const careGuarantee = random.chance(careGuaranteeShare);
    const assessed = random.chance(assessmentShare[profession]!);
    let wait: number;
    if (careGuarantee && assessed) {
      wait = random.chance(assessedInTime) ? random.pick([0, 1, 2, 3], [45, 25, 17, 13]) : Math.min(60, 4 + random.geometric(4));
    } else {
      wait = random.chance(profile.sameDay) ? 0 : Math.min(45, 1 + random.geometric(2.5));
    }
    yield [
      `${idPrefix}${String(i).padStart(5, '0')}`,
      `DEMO-VC-${municipality.code}-${String(random.int(1, units)).padStart(2, '0')}`,
      municipality.code,
      cell.sex,
      cell.ageBand,
      formatDay(day),
      formatDay(day - wait),
      profession,
      form,
      careGuarantee ? 'J' : 'N',
      assessed ? 'J' : 'N',
    ];
  }
}
