import type { IndicatorDefinition } from '../definition.ts';
import { registerDataDisclosure } from './common.ts';
import { allContacts, monthlyShareOfContactsMethod, primaryCareContactsSource } from './primary-care.ts';

export const pvEjLakare = {
  id: 'pv-ej-lakare',
  version: 1,
  title: {
    sv: 'Andel kontakter i primärvården med annan yrkeskategori än läkare',
    en: 'Share of primary-care contacts with professions other than doctors',
  },
  shortTitle: { sv: 'Kontakter med annan profession än läkare', en: 'Non-doctor contacts' },
  area: 'accessibility',
  definition: {
    sv: 'Andel av primärvårdens kontakter där patienten hade kontakt med någon annan än en läkare: sjuksköterska, fysioterapeut, arbetsterapeut, psykolog, kurator, dietist eller annan yrkeskategori.',
    en: 'Share of primary-care contacts where the patient was in contact with someone other than a doctor: a nurse, physiotherapist, occupational therapist, psychologist, counsellor, dietitian or another profession.',
  },
  rationale: {
    sv: 'God och nära vård bygger på att hela primärvårdsteamet används. Andelen visar hur kontakterna fördelas mellan yrkesgrupperna men är inte i sig bra eller dålig.',
    en: 'Good, close-to-home care relies on using the whole primary-care team. The share shows how contacts are divided between the professions but is neither good nor bad in itself.',
  },
  numerator: {
    sv: 'Kontakter med sjuksköterska, fysioterapeut, arbetsterapeut, psykolog, kurator, dietist eller annan yrkeskategori.',
    en: 'Contacts with a nurse, physiotherapist, occupational therapist, psychologist, counsellor, dietitian or another profession.',
  },
  denominator: allContacts,
  source: primaryCareContactsSource,
  method: monthlyShareOfContactsMethod,
  caveats: {
    sv: 'Varje kontakt räknas en gång, med den yrkeskategori som registrerats för kontakten; när flera yrkesgrupper deltar syns bara en av dem. Kategorin annan omfattar yrken som saknar en egen kategori i rapporteringen.',
    en: 'Each contact is counted once, with the profession recorded for it; when several professions take part only one of them shows. The category other covers professions without a category of their own in the reporting.',
  },
  unit: 'percent',
  polarity: 'no_judgement',
  principal: 'region',
  frequency: 'month',
  assessment: { method: 'none' },
  disclosure: registerDataDisclosure,
  computation: {
    kind: 'proportion',
    dataset: 'pv_kontakter',
    periodField: 'kontaktdatum',
    denominatorWhere: [],
    numeratorWhere: [
      {
        op: 'in',
        field: 'yrkeskategori',
        values: ['sjukskoterska', 'fysioterapeut', 'arbetsterapeut', 'psykolog', 'kurator', 'dietist', 'annan'],
      },
    ],
  },
  ownerGroup: 'Arbetsgrupp tillgänglighet',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
