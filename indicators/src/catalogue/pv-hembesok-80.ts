import type { IndicatorDefinition } from '../definition.ts';
import { registerDataDisclosure } from './common.ts';
import { primaryCareContactsAndPopulationSource } from './primary-care.ts';

export const pvHembesok80 = {
  id: 'pv-hembesok-80',
  version: 1,
  title: {
    sv: 'Hembesök i primärvården till personer 80 år och äldre, per 1 000 invånare',
    en: 'Primary-care home visits to people aged 80 and over, per 1,000 inhabitants',
  },
  shortTitle: { sv: 'Hembesök 80+ per 1 000 invånare', en: 'Home visits 80+ per 1,000 inhabitants' },
  area: 'accessibility',
  definition: {
    sv: 'Antal hembesök från primärvården till patienter 80 år och äldre under kvartalet, per 1 000 invånare i samma ålder.',
    en: 'Number of primary-care home visits to patients aged 80 and over during the quarter, per 1,000 inhabitants of the same age.',
  },
  rationale: {
    sv: 'Många av de äldsta har svårt att ta sig till vårdcentralen. Hembesök ger vård där patienten bor och är en del av omställningen till nära vård, som region och kommun gör tillsammans.',
    en: 'Many of the oldest find it hard to get to the health centre. Home visits bring care to where the patient lives and are part of the shift to close-to-home care that the region and the municipalities make together.',
  },
  numerator: {
    sv: 'Kontakter med kontaktformen hembesök för patienter i åldersgruppen 80+.',
    en: 'Contacts in the form of a home visit for patients in the age band 80+.',
  },
  denominator: {
    sv: 'Invånare 80 år och äldre i patientens hemkommun enligt SCB.',
    en: "Inhabitants aged 80 and over in the patient's municipality of residence, according to Statistics Sweden.",
  },
  source: primaryCareContactsAndPopulationSource,
  method: {
    sv: 'Räknas per kvartal och patientens hemkommun: antalet hembesök under kvartalet delat med antalet invånare 80 år och äldre, gånger 1 000. Talet avser kvartalet och räknas inte om till helår. Konfidensintervall enligt Byar (exakta Poissongränser när antalet besök är under 10); högre nivåer summerar besök och invånare.',
    en: "Counted per quarter and municipality of residence: the number of home visits during the quarter divided by the number of inhabitants aged 80 and over, times 1,000. The figure is for the quarter and is not scaled to a year. Byar's confidence interval (exact Poisson limits below 10 visits); higher levels sum visits and inhabitants.",
  },
  caveats: {
    sv: 'Bara primärvårdens hembesök ingår; besök av den kommunala hemsjukvården finns inte i underlaget. Besök av flera yrkesgrupper hos samma patient räknas som flera besök. Ett högt värde kan också spegla att många av de äldsta har stora vårdbehov.',
    en: "Only primary care's home visits are included; visits by the municipal home health care are not in the data. Visits by several professions to the same patient count as several visits. A high value may also reflect that many of the oldest have great care needs.",
  },
  unit: 'per_thousand',
  polarity: 'higher_is_better',
  principal: 'joint',
  frequency: 'quarter',
  assessment: { method: 'significance_vs_county' },
  disclosure: registerDataDisclosure,
  computation: {
    kind: 'rate',
    dataset: 'pv_kontakter',
    periodField: 'kontaktdatum',
    numerator: {
      aggregate: 'count',
      where: [
        { op: 'eq', field: 'kontaktform', value: 'hembesok' },
        { op: 'eq', field: 'aldersgrupp', value: '80+' },
      ],
    },
    population: { ageBands: ['80+'] },
    per: 1_000,
  },
  ownerGroup: 'Arbetsgrupp tillgänglighet',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
