import type { IndicatorDefinition } from '../definition.ts';
import { primaryCareContactsSource } from './primary-care.ts';

export const pvBedomning3d = {
  id: 'pv-bedomning-3d',
  version: 2,
  title: {
    sv: 'Medicinsk bedömning inom 3 dagar i primärvården',
    en: 'Medical assessment within 3 days in primary care',
  },
  shortTitle: { sv: 'Medicinsk bedömning inom 3 dagar', en: 'Medical assessment within 3 days' },
  area: 'accessibility',
  definition: {
    sv: 'Andel av vårdgarantikontakterna med medicinsk bedömning där bedömningen gjordes högst 3 dagar efter den första kontakten.',
    en: 'Share of care-guarantee contacts with a medical assessment where the assessment took place at most 3 days after the first contact.',
  },
  rationale: {
    sv: 'Vårdgarantin ger rätt till medicinsk bedömning inom 3 dagar. Snabb bedömning i primärvården är en förutsättning för att vården ska kunna flytta närmare patienten.',
    en: 'The care guarantee entitles patients to a medical assessment within 3 days. Fast assessment in primary care is a precondition for moving care closer to the patient.',
  },
  numerator: {
    sv: 'Vårdgarantikontakter med medicinsk bedömning högst 3 dagar efter första kontakt.',
    en: 'Care-guarantee contacts with a medical assessment at most 3 days after the first contact.',
  },
  denominator: {
    sv: 'Alla vårdgarantikontakter med medicinsk bedömning.',
    en: 'All care-guarantee contacts with a medical assessment.',
  },
  source: primaryCareContactsSource,
  method: {
    sv: 'Räknas per månad och patientens hemkommun från kontaktdatum och datum för första kontakt. Andelen skattas med Wilsons konfidensintervall; högre nivåer summerar täljare och nämnare.',
    en: 'Counted per month and municipality of residence from the contact date and first-contact date. Wilson confidence interval; higher levels sum numerators and denominators.',
  },
  caveats: {
    sv: 'Kontakter som inte gäller ett nytt problem (ej vårdgaranti) ingår inte. Registreringspraxis kan skilja mellan vårdenheter.',
    en: 'Contacts that do not concern a new problem (no care guarantee) are excluded. Recording practice may differ between units.',
  },
  unit: 'percent',
  polarity: 'higher_is_better',
  principal: 'region',
  frequency: 'month',
  assessment: { method: 'target', green: 90, yellow: 80 },
  disclosure: { minDenominator: 20, minCell: 0 },
  computation: {
    kind: 'proportion',
    dataset: 'pv_kontakter',
    periodField: 'kontaktdatum',
    denominatorWhere: [
      { op: 'eq', field: 'vardgaranti', value: true },
      { op: 'eq', field: 'medicinsk_bedomning', value: true },
    ],
    numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 3 }],
  },
  ownerGroup: 'Arbetsgrupp tillgänglighet',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
