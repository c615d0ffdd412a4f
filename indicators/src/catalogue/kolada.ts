import type { DisclosureRule, LocalizedText } from '../definition.ts';

/** Texts shared by the indicators taken as published from Kolada. */
export function koladaSource(kpi: string, kpiTitle: LocalizedText): LocalizedText {
  return {
    sv: `Kolada (Rådet för främjande av kommunala analyser, RKA), nyckeltal ${kpi}: ${kpiTitle.sv}.`,
    en: `Kolada (the Council for the Promotion of Municipal Analyses, RKA), key figure ${kpi}: ${kpiTitle.en}.`,
  };
}

export const koladaMethod: LocalizedText = {
  sv: 'Nyckeltalet hämtas från Kolada en gång om året och redovisas så som Kolada publicerar det, för varje kommun och, när Kolada har ett sådant värde, för länet. Samsyn räknar inte om värdet och räknar inte fram länets värde som ett medelvärde av kommunernas.',
  en: "The key figure is fetched from Kolada once a year and shown as Kolada publishes it, for each municipality and, where Kolada has one, for the county. Samsyn does not recompute the value, nor derive the county's value as an average of the municipalities'.",
};

/**
 * Kolada suppresses small numbers itself (`..`) and publishes no counts, so Samsyn adds no threshold
 * of its own: a minimum of one value is the rule that suppresses nothing further.
 */
export const koladaDisclosure: DisclosureRule = { minDenominator: 1, minCell: 0 };

export const koladaSuppressionCaveat: LocalizedText = {
  sv: 'Kolada undertrycker själv värden som bygger på för få personer eller svar och markerar dem med `..`. Samsyn visar dem som undertryckta med Koladas orsak och lägger inte till någon egen gräns.',
  en: "Kolada itself suppresses values built on too few people or answers and marks them `..`. Samsyn shows them as suppressed with Kolada's reason and adds no threshold of its own.",
};

/** Why the Kolada key figures with a direction are coloured relatively rather than against a target. */
export const koladaRelativeAssessmentCaveat: LocalizedText = {
  sv: 'Någon gemensam målnivå finns inte. Kolada redovisar bara värdet, inte antalet personer eller svar bakom det, så värdet kan inte jämföras med länets med ett konfidensintervall; därför jämförs kommunerna med varandra, som i Koladas Kommunens kvalitet i korthet.',
  en: "There is no agreed target. Kolada publishes only the value, not the number of people or answers behind it, so it cannot be compared with the county's value using a confidence interval; the municipalities are therefore compared with each other, as in Kolada's Municipal quality in brief.",
};

export const elderlyCareUserSurveyCaveat: LocalizedText = {
  sv: 'Nyckeltalet bygger på Socialstyrelsens årliga enkät ”Vad tycker de äldre om äldreomsorgen?” Svarsfrekvensen är låg i en del kommuner, och i små kommuner är skillnaden mellan två år ofta slumpmässig.',
  en: "The key figure builds on the National Board of Health and Welfare's yearly survey of older people's views of elderly care. Response rates are low in some municipalities, and in small municipalities the difference between two years is often due to chance.",
};
