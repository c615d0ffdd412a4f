import type { IndicatorDefinition } from '../definition.ts';
import { allContacts, monthlyShareOfContactsMethod, primaryCareContactsSource } from './primary-care.ts';

export const pvKontaktSammaDag = {
  id: 'pv-kontakt-samma-dag',
  version: 2,
  title: { sv: 'Kontakt med primärvården samma dag', en: 'Same-day contact with primary care' },
  shortTitle: { sv: 'Kontakt samma dag', en: 'Same-day contact' },
  area: 'accessibility',
  definition: {
    sv: 'Andel av primärvårdens kontakter som hanterades samma dag som patienten först tog kontakt.',
    en: 'Share of primary-care contacts handled on the same day as the patient first made contact.',
  },
  rationale: {
    sv: 'Vårdgarantins första steg är kontakt samma dag. Det visar om patienten når primärvården när behovet uppstår.',
    en: 'The first step of the care guarantee is contact on the same day. It shows whether patients reach primary care when the need arises.',
  },
  numerator: {
    sv: 'Kontakter där kontaktdatum är samma som datum för första kontakt (dag 0).',
    en: 'Contacts whose contact date equals the first-contact date (day 0).',
  },
  denominator: allContacts,
  source: primaryCareContactsSource,
  method: monthlyShareOfContactsMethod,
  unit: 'percent',
  polarity: 'higher_is_better',
  principal: 'region',
  frequency: 'month',
  assessment: { method: 'significance_vs_county' },
  disclosure: { minDenominator: 20, minCell: 0 },
  computation: {
    kind: 'proportion',
    dataset: 'pv_kontakter',
    periodField: 'kontaktdatum',
    denominatorWhere: [],
    numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 0 }],
  },
  ownerGroup: 'Arbetsgrupp tillgänglighet',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
