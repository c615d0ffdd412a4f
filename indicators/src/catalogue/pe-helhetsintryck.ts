import type { IndicatorDefinition } from '../definition.ts';
import { patientSurveyIndicator } from './patient-survey.ts';

export const peHelhetsintryck = {
  id: 'pe-helhetsintryck',
  version: 2,
  title: { sv: 'Patientens helhetsintryck av vården och omsorgen', en: "The patient's overall impression of care" },
  shortTitle: { sv: 'Helhetsintryck', en: 'Overall impression' },
  ...patientSurveyIndicator,
  definition: {
    sv: 'Andel positiva svar bland giltiga svar på frågorna i dimensionen helhetsintryck: patientens samlade bedömning av den vård och omsorg hen har fått.',
    en: "Share of positive answers among valid answers to the questions of the dimension overall impression: the patient's overall assessment of the care received.",
  },
  rationale: {
    sv: 'Patientens egen upplevelse ska ingå i den gemensamma uppföljningen av god och nära vård. Helhetsintrycket sammanfattar upplevelsen och kan jämföras med Nationell patientenkät.',
    en: "The patient's own experience is to be part of the joint follow-up of good, close-to-home care. The overall impression sums up the experience and can be compared with the National Patient Survey.",
  },
  numerator: {
    sv: 'Positiva svar på frågorna i dimensionen helhetsintryck.',
    en: 'Positive answers to the questions of the dimension overall impression.',
  },
  computation: { kind: 'survey', dimension: 'helhetsintryck' },
} satisfies IndicatorDefinition;
