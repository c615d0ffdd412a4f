import type { LocalizedText } from '../definition.ts';

/** Texts shared by the indicators computed from admissions and discharges (utskrivningsklara). */
export const careTransitionsSource: LocalizedText = {
  sv: 'SAMSA, regionens och kommunernas gemensamma IT-stöd för samordnad planering vid in- och utskrivning från slutenvården.',
  en: 'SAMSA, the IT system the region and the municipalities share for coordinated planning at admission to and discharge from inpatient care.',
};

/** The date that places an episode in a period. */
export const byAdmissionDate: LocalizedText = {
  sv: 'vårdtillfället hör till den period då patienten skrevs in',
  en: 'an episode belongs to the period of its admission',
};
export const byDischargeDate: LocalizedText = {
  sv: 'vårdtillfället hör till den period då patienten skrevs ut',
  en: 'an episode belongs to the period of its discharge',
};

const periodWords = {
  month: { sv: 'månad', en: 'month' },
  quarter: { sv: 'kvartal', en: 'quarter' },
} as const;

/** How a share of episodes is counted, per month or quarter and by the date that places an episode. */
export function shareOfEpisodesMethod(period: keyof typeof periodWords, placedBy: LocalizedText): LocalizedText {
  const words = periodWords[period];
  return {
    sv: `Räknas per ${words.sv} och patientens hemkommun; ${placedBy.sv}. Andelen skattas med Wilsons konfidensintervall; högre nivåer summerar täljare och nämnare.`,
    en: `Counted per ${words.en} and municipality of residence; ${placedBy.en}. Wilson confidence interval; higher levels sum numerators and denominators.`,
  };
}

export const dischargesNeedingEfforts: LocalizedText = {
  sv: 'Utskrivningar av patienter som behöver insatser från kommunen eller primärvården efter utskrivningen.',
  en: 'Discharges of patients who need support from the municipality or primary care after discharge.',
};

export const thirtyDayFollowUpCaveat: LocalizedText = {
  sv: 'Utfallet blir känt först 30 dagar efter utskrivningen, så det senaste kvartalets värde är preliminärt till dess att 30 dagar har gått efter kvartalets slut.',
  en: "The outcome is known only 30 days after discharge, so the latest quarter's value is provisional until 30 days after the end of the quarter.",
};

/** Episodes counted in the month of their discharge: only those that have ended. */
export const byDischarge = { dataset: 'utskrivningsklara', periodField: 'utskrivningsdatum' } as const;
export const discharged = { op: 'isNull', field: 'utskrivningsdatum', value: false } as const;
