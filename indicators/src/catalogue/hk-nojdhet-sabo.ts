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

export const hkNojdhetSabo = {
  id: 'hk-nojdhet-sabo',
  version: 1,
  title: { sv: 'De boendes helhetsbedömning av särskilt boende', en: "Nursing-home residents' overall satisfaction" },
  shortTitle: { sv: 'Nöjdhet särskilt boende', en: 'Nursing-home satisfaction' },
  area: 'elderly_care',
  definition: {
    sv: 'Andel av de äldre i särskilt boende som svarat att de sammantaget är mycket eller ganska nöjda med sitt boende, enligt Kolada (U23471).',
    en: 'Share of older people in nursing homes who answered that, all in all, they are very or fairly satisfied with their nursing home, according to Kolada (U23471).',
  },
  rationale: {
    sv: 'De boendes egen bedömning är det mest direkta måttet på hur det särskilda boendet upplevs och kompletterar de indikatorer som bygger på register.',
    en: "The residents' own assessment is the most direct measure of how the nursing home is experienced and complements the indicators built on registers.",
  },
  numerator: {
    sv: 'Svarande som sammantaget är mycket eller ganska nöjda med sitt särskilda boende; Kolada räknar fram värdet.',
    en: 'Respondents who are, all in all, very or fairly satisfied with their nursing home; Kolada computes the value.',
  },
  denominator: { sv: 'Alla som besvarat frågan.', en: 'Everyone who answered the question.' },
  source: koladaSource('U23471', {
    sv: 'Brukarbedömning särskilt boende äldreomsorg, helhetssyn, andel (%)',
    en: 'User assessment of nursing homes for older people, overall view, share (%)',
  }),
  method: koladaMethod,
  caveats: joinTexts(
    elderlyCareUserSurveyCaveat,
    {
      sv: 'Många boende har svårt att besvara enkäten själva och får hjälp av närstående eller personal, vilket kan påverka svaren.',
      en: 'Many residents find it hard to answer the survey themselves and are helped by family or staff, which may affect the answers.',
    },
    koladaRelativeAssessmentCaveat,
    relativeQuartilesCaveat,
    koladaSuppressionCaveat,
  ),
  unit: 'percent',
  polarity: 'higher_is_better',
  principal: 'municipality',
  frequency: 'year',
  assessment: { method: 'relative_quartiles' },
  disclosure: koladaDisclosure,
  computation: { kind: 'kolada', kpi: 'U23471' },
  ownerGroup: 'Arbetsgrupp äldreomsorg',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
