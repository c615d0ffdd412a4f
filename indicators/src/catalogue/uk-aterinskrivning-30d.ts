import type { IndicatorDefinition } from '../definition.ts';
import {
  byDischarge,
  byDischargeDate,
  careTransitionsSource,
  discharged,
  shareOfEpisodesMethod,
  thirtyDayFollowUpCaveat,
} from './care-transitions.ts';
import { joinTexts, registerDataDisclosure } from './common.ts';

export const ukAterinskrivning30d = {
  id: 'uk-aterinskrivning-30d',
  version: 1,
  title: {
    sv: 'Återinskrivning inom 30 dagar bland personer 65 år och äldre',
    en: 'Readmission within 30 days among people aged 65 and over',
  },
  shortTitle: { sv: 'Återinskrivning inom 30 dagar 65+', en: 'Readmission within 30 days 65+' },
  area: 'care_transitions',
  definition: {
    sv: 'Andel av utskrivningarna av patienter 65 år och äldre där patienten skrevs in i slutenvården igen inom 30 dagar.',
    en: 'Share of discharges of patients aged 65 and over where the patient was admitted to inpatient care again within 30 days.',
  },
  rationale: {
    sv: 'En oplanerad återinskrivning kort efter utskrivningen kan tyda på att hemgången inte var väl förberedd eller att uppföljningen i primärvården och kommunen brast. Måttet speglar därför hur väl region och kommun lyckas tillsammans.',
    en: 'An unplanned readmission soon after discharge may indicate that the return home was not well prepared or that follow-up in primary care and the municipality fell short. The measure therefore reflects how well the region and the municipality succeed together.',
  },
  numerator: {
    sv: 'Utskrivningar där patienten skrevs in igen inom 30 dagar.',
    en: 'Discharges where the patient was admitted again within 30 days.',
  },
  denominator: {
    sv: 'Utskrivningar av patienter i åldersgrupperna 65–79 och 80+.',
    en: 'Discharges of patients in the age bands 65–79 and 80+.',
  },
  source: careTransitionsSource,
  method: shareOfEpisodesMethod('quarter', byDischargeDate),
  caveats: joinTexts(
    {
      sv: 'Underlaget skiljer inte planerade från oplanerade återinskrivningar. Avsikten är att bara oplanerade ska räknas, vilket förutsätter att källsystemet bara markerar dem. Ett tomt värde räknas som ingen återinskrivning.',
      en: 'The data does not tell planned from unplanned readmissions. The intention is to count only unplanned ones, which requires the source system to mark only those. An empty value counts as no readmission.',
    },
    thirtyDayFollowUpCaveat,
    {
      sv: 'Förslaget till katalog angav grönt under 15 % och gult under 20 %. Samsyns målregel räknar gränsvärdet till den bättre färgen, så här gäller grönt vid högst 15 % och gult vid högst 20 %; exakt 15 % blir alltså grönt.',
      en: "The proposed catalogue said green below 15% and yellow below 20%. Samsyn's target rule gives a value on the limit the better colour, so here green means at most 15% and yellow at most 20%; exactly 15% is thus green.",
    },
  ),
  unit: 'percent',
  polarity: 'lower_is_better',
  principal: 'joint',
  frequency: 'quarter',
  assessment: { method: 'target', green: 15, yellow: 20 },
  disclosure: registerDataDisclosure,
  computation: {
    kind: 'proportion',
    ...byDischarge,
    denominatorWhere: [
      discharged,
      { op: 'in', field: 'aldersgrupp', values: ['65-79', '80+'] },
    ],
    numeratorWhere: [{ op: 'eq', field: 'aterinskriven_30d', value: true }],
  },
  ownerGroup: 'Arbetsgrupp samverkan vid in- och utskrivning',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
