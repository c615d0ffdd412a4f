import type { ReportTemplate } from '../template.ts';
import { appendix, areaSections, scorecard, surveySummary } from './sections.ts';

export const quarterlyReport: ReportTemplate = {
  id: 'kvartalsrapport-god-och-nara-vard',
  title: { sv: 'Kvartalsrapport god och nära vård', en: 'Quarterly report: good, close-to-home care' },
  periodType: 'quarter',
  sections: [
    scorecard,
    ...areaSections,
    surveySummary,
    { kind: 'commentary', title: { sv: 'Arbetsgruppens kommentarer', en: 'Comments from the working group' } },
    appendix,
  ],
};
