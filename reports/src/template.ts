import type { IndicatorArea, LocalizedText } from '@samsyn/indicators';
import type { ReportPeriodType } from './periods.ts';

export type ReportSectionKind = 'scorecard' | 'area' | 'comparison' | 'survey_summary' | 'commentary' | 'appendix';

export type ReportSectionTemplate =
  | { kind: 'area'; title: LocalizedText; area: IndicatorArea }
  | { kind: Exclude<ReportSectionKind, 'area'>; title: LocalizedText };

/** A report template is reviewed code: working groups create reports from it, never edit it in place. */
export interface ReportTemplate {
  id: string;
  title: LocalizedText;
  periodType: ReportPeriodType;
  sections: readonly ReportSectionTemplate[];
}
