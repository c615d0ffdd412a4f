import type { DemoMunicipality } from './municipalities.ts';
import type { Random } from './random.ts';

/**
 * What makes one municipality's demo figures differ from another's: a sub-region effect shared by
 * its municipalities plus a municipality's own deviation, both stable for a seed, so that
 * comparisons in the demo show real, persistent differences rather than noise.
 */
export interface Profile {
  /** Share of care-guarantee contacts with an assessment assessed within 3 days, at the start. */
  assessmentWithin3Days: number;
  /** Change of that share per year (percentage points / 100). */
  assessmentTrend: number;
  /** Share of other contacts handled the same day the patient got in touch. */
  sameDay: number;
  /** Multiplies the share of video and chat contacts. */
  digitalAffinity: number;
  /** Mean days a discharge-ready patient stays in hospital, at the start. */
  dischargeWaitDays: number;
  /** Factor on those days per year: below 1 improves. */
  dischargeTrend: number;
  noticeWithin24h: number;
  namedContact: number;
  sipWithin30Days: number;
  readmission30Days: number;
  /** Factor on waiting times in specialised care (the sub-region's hospital group). */
  specialistWait: number;
  /** Kolada levels. */
  homeCare80: number;
  homeCareSatisfaction: number;
  nursingHomeSatisfaction: number;
  staffContinuity: number;
}

interface SubregionEffect {
  assessment: number;
  digital: number;
  dischargeWait: number;
  notice: number;
  specialistWait: number;
  homeCare80: number;
}

/** Invented but plausible: Skaraborg assesses fastest and discharges quickest, Fyrbodal lags. */
const subregionEffects: Record<string, SubregionEffect> = {
  GR: { assessment: -0.01, digital: 1.3, dischargeWait: 1.1, notice: 0, specialistWait: 1.1, homeCare80: -1.5 },
  FYRBODAL: { assessment: -0.05, digital: 0.9, dischargeWait: 1.7, notice: -0.05, specialistWait: 1.2, homeCare80: 1.5 },
  SKARABORG: { assessment: 0.05, digital: 0.85, dischargeWait: 0.55, notice: 0.03, specialistWait: 0.8, homeCare80: 0.5 },
  SJUHARAD: { assessment: 0.02, digital: 1, dischargeWait: 0.9, notice: 0.01, specialistWait: 0.95, homeCare80: 0 },
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function profileOf(municipality: DemoMunicipality, random: Random): Profile {
  const effect = subregionEffects[municipality.subregion];
  if (!effect) throw new Error(`Demodata saknar en profil för delregionen ${municipality.subregion}`);
  const r = random.fork('profil', municipality.code);
  const smallness = clamp(Math.log10(20_000 / municipality.population2024), -1.5, 1);
  // Strong, skewed differences: most municipalities take their patients home within a day or two,
  // a few are clearly worse.
  const dischargeWaitDays = clamp(effect.dischargeWait * Math.exp(r.normal(Math.log(1.4), 0.6)), 0.2, 9);
  // Those with long waits are the likeliest to have started improving; the rest stay where they are.
  const improving = r.chance(dischargeWaitDays > 2.5 ? 0.7 : 0.4);
  return {
    assessmentWithin3Days: clamp(0.85 + effect.assessment + r.normal(0, 0.025), 0.6, 0.97),
    // Most improve a little, some slip: trends differ visibly between municipalities.
    assessmentTrend: r.normal(0.012, 0.015),
    sameDay: clamp(r.normal(0.68, 0.05), 0.5, 0.85),
    digitalAffinity: effect.digital * clamp(r.normal(1, 0.12), 0.7, 1.3) * (1 - 0.1 * smallness),
    dischargeWaitDays,
    dischargeTrend: improving ? clamp(r.normal(0.68, 0.08), 0.5, 0.85) : clamp(r.normal(1, 0.04), 0.92, 1.1),
    noticeWithin24h: clamp(0.9 + effect.notice + r.normal(0, 0.03), 0.7, 0.99),
    namedContact: clamp(r.normal(0.8, 0.07), 0.55, 0.97),
    sipWithin30Days: clamp(r.normal(0.68, 0.1), 0.35, 0.92),
    readmission30Days: clamp(r.normal(0.16, 0.02), 0.1, 0.23),
    specialistWait: effect.specialistWait * clamp(r.normal(1, 0.05), 0.85, 1.15),
    homeCare80: clamp(21 + effect.homeCare80 + 2 * smallness + r.normal(0, 2.5), 12, 32),
    homeCareSatisfaction: clamp(88 + 1.5 * smallness + r.normal(0, 3), 72, 98),
    nursingHomeSatisfaction: clamp(82 + 1.5 * smallness + r.normal(0, 4), 65, 96),
    // Larger municipalities organise home care in larger groups: more staff per person.
    staffContinuity: clamp(15 - 2.5 * smallness + r.normal(0, 2.5), 7, 24),
  };
}
