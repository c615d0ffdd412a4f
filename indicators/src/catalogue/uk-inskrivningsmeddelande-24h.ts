import type { IndicatorDefinition } from '../definition.ts';
import { byAdmissionDate, careTransitionsSource, shareOfEpisodesMethod } from './care-transitions.ts';
import { registerDataDisclosure } from './common.ts';

export const ukInskrivningsmeddelande24h = {
  id: 'uk-inskrivningsmeddelande-24h',
  version: 1,
  title: {
    sv: 'Inskrivningsmeddelande till kommun och primärvård inom 24 timmar',
    en: 'Admission notice to the municipality and primary care within 24 hours',
  },
  shortTitle: { sv: 'Inskrivningsmeddelande inom 24 h', en: 'Admission notice within 24 h' },
  area: 'care_transitions',
  definition: {
    sv: 'Andel av inskrivningarna med meddelandeplikt där slutenvården skickade inskrivningsmeddelande till kommunen och primärvården inom 24 timmar.',
    en: 'Share of admissions with a duty to notify where inpatient care sent an admission notice to the municipality and primary care within 24 hours.',
  },
  rationale: {
    sv: 'Enligt lagen om samverkan vid utskrivning från sluten hälso- och sjukvård ska slutenvården inom 24 timmar meddela kommunen och primärvården när en patient som kan behöva insatser efter utskrivningen skrivs in. Ett tidigt meddelande ger tid att planera hemgången.',
    en: 'Under the Act on cooperation at discharge from inpatient care, inpatient care must notify the municipality and primary care within 24 hours when a patient who may need support after discharge is admitted. An early notice gives time to plan the return home.',
  },
  numerator: {
    sv: 'Inskrivningar där meddelandet skickades högst 24 timmar efter inskrivningsdygnets början.',
    en: 'Admissions whose notice was sent at most 24 hours after the start of the day of admission.',
  },
  denominator: {
    sv: 'Inskrivningar av patienter som behöver insatser från kommunen eller primärvården efter utskrivningen, det vill säga där meddelandeplikt finns.',
    en: 'Admissions of patients who need support from the municipality or primary care after discharge, that is, where there is a duty to notify.',
  },
  source: careTransitionsSource,
  method: shareOfEpisodesMethod('month', byAdmissionDate),
  caveats: {
    sv: 'Underlaget har bara inskrivningsdatum, inte klockslag, så 24 timmar räknas från inskrivningsdygnets början (kl. 00.00). Ett meddelande som skickas dagen efter en inskrivning sent på kvällen kan därför räknas som sent fast det skickades inom 24 timmar; måttet är strängare än lagens krav. Inskrivningar där inget meddelande skickats räknas som inte inom 24 timmar.',
    en: 'The data has only the date of admission, not the time, so 24 hours count from the start of the day of admission (00:00). A notice sent the day after a late-evening admission may therefore count as late although it was sent within 24 hours; the measure is stricter than the law. Admissions without a notice count as not within 24 hours.',
  },
  unit: 'percent',
  polarity: 'higher_is_better',
  principal: 'region',
  frequency: 'month',
  assessment: { method: 'target', green: 95, yellow: 85 },
  disclosure: registerDataDisclosure,
  computation: {
    kind: 'proportion',
    dataset: 'utskrivningsklara',
    periodField: 'inskrivningsdatum',
    denominatorWhere: [{ op: 'eq', field: 'behov_av_insatser', value: true }],
    numeratorWhere: [
      { op: 'isNull', field: 'inskrivningsmeddelande_tid', value: false },
      { op: 'hoursBetween', from: 'inskrivningsdatum', to: 'inskrivningsmeddelande_tid', max: 24 },
    ],
  },
  ownerGroup: 'Arbetsgrupp samverkan vid in- och utskrivning',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
