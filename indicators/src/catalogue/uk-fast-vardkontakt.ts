import type { IndicatorDefinition } from '../definition.ts';
import {
  byDischarge,
  byDischargeDate,
  careTransitionsSource,
  discharged,
  dischargesNeedingEfforts,
  shareOfEpisodesMethod,
} from './care-transitions.ts';
import { registerDataDisclosure } from './common.ts';

export const ukFastVardkontakt = {
  id: 'uk-fast-vardkontakt',
  version: 1,
  title: { sv: 'Fast vårdkontakt utsedd vid utskrivning', en: 'Named care contact appointed at discharge' },
  shortTitle: { sv: 'Fast vårdkontakt vid utskrivning', en: 'Named care contact at discharge' },
  area: 'continuity',
  definition: {
    sv: 'Andel av utskrivningarna av patienter som behöver insatser efter utskrivningen där en fast vårdkontakt var utsedd när patienten skrevs ut.',
    en: 'Share of discharges of patients who need support after discharge where a named care contact had been appointed when the patient was discharged.',
  },
  rationale: {
    sv: 'En fast vårdkontakt samordnar patientens vård efter utskrivningen och ger patienten och de närstående en väg in. Den är en förutsättning för kontinuitet när vården flyttar från sjukhuset till hemmet.',
    en: "A named care contact coordinates the patient's care after discharge and gives the patient and their family one way in. It is a precondition for continuity as care moves from the hospital to the home.",
  },
  numerator: {
    sv: 'Utskrivningar där en fast vårdkontakt var utsedd.',
    en: 'Discharges where a named care contact had been appointed.',
  },
  denominator: dischargesNeedingEfforts,
  source: careTransitionsSource,
  method: shareOfEpisodesMethod('month', byDischargeDate),
  caveats: {
    sv: 'Ett tomt värde för fast vårdkontakt räknas som att ingen var utsedd. Måttet säger inget om hur kontakten sedan fungerade för patienten.',
    en: 'An empty value for the named care contact counts as none appointed. The measure says nothing about how the contact then worked for the patient.',
  },
  unit: 'percent',
  polarity: 'higher_is_better',
  principal: 'region',
  frequency: 'month',
  assessment: { method: 'significance_vs_county' },
  disclosure: registerDataDisclosure,
  computation: {
    kind: 'proportion',
    ...byDischarge,
    denominatorWhere: [
      discharged,
      { op: 'eq', field: 'behov_av_insatser', value: true },
    ],
    numeratorWhere: [{ op: 'eq', field: 'fast_vardkontakt', value: true }],
  },
  ownerGroup: 'Arbetsgrupp kontinuitet',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
