import type { IndicatorDefinition } from '../definition.ts';
import {
  byDischarge,
  byDischargeDate,
  careTransitionsSource,
  discharged,
  dischargesNeedingEfforts,
  shareOfEpisodesMethod,
  thirtyDayFollowUpCaveat,
} from './care-transitions.ts';
import { joinTexts, registerDataDisclosure } from './common.ts';

export const ukSip30d = {
  id: 'uk-sip-30d',
  version: 1,
  title: {
    sv: 'Samordnad individuell plan (SIP) inom 30 dagar efter utskrivning',
    en: 'Coordinated individual plan (SIP) within 30 days of discharge',
  },
  shortTitle: { sv: 'SIP inom 30 dagar', en: 'SIP within 30 days' },
  area: 'care_transitions',
  definition: {
    sv: 'Andel av utskrivningarna av patienter som behöver insatser efter utskrivningen där en samordnad individuell plan (SIP) hölls inom 30 dagar från utskrivningsdagen.',
    en: 'Share of discharges of patients who need support after discharge where a coordinated individual plan (SIP) meeting was held within 30 days of the day of discharge.',
  },
  rationale: {
    sv: 'En SIP samlar region, kommun, patient och närstående kring en gemensam plan när patienten behöver insatser från båda huvudmännen. Att planen görs snart efter hemkomsten är region och kommun gemensamt ansvariga för.',
    en: 'A SIP brings the region, the municipality, the patient and their family together around one plan when the patient needs support from both. Making the plan soon after the return home is the joint responsibility of the region and the municipality.',
  },
  numerator: {
    sv: 'Utskrivningar där en SIP hölls 0–30 dagar efter utskrivningsdagen.',
    en: 'Discharges where a SIP meeting was held 0–30 days after the day of discharge.',
  },
  denominator: dischargesNeedingEfforts,
  source: careTransitionsSource,
  method: shareOfEpisodesMethod('quarter', byDischargeDate),
  caveats: joinTexts(
    {
      sv: 'En SIP som hölls före utskrivningsdagen räknas inte. Nämnaren omfattar alla som behöver insatser från kommunen eller primärvården, även de som bara behöver insatser från den ena och därför inte alltid behöver en SIP.',
      en: 'A SIP held before the day of discharge does not count. The denominator covers everyone who needs support from the municipality or primary care, including those who need support from only one of them and so do not always need a SIP.',
    },
    thirtyDayFollowUpCaveat,
  ),
  unit: 'percent',
  polarity: 'higher_is_better',
  principal: 'joint',
  frequency: 'quarter',
  assessment: { method: 'target', green: 80, yellow: 60 },
  disclosure: registerDataDisclosure,
  computation: {
    kind: 'proportion',
    ...byDischarge,
    denominatorWhere: [
      { op: 'eq', field: 'behov_av_insatser', value: true },
      discharged,
    ],
    numeratorWhere: [
      { op: 'isNull', field: 'sip_datum', value: false },
      { op: 'daysBetween', from: 'utskrivningsdatum', to: 'sip_datum', min: 0, max: 30 },
    ],
  },
  ownerGroup: 'Arbetsgrupp samverkan vid in- och utskrivning',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
