export * from './periods.ts';
export type { ReportSectionKind, ReportSectionTemplate, ReportTemplate } from './template.ts';
export { builtInTemplates } from './templates/index.ts';
