import type { DisclosureRule, LocalizedText } from '../definition.ts';

/** Sentences from shared and indicator-specific texts joined into one text, in both languages. */
export function joinTexts(...texts: LocalizedText[]): LocalizedText {
  return { sv: texts.map((t) => t.sv).join(' '), en: texts.map((t) => t.en).join(' ') };
}

/**
 * Register data (contacts, waiting lists, care transitions): like Väntetider i vården, nothing is
 * published that builds on fewer than 20 observations.
 */
export const registerDataDisclosure: DisclosureRule = { minDenominator: 20, minCell: 0 };

/** Relative colours say where a unit stands among its peers, not whether its level is good. */
export const relativeQuartilesCaveat: LocalizedText = {
  sv: 'Färgen är relativ: den fjärdedel av länets kommuner som har bäst värde blir grön, den mittersta hälften gul och den sämsta fjärdedelen röd. Den säger inte om nivån är god i sig.',
  en: "The colour is relative: the quarter of the county's municipalities with the best values is green, the middle half yellow and the worst quarter red. It does not say whether the level is good in itself.",
};
