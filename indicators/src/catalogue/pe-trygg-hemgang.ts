import type { IndicatorDefinition } from '../definition.ts';
import { joinTexts } from './common.ts';
import { patientSurveyCaveat, patientSurveyIndicator } from './patient-survey.ts';

export const peTryggHemgang = {
  id: 'pe-trygg-hemgang',
  version: 2,
  title: { sv: 'Kände sig trygg vid hemgången från sjukhuset', en: 'Felt safe going home from hospital' },
  shortTitle: { sv: 'Trygg hemgång', en: 'Safe return home' },
  ...patientSurveyIndicator,
  definition: {
    sv: 'Andel positiva svar bland giltiga svar på frågan om patienten kände sig trygg när hen skrevs ut från sjukhuset och kom hem.',
    en: 'Share of positive answers among valid answers to the question whether the patient felt safe when discharged from hospital and returning home.',
  },
  rationale: {
    sv: 'Tryggheten vid hemgången visar om planeringen mellan sjukhuset, primärvården och kommunen fungerade så som patienten själv upplevde den. Den kompletterar registermåtten för in- och utskrivning.',
    en: 'Feeling safe on the way home shows whether the planning between the hospital, primary care and the municipality worked as the patient experienced it. It complements the register measures for admission and discharge.',
  },
  numerator: {
    sv: 'Positiva svar på frågan om trygghet vid hemgången.',
    en: 'Positive answers to the question on feeling safe going home.',
  },
  caveats: joinTexts(
    {
      sv: 'Bara patienter som har skrivits ut från slutenvården får frågan.',
      en: 'Only patients discharged from inpatient care are asked the question.',
    },
    patientSurveyCaveat,
  ),
  computation: { kind: 'survey', dimension: 'trygg_hemgang' },
} satisfies IndicatorDefinition;
