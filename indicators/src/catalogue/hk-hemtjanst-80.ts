import type { IndicatorDefinition } from '../definition.ts';
import { joinTexts } from './common.ts';
import { koladaDisclosure, koladaMethod, koladaSource, koladaSuppressionCaveat } from './kolada.ts';

export const hkHemtjanst80 = {
  id: 'hk-hemtjanst-80',
  version: 1,
  title: { sv: 'Andel invånare 80 år och äldre med hemtjänst', en: 'Share of inhabitants aged 80 and over with home care' },
  shortTitle: { sv: 'Andel 80+ med hemtjänst', en: 'Share of 80+ with home care' },
  area: 'elderly_care',
  definition: {
    sv: 'Andel av invånarna 80 år och äldre som har hemtjänst i ordinärt boende, enligt Kolada (N21704).',
    en: 'Share of inhabitants aged 80 and over who receive home care in ordinary housing, according to Kolada (N21704).',
  },
  rationale: {
    sv: 'Visar hur stor del av de äldsta som får stöd i hemmet. Andelen speglar behov, utbud och arbetssätt i äldreomsorgen och är inte i sig bra eller dålig, men behövs för att tolka de andra indikatorerna.',
    en: 'Shows how large a part of the oldest receive support at home. The share reflects needs, supply and ways of working in elderly care and is neither good nor bad in itself, but it is needed to interpret the other indicators.',
  },
  numerator: {
    sv: 'Invånare 80 år och äldre med hemtjänst i ordinärt boende; Kolada räknar fram värdet.',
    en: 'Inhabitants aged 80 and over with home care in ordinary housing; Kolada computes the value.',
  },
  denominator: { sv: 'Alla invånare 80 år och äldre i kommunen.', en: 'All inhabitants aged 80 and over in the municipality.' },
  source: koladaSource('N21704', {
    sv: 'Invånare 80 år och äldre med hemtjänst i ordinärt boende, andel (%)',
    en: 'Inhabitants aged 80 and over with home care in ordinary housing, share (%)',
  }),
  method: koladaMethod,
  caveats: joinTexts(
    {
      sv: 'Andelen påverkas av hur många som bor i särskilt boende och av hur kommunen beviljar insatser; en låg andel kan spegla både friskare äldre och en snävare biståndsbedömning.',
      en: 'The share depends on how many live in nursing homes and on how the municipality grants support; a low share may reflect healthier older people as well as a stricter needs assessment.',
    },
    koladaSuppressionCaveat,
  ),
  unit: 'percent',
  polarity: 'no_judgement',
  principal: 'municipality',
  frequency: 'year',
  assessment: { method: 'none' },
  disclosure: koladaDisclosure,
  computation: { kind: 'kolada', kpi: 'N21704' },
  ownerGroup: 'Arbetsgrupp äldreomsorg',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
