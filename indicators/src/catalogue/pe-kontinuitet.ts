import type { IndicatorDefinition } from '../definition.ts';
import { patientSurveyIndicator } from './patient-survey.ts';

export const peKontinuitet = {
  id: 'pe-kontinuitet',
  version: 2,
  title: { sv: 'Kontinuitet och koordinering enligt patienten', en: 'Continuity and coordination as patients see it' },
  shortTitle: { sv: 'Kontinuitet och koordinering', en: 'Continuity and coordination' },
  ...patientSurveyIndicator,
  definition: {
    sv: 'Andel positiva svar bland giltiga svar på frågorna i dimensionen kontinuitet och koordinering: om patienten möter samma personal och om vården och omsorgen hänger ihop mellan olika verksamheter.',
    en: 'Share of positive answers among valid answers to the questions of the dimension continuity and coordination: whether the patient meets the same staff and whether care hangs together across services.',
  },
  rationale: {
    sv: 'Kontinuitet är en kärna i god och nära vård. Patientens upplevelse visar om samordningen mellan region och kommun märks för den som får vården, vilket registermåtten inte kan visa.',
    en: "Continuity is at the heart of good, close-to-home care. The patient's experience shows whether the coordination between the region and the municipality is noticeable to those receiving care, which the register measures cannot show.",
  },
  numerator: {
    sv: 'Positiva svar på frågorna i dimensionen kontinuitet och koordinering.',
    en: 'Positive answers to the questions of the dimension continuity and coordination.',
  },
  computation: { kind: 'survey', dimension: 'kontinuitet_koordinering' },
} satisfies IndicatorDefinition;
