import type { ReportTemplate } from '../template.ts';
import { quarterlyReport } from './quarterly.ts';
import { yearlyReport } from './yearly.ts';

export const builtInTemplates: readonly ReportTemplate[] = [quarterlyReport, yearlyReport];
