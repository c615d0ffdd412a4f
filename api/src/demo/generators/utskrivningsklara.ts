import { formatDay, formatMoment, randomDay, type DemoMonth } from '../calendar.ts';
import { demoFileName, type DemoContext, type DemoGenerator } from '../context.ts';
import type { AgeBand, DemoMunicipality } from '../municipalities.ts';

/**
 * Hospital episodes that concern the municipality, per inhabitant and month: mostly the old. About
 * half the real number: the validation of timestamps makes these rows the slowest to import.
 */
const episodesPerInhabitant: Record<AgeBand, number> = { '0-17': 0, '18-64': 0.00003, '65-79': 0.0006, '80+': 0.0024 };
/** January … December: more admissions in the winter. */
const season = [1.12, 1.1, 1.05, 1, 0.98, 0.95, 0.88, 0.92, 0.98, 1, 1.02, 1.08];
const needsSupportShare = 0.78;
const sipShare = 0.4;

const yesNo = (value: boolean) => (value ? 'J' : 'N');

export const utskrivningsklaraGenerator: DemoGenerator = {
  dataset: 'utskrivningsklara',
  header: [
    'vardtillfalle_id',
    'kommun',
    'kon',
    'aldersgrupp',
    'inskrivningsdatum',
    'inskrivningsmeddelande_tid',
    'utskrivningsklar_datum',
    'utskrivningsdatum',
    'behov_av_insatser',
    'fast_vardkontakt',
    'sip_datum',
    'aterinskriven_30d',
  ],
  files: (context, dataset) => [
    {
      name: demoFileName(dataset.name),
      *rows() {
        for (const month of context.months) {
          for (const municipality of context.municipalities) yield* episodesOf(context, municipality, month);
        }
      },
    },
  ],
};

/**
 * Episodes admitted in one month. What has not happened by the end of the last demo month (the
 * extraction date) is empty, as in a real extract: patients still in hospital, a SIP not yet held,
 * readmission not yet known.
 */
function* episodesOf(context: DemoContext, municipality: DemoMunicipality, month: DemoMonth): Generator<string[]> {
  const random = context.random.fork('utskrivningsklara', municipality.code, month.key);
  const profile = context.profile(municipality);
  const cells = context.population(municipality, month.year);
  const weights = cells.map((c) => c.count * episodesPerInhabitant[c.ageBand]);
  const count = random.poisson(weights.reduce((sum, w) => sum + w, 0) * season[month.month - 1]! * context.scale);
  const extracted = context.months.at(-1)!.lastDay;
  const known = (day: number) => (day <= extracted ? formatDay(day) : '');
  const waitDays = profile.dischargeWaitDays * profile.dischargeTrend ** month.yearsIn;
  const idPrefix = `DEMO-VT-${month.key.replace('-', '')}-${municipality.code}-`;

  for (let i = 1; i <= count; i++) {
    const cell = random.pick(cells, weights);
    const admitted = randomDay(random, month);
    const notice = random.chance(0.96)
      ? random.chance(profile.noticeWithin24h)
        ? formatMoment(admitted, random.int(60, 23 * 60))
        : formatMoment(admitted + random.int(1, 3), random.int(7 * 60, 17 * 60))
      : '';
    const needsSupport = random.chance(needsSupportShare);
    const ready = admitted + 1 + random.geometric(4);
    // A few complex cases wait much longer than the municipality's usual days.
    const wait = needsSupport ? random.geometric(waitDays) + (random.chance(0.04) ? random.int(5, 20) : 0) : random.chance(0.9) ? 0 : 1;
    const discharged = ready + wait;
    const isDischarged = discharged <= extracted;
    const sip = needsSupport && isDischarged && random.chance(sipShare)
      ? discharged + (random.chance(profile.sipWithin30Days) ? random.int(2, 30) : random.int(31, 75))
      : undefined;
    const readmissionRisk = profile.readmission30Days * (cell.ageBand === '80+' ? 1.2 : 0.9);
    yield [
      `${idPrefix}${String(i).padStart(4, '0')}`,
      municipality.code,
      cell.sex,
      cell.ageBand,
      formatDay(admitted),
      notice,
      known(ready),
      known(discharged),
      yesNo(needsSupport),
      needsSupport && isDischarged ? yesNo(random.chance(profile.namedContact)) : '',
      sip === undefined ? '' : known(sip),
      discharged + 30 <= extracted ? yesNo(random.chance(readmissionRisk)) : '',
    ];
  }
}
