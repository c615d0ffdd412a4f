import type { LocalizedText } from '../definition.ts';
import { joinTexts } from './common.ts';

/** Texts shared by the indicators computed from primary-care contacts, so they cannot drift apart. */
export const primaryCareContactsSource: LocalizedText = {
  sv: 'Primärvårdens kontaktdata, som de rapporteras till Väntetider i vården (utökad uppföljning).',
  en: 'Primary-care contact data as reported to the national waiting-time database (extended follow-up).',
};

export const populationSource: LocalizedText = {
  sv: 'SCB:s befolkningsstatistik: folkmängd per kommun, kön och åldersgrupp.',
  en: 'Population statistics from Statistics Sweden: inhabitants by municipality, sex and age band.',
};

export const primaryCareContactsAndPopulationSource: LocalizedText = joinTexts(primaryCareContactsSource, populationSource);

export const monthlyShareOfContactsMethod: LocalizedText = {
  sv: 'Räknas per månad och patientens hemkommun. Andelen skattas med Wilsons konfidensintervall; högre nivåer summerar täljare och nämnare.',
  en: 'Counted per month and municipality of residence. Wilson confidence interval; higher levels sum numerators and denominators.',
};

export const allContacts: LocalizedText = { sv: 'Alla kontakter.', en: 'All contacts.' };
