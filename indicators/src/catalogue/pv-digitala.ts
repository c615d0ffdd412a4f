import type { IndicatorDefinition } from '../definition.ts';
import { allContacts, monthlyShareOfContactsMethod, primaryCareContactsSource } from './primary-care.ts';

export const pvDigitala = {
  id: 'pv-digitala',
  version: 2,
  title: { sv: 'Andel digitala kontakter i primärvården', en: 'Share of digital contacts in primary care' },
  shortTitle: { sv: 'Digitala kontakter', en: 'Digital contacts' },
  area: 'accessibility',
  definition: {
    sv: 'Andel av primärvårdens kontakter som skedde på distans: video, telefon eller chatt/e-tjänst.',
    en: 'Share of primary-care contacts made at a distance: video, telephone or chat/e-service.',
  },
  rationale: {
    sv: 'Digitala kontakter är en del av omställningen till nära vård. Andelen beskriver utvecklingen men är inte i sig bra eller dålig.',
    en: 'Digital contacts are part of the shift to close-to-home care. The share describes the development but is neither good nor bad in itself.',
  },
  numerator: {
    sv: 'Kontakter med kontaktform video, telefon eller chatt.',
    en: 'Contacts by video, telephone or chat.',
  },
  denominator: allContacts,
  source: primaryCareContactsSource,
  method: monthlyShareOfContactsMethod,
  unit: 'percent',
  polarity: 'no_judgement',
  principal: 'region',
  frequency: 'month',
  assessment: { method: 'none' },
  disclosure: { minDenominator: 20, minCell: 0 },
  computation: {
    kind: 'proportion',
    dataset: 'pv_kontakter',
    periodField: 'kontaktdatum',
    denominatorWhere: [],
    numeratorWhere: [{ op: 'in', field: 'kontaktform', values: ['video', 'telefon', 'chatt'] }],
  },
  ownerGroup: 'Arbetsgrupp tillgänglighet',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
