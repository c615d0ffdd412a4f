import type { DisclosureRule, IndicatorDefinition, LocalizedText } from '../definition.ts';

/** Texts shared by the indicators computed from Samsyn's patient survey. */
export const patientSurveySource: LocalizedText = {
  sv: 'Samsyns gemensamma patientenkät, uppbyggd efter dimensionerna i Nationell patientenkät.',
  en: "Samsyn's joint patient survey, built on the dimensions of the National Patient Survey.",
};

export const patientSurveyMethod: LocalizedText = {
  sv: 'Räknas per kvartal och kommun som andelen positiva svar (till exempel Mycket bra eller Ganska bra) bland giltiga svar. Vet inte / Inte aktuellt räknas inte som giltigt svar. Andelen skattas med Wilsons konfidensintervall; högre nivåer summerar täljare och nämnare.',
  en: "Counted per quarter and municipality as the share of positive answers (for example Very good or Fairly good) among valid answers. Don't know / Not applicable is not a valid answer. Wilson confidence interval; higher levels sum numerators and denominators.",
};

export const validSurveyAnswers: LocalizedText = {
  sv: 'Alla giltiga svar på samma frågor, utom Vet inte / Inte aktuellt.',
  en: "All valid answers to the same questions, except Don't know / Not applicable.",
};

export const patientSurveyCaveat: LocalizedText = {
  sv: 'Frågorna och svarsalternativen är de i Samsyns inbyggda enkäter. Ett värde visas bara när minst 30 personer har svarat (inte 30 svar: en person svarar på flera frågor). Svaren dateras till veckan de lämnades. De som svarar har själva valt att svara, så resultatet kan skilja sig från alla patienters upplevelse.',
  en: "The questions and answer options are those of Samsyn's built-in questionnaires. A value is shown only when at least 30 people have answered (not 30 answers: one person answers several questions). Answers are dated to the week they were given. Respondents choose to answer, so the result may differ from the experience of all patients.",
};

/** Survey results are published only when at least 30 people have answered. */
export const patientSurveyDisclosure: DisclosureRule = { minDenominator: 30, minCell: 0 };

/** What the four survey indicators share: everything but what they ask about. */
export const patientSurveyIndicator = {
  area: 'patient_experience',
  denominator: validSurveyAnswers,
  source: patientSurveySource,
  method: patientSurveyMethod,
  caveats: patientSurveyCaveat,
  unit: 'percent',
  polarity: 'higher_is_better',
  principal: 'joint',
  frequency: 'quarter',
  assessment: { method: 'significance_vs_county' },
  disclosure: patientSurveyDisclosure,
  ownerGroup: 'Arbetsgrupp patientens upplevelse',
  validFrom: '2026-01-01',
  nextReviewDate: '2026-12-31',
} satisfies Partial<IndicatorDefinition>;
