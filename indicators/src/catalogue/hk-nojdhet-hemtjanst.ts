import type { IndicatorDefinition } from '../definition.ts';
import { joinTexts, relativeQuartilesCaveat } from './common.ts';
import {
  elderlyCareUserSurveyCaveat,
  koladaDisclosure,
  koladaMethod,
  koladaRelativeAssessmentCaveat,
  koladaSource,
  koladaSuppressionCaveat,
} from './kolada.ts';

export const hkNojdhetHemtjanst = {
  id: 'hk-nojdhet-hemtjanst',
  version: 1,
  title: { sv: 'Brukarnas helhetsbedömning av hemtjänsten', en: "Home-care recipients' overall satisfaction" },
  shortTitle: { sv: 'Nöjdhet hemtjänst', en: 'Home-care satisfaction' },
  area: 'elderly_care',
  definition: {
    sv: 'Andel av de äldre med hemtjänst som svarat att de sammantaget är mycket eller ganska nöjda med sin hemtjänst, enligt Kolada (U21468).',
    en: 'Share of older people with home care who answered that, all in all, they are very or fairly satisfied with their home care, according to Kolada (U21468).',
  },
  rationale: {
    sv: 'Brukarnas egen bedömning är det mest direkta måttet på hur hemtjänsten upplevs och kompletterar de indikatorer som bygger på register.',
    en: "The recipients' own assessment is the most direct measure of how home care is experienced and complements the indicators built on registers.",
  },
  numerator: {
    sv: 'Svarande som sammantaget är mycket eller ganska nöjda med hemtjänsten; Kolada räknar fram värdet.',
    en: 'Respondents who are, all in all, very or fairly satisfied with their home care; Kolada computes the value.',
  },
  denominator: { sv: 'Alla som besvarat frågan.', en: 'Everyone who answered the question.' },
  source: koladaSource('U21468', {
    sv: 'Brukarbedömning hemtjänst äldreomsorg, helhetssyn, andel (%)',
    en: 'User assessment of home care for older people, overall view, share (%)',
  }),
  method: koladaMethod,
  caveats: joinTexts(elderlyCareUserSurveyCaveat, koladaRelativeAssessmentCaveat, relativeQuartilesCaveat, koladaSuppressionCaveat),
  unit: 'percent',
  polarity: 'higher_is_better',
  principal: 'municipality',
  frequency: 'year',
  assessment: { method: 'relative_quartiles' },
  disclosure: koladaDisclosure,
  computation: { kind: 'kolada', kpi: 'U21468' },
  ownerGroup: 'Arbetsgrupp äldreomsorg',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
