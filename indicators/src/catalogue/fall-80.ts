import type { IndicatorDefinition } from '../definition.ts';
import { joinTexts, relativeQuartilesCaveat } from './common.ts';
import { koladaDisclosure, koladaMethod, koladaSource, koladaSuppressionCaveat } from './kolada.ts';

export const fall80 = {
  id: 'fall-80',
  version: 1,
  title: { sv: 'Fallskador bland personer 80 år och äldre', en: 'Fall injuries among people aged 80 and over' },
  shortTitle: { sv: 'Fallskador 80+', en: 'Fall injuries 80+' },
  area: 'elderly_care',
  definition: {
    sv: 'Fallskador bland invånare 80 år och äldre per 100 000 invånare i samma ålder, enligt Kolada (N20402).',
    en: 'Fall injuries among inhabitants aged 80 and over per 100,000 inhabitants of the same age, according to Kolada (N20402).',
  },
  rationale: {
    sv: 'Fallskador är en vanlig orsak till att äldre läggs in på sjukhus och förlorar funktion. Att förebygga fall kräver både regionens vård och kommunens omsorg, och därför är indikatorn gemensam.',
    en: "Fall injuries are a common reason for older people to be admitted to hospital and lose function. Preventing falls takes both the region's health care and the municipality's social care, which is why the indicator is joint.",
  },
  numerator: {
    sv: 'Fallskador under året bland invånare 80 år och äldre, så som Kolada definierar dem; Kolada räknar fram värdet.',
    en: 'Fall injuries during the year among inhabitants aged 80 and over, as Kolada defines them; Kolada computes the value.',
  },
  denominator: { sv: 'Invånare 80 år och äldre.', en: 'Inhabitants aged 80 and over.' },
  source: koladaSource('N20402', {
    sv: 'Fallskador bland personer 80 år och äldre, per 100 000 invånare',
    en: 'Fall injuries among people aged 80 and over, per 100,000 inhabitants',
  }),
  method: koladaMethod,
  caveats: joinTexts(
    {
      sv: 'I små kommuner är antalet fallskador litet och kan variera mycket mellan åren. Ingen gemensam målnivå finns, och Kolada redovisar inte antalen bakom värdet, så kommunerna jämförs med varandra.',
      en: 'In small municipalities the number of fall injuries is small and can vary a lot between years. There is no agreed target, and Kolada does not publish the counts behind the value, so the municipalities are compared with each other.',
    },
    relativeQuartilesCaveat,
    koladaSuppressionCaveat,
  ),
  unit: 'per_hundred_thousand',
  polarity: 'lower_is_better',
  principal: 'joint',
  frequency: 'year',
  assessment: { method: 'relative_quartiles' },
  disclosure: koladaDisclosure,
  computation: { kind: 'kolada', kpi: 'N20402' },
  ownerGroup: 'Arbetsgrupp äldreomsorg',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
