import type { CodegenConfig } from '@graphql-codegen/cli';
import { schemaFiles } from './src/schema/files.ts';

/**
 * Types the resolvers against the SDL. Run `pnpm codegen` after editing a schema.graphql; `pnpm check`
 * fails when the generated file is out of date.
 */

const config: CodegenConfig = {
  schema: schemaFiles(),
  generates: {
    'api/src/schema/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      hooks: {
        // Codegen re-exports the mapped enum types with `export { X }`; under verbatimModuleSyntax a type
        // must be re-exported with `export type`.
        beforeOneFileWrite: [(_path: string, content: string) => content.replace(/^export \{ (\w+) \};$/gm, 'export type { $1 };')],
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Enums resolve to the lower-case values of the domain packages (see schema/enums.ts); pointing
        // codegen at those TypeScript types keeps resolvers typed against what the code really returns.
        enumValues: {
          OrgUnitKind: './org/rows.ts#OrgUnitKind',
          Role: '../auth/roles.ts#Role',
          IndicatorArea: '@samsyn/indicators#IndicatorArea',
          Polarity: '@samsyn/indicators#Polarity',
          Principal: '@samsyn/indicators#Principal',
          Frequency: '@samsyn/indicators#Frequency',
          IndicatorUnit: '@samsyn/indicators#IndicatorUnit',
          AssessmentMethod: '@samsyn/indicators#AssessmentMethod',
          ReportPeriodType: '@samsyn/reports#ReportPeriodType',
          ReportSectionKind: '@samsyn/reports#ReportSectionKind',
          ImportStatus: './imports/queries.ts#ImportBatchStatus',
          ImportPolicy: '../imports/run-import.ts#ImportPolicy',
          PeriodType: '../engine/periods.ts#PeriodType',
          MissingReason: '../engine/evaluate.ts#MissingReason',
          TrendDirection: '../engine/trends.ts#TrendDirection',
          Status: '@samsyn/indicators#Status',
          GreyReason: '@samsyn/indicators#GreyReason',
          CountyComparison: '@samsyn/indicators#Comparison',
          SurveyRefusal: '../surveys/submit.ts#SurveyRefusalReason',
          SurveySubmitStatus: '../surveys/submit.ts#SubmitStatus',
          SurveyAnswerProblemCode: '../surveys/answers.ts#AnswerProblemCode',
          QuestionnaireStatus: '../surveys/questionnaires.ts#QuestionnaireStatus',
          SurveyCountPeriod: '../surveys/counts.ts#CountPeriod',
          ReportState: '../reports/reports.ts#ReportState',
          ReportTextField: '../reports/reports.ts#SectionTextField',
        },
        contextType: './context.ts#GraphQLContext',
        mappers: {
          OrgUnit: './org/rows.ts#OrgUnitRow',
          User: '../auth/users.ts#UserRow',
          RoleGrant: '../auth/roles.ts#RoleGrant as RoleGrantModel',
          AuditEntry: './audit/queries.ts#AuditRow',
          ImportBatch: './imports/queries.ts#ImportBatchRow',
          Indicator: '@samsyn/indicators#IndicatorDefinition',
          IndicatorValue: './values/queries.ts#ValueModel',
          ReportTemplate: '@samsyn/reports#ReportTemplate as ReportTemplateModel',
          ReportSectionTemplate: '@samsyn/reports#ReportSectionTemplate as ReportSectionTemplateModel',
          ReportPeriod: '@samsyn/reports#ReportPeriod as ReportPeriodModel',
          QuestionnaireVersion: '../surveys/questionnaires.ts#QuestionnaireVersion as QuestionnaireVersionModel',
          SurveyLink: '../surveys/links.ts#SurveyLink as SurveyLinkModel',
          Questionnaire: './surveys/queries.ts#QuestionnaireRow',
          Report: '../reports/reports.ts#ReportRow',
          ReportSection: '../reports/reports.ts#SectionRow',
          ReportComment: './reports/resolvers.ts#CommentModel',
          ReportTransition: '../reports/states.ts#TransitionRow',
          ReportData: './reports/resolvers.ts#ReportDataModel',
          ReportDataBatch: '../reports/data.ts#SnapshotBatch',
          Markdown: '../reports/markdown.ts#MarkdownText',
        },
        avoidOptionals: { field: true },
        // JSON inputs are untrusted until a domain schema has parsed them.
        scalars: { ID: { input: 'string', output: 'string' }, JSON: { input: 'unknown', output: 'unknown' } },
      },
    },
  },
};

export default config;
