import type { ReportSectionTemplate } from '../template.ts';

/** Sections shared by the built-in templates, so both reports read the same way. */
export const scorecard: ReportSectionTemplate = {
  kind: 'scorecard',
  title: { sv: 'Sammanfattande färgstyrkort', en: 'Summary scorecard' },
};

export const areaSections: readonly ReportSectionTemplate[] = [
  { kind: 'area', area: 'accessibility', title: { sv: 'Tillgänglighet', en: 'Accessibility' } },
  { kind: 'area', area: 'continuity', title: { sv: 'Kontinuitet', en: 'Continuity' } },
  {
    kind: 'area',
    area: 'care_transitions',
    title: { sv: 'Samverkan vid in- och utskrivning', en: 'Collaboration at admission and discharge' },
  },
  { kind: 'area', area: 'elderly_care', title: { sv: 'Hemtjänst och äldreomsorg', en: 'Home care and elderly care' } },
  { kind: 'area', area: 'patient_experience', title: { sv: 'Patientens upplevelse', en: 'Patient experience' } },
];

export const surveySummary: ReportSectionTemplate = {
  kind: 'survey_summary',
  title: { sv: 'Patientenkäter i sammandrag', en: 'Patient surveys in brief' },
};

export const appendix: ReportSectionTemplate = {
  kind: 'appendix',
  title: { sv: 'Bilaga: definitioner, metod och datakällor', en: 'Appendix: definitions, method and data sources' },
};
