import type { ReportTemplate } from '../template.ts';
import { appendix, areaSections, scorecard, surveySummary } from './sections.ts';

export const yearlyReport: ReportTemplate = {
  id: 'arsrapport-god-och-nara-vard',
  title: { sv: 'Årsrapport god och nära vård', en: 'Annual report: good, close-to-home care' },
  periodType: 'year',
  sections: [
    scorecard,
    ...areaSections,
    {
      kind: 'comparison',
      title: { sv: 'Jämförelse mellan kommuner och delregioner', en: 'Comparison between municipalities and sub-regions' },
    },
    surveySummary,
    {
      kind: 'commentary',
      title: { sv: 'Analys, slutsatser och åtgärder', en: 'Analysis, conclusions and actions' },
    },
    appendix,
  ],
};
