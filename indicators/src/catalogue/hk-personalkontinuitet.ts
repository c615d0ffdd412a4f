import type { IndicatorDefinition } from '../definition.ts';
import { joinTexts } from './common.ts';
import { koladaDisclosure, koladaMethod, koladaSource, koladaSuppressionCaveat } from './kolada.ts';

export const hkPersonalkontinuitet = {
  id: 'hk-personalkontinuitet',
  version: 1,
  title: { sv: 'Personalkontinuitet i hemtjänsten', en: 'Staff continuity in home care' },
  shortTitle: { sv: 'Personalkontinuitet hemtjänst', en: 'Home-care staff continuity' },
  area: 'continuity',
  definition: {
    sv: 'Antal personal som en hemtjänsttagare med minst två besök dagligen möter under 14 dagar, enligt Kolada (U21401).',
    en: 'Number of staff a home-care recipient with at least two visits a day meets during 14 days, according to Kolada (U21401).',
  },
  rationale: {
    sv: 'Att möta få och kända personer ger trygghet och gör det lättare att upptäcka när hälsan förändras. Kontinuitet i hemtjänsten är en grund för nära vård och omsorg i hemmet.',
    en: 'Meeting few and familiar people gives a sense of security and makes changes in health easier to notice. Continuity in home care is a foundation for close-to-home care in the home.',
  },
  numerator: {
    sv: 'Antal olika personal som hemtjänsttagarna möter under mätperiodens 14 dagar; Kolada räknar fram värdet.',
    en: 'Number of different staff the home-care recipients meet during the 14 days measured; Kolada computes the value.',
  },
  denominator: {
    sv: 'Hemtjänsttagare med minst två besök dagligen under mätperioden.',
    en: 'Home-care recipients with at least two visits a day during the period measured.',
  },
  source: koladaSource('U21401', {
    sv: 'Personalkontinuitet, antal personal som en hemtjänsttagare med minst två besök dagligen möter under 14 dagar',
    en: 'Staff continuity, number of staff a home-care recipient with at least two visits a day meets during 14 days',
  }),
  method: koladaMethod,
  caveats: joinTexts(
    {
      sv: 'Mätningen avser 14 dagar en gång om året, så ett enskilt år kan påverkas av till exempel sjukfrånvaro under just de dagarna. Målnivåerna (grönt vid högst 10, gult vid högst 15) är arbetsgruppens förslag.',
      en: "The measurement covers 14 days once a year, so a single year can be affected by, for example, sickness absence during just those days. The targets (green at most 10, yellow at most 15) are the working group's proposal.",
    },
    koladaSuppressionCaveat,
  ),
  unit: 'number',
  polarity: 'lower_is_better',
  principal: 'municipality',
  frequency: 'year',
  assessment: { method: 'target', green: 10, yellow: 15 },
  disclosure: koladaDisclosure,
  computation: { kind: 'kolada', kpi: 'U21401' },
  ownerGroup: 'Arbetsgrupp kontinuitet',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
