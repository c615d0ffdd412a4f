import type { IndicatorDefinition } from '../definition.ts';
import { patientSurveyIndicator } from './patient-survey.ts';

export const peDelaktighet = {
  id: 'pe-delaktighet',
  version: 2,
  title: { sv: 'Delaktighet och involvering enligt patienten', en: 'Participation and involvement as patients see it' },
  shortTitle: { sv: 'Delaktighet och involvering', en: 'Participation and involvement' },
  ...patientSurveyIndicator,
  definition: {
    sv: 'Andel positiva svar bland giltiga svar på frågorna i dimensionen delaktighet och involvering: om patienten och, när patienten vill, de närstående har fått vara med och påverka sin vård och omsorg.',
    en: 'Share of positive answers among valid answers to the questions of the dimension participation and involvement: whether the patient and, when the patient wishes, their family have been able to take part in and influence their care.',
  },
  rationale: {
    sv: 'God och nära vård utgår från patientens behov och förutsättningar och görs tillsammans med patienten. Delaktigheten kan bara mätas genom att fråga patienterna.',
    en: "Good, close-to-home care starts from the patient's needs and circumstances and is given together with the patient. Participation can only be measured by asking patients.",
  },
  numerator: {
    sv: 'Positiva svar på frågorna i dimensionen delaktighet och involvering.',
    en: 'Positive answers to the questions of the dimension participation and involvement.',
  },
  computation: { kind: 'survey', dimension: 'delaktighet_involvering' },
} satisfies IndicatorDefinition;
