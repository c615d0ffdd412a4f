import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isAllowed, isGlobalPermission, type Permission } from '../auth/policy.ts';
import { reportUnitOf } from '../reports/reports.ts';
import { countyCode } from '../seed/org-units.ts';
import type { GraphQLContext } from './context.ts';

/**
 * Who may call each root field. Every Query and Mutation field must be listed: `enforcePolicies`
 * refuses to build a schema with a field missing here, so a new operation cannot ship unguarded.
 */
export type OperationPolicy =
  | { access: 'public' }
  | { access: 'authenticated' }
  | {
      access: 'permission';
      permission: Permission;
      /**
       * For scoped permissions: the organisation unit the call is about, from its arguments (for a report, the
       * report's unit, looked up). Unknown means no scope, which only admins pass.
       */
      orgUnitOf?: (args: Record<string, unknown>, context: GraphQLContext) => string | null | undefined | Promise<string | null | undefined>;
    };

const publicAccess: OperationPolicy = { access: 'public' };
const loggedIn: OperationPolicy = { access: 'authenticated' };
const manageUsers: OperationPolicy = { access: 'permission', permission: 'users.manage' };
/**
 * Imports and the indicator catalogue serve the whole county's follow-up: working-group members for the
 * county (and admins).
 */
const countyEditors: OperationPolicy = { access: 'permission', permission: 'content.edit', orgUnitOf: () => countyCode };
/** A report's working group, reviewers or both, by a grant that covers the report's unit. */
const onReport = (permission: Permission): OperationPolicy => ({
  access: 'permission',
  permission,
  orgUnitOf: (args, { sql }) =>
    reportUnitOf(sql, { reportId: args.reportId as string, sectionId: args.sectionId as string, commentId: args.commentId as string }),
});

/** Survey distribution and follow-up: editors of the unit the call is about, or of a unit above it. */
const unitEditors: OperationPolicy = {
  access: 'permission',
  permission: 'content.edit',
  orgUnitOf: (args) => {
    const input = args.input as { orgUnitCode?: string } | undefined;
    return (args.orgUnitCode as string | undefined) ?? input?.orgUnitCode;
  },
};

export const operationPolicies: Record<string, OperationPolicy> = {
  'Query.version': publicAccess,
  'Query.orgUnits': publicAccess,
  'Query.orgUnit': publicAccess,
  'Query.indicators': publicAccess,
  'Query.indicator': publicAccess,
  // Published values are public, like the definitions; suppressed cells carry no numbers.
  'Query.indicatorValues': publicAccess,
  'Query.comparison': publicAccess,
  'Query.scorecard': publicAccess,
  'Query.scorecardGrid': publicAccess,
  'Query.unitProfile': publicAccess,
  'Query.reportTemplates': publicAccess,
  'Query.latestCompletePeriod': publicAccess,
  // Published reports are public; the resolvers show the others only to those who may read unpublished material.
  'Query.reports': publicAccess,
  'Query.report': publicAccess,
  'Query.me': publicAccess,
  'Query.singleSignOn': publicAccess,
  'Query.users': manageUsers,
  'Query.auditLog': { access: 'permission', permission: 'audit.read' },
  'Query.importBatches': countyEditors,
  'Query.importBatch': countyEditors,
  'Query.demoData': publicAccess,
  // Patients answer anonymously: the form and the submission are public (rate-limited per address in memory).
  'Query.surveyForm': publicAccess,
  // The questions are no secret (every respondent sees them); anyone logged in may list them.
  'Query.questionnaires': loggedIn,
  'Query.surveyResponseCounts': unitEditors,
  // Aggregated and disclosure-controlled like the pe-* indicators: for everyone logged in (politicians included).
  'Query.surveyResults': loggedIn,
  // Free text is not aggregated: only the unit's editors, and only above the disclosure threshold.
  'Query.surveyFreeText': unitEditors,

  'Mutation.login': publicAccess,
  'Mutation.logout': publicAccess,
  'Mutation.setPasswordWithLink': publicAccess,
  'Mutation.logoutEverywhere': loggedIn,
  'Mutation.changePassword': loggedIn,
  'Mutation.createUser': manageUsers,
  'Mutation.grantRole': manageUsers,
  'Mutation.revokeRole': manageUsers,
  'Mutation.disableUser': manageUsers,
  'Mutation.createPasswordLink': manageUsers,
  'Mutation.createIndicator': countyEditors,
  'Mutation.createIndicatorVersion': countyEditors,
  'Mutation.submitSurveyResponse': publicAccess,
  // Questionnaires are shared by the whole county, like the indicator catalogue.
  'Mutation.createQuestionnaire': countyEditors,
  'Mutation.saveQuestionnaireDraft': countyEditors,
  'Mutation.publishQuestionnaire': countyEditors,
  'Mutation.createSurveyLink': unitEditors,
  'Mutation.generateSurveyCodes': unitEditors,
  'Mutation.createReport': { access: 'permission', permission: 'content.edit', orgUnitOf: (args) => args.orgUnit as string },
  'Mutation.updateReportSection': onReport('content.edit'),
  'Mutation.updateReportKeyMessages': onReport('content.edit'),
  'Mutation.moveReportSection': onReport('content.edit'),
  'Mutation.setReportSectionHidden': onReport('content.edit'),
  'Mutation.addReportSection': onReport('content.edit'),
  'Mutation.addReportComment': onReport('reports.comment'),
  'Mutation.resolveReportComment': onReport('reports.comment'),
  'Mutation.submitReport': onReport('content.edit'),
  // Approval and return need the reviewer role in the report's scope; the working group publishes what was approved.
  'Mutation.returnReport': onReport('reports.review'),
  'Mutation.approveReport': onReport('reports.review'),
  'Mutation.publishReport': onReport('content.edit'),
};

const unauthenticated = () =>
  createGraphQLError('Du behöver logga in för att göra detta / you need to log in', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
const forbidden = () =>
  createGraphQLError('Din roll ger inte behörighet till detta / your role does not allow this', {
    extensions: { code: 'FORBIDDEN' },
  });

/** Wraps every root field's resolver with its policy check; throws if a field has no policy. */
export function enforcePolicies(schema: GraphQLSchema): GraphQLSchema {
  for (const rootType of [schema.getQueryType(), schema.getMutationType()]) {
    if (!rootType) continue;
    for (const field of Object.values(rootType.getFields())) {
      const key = `${rootType.name}.${field.name}`;
      const policy = operationPolicies[key];
      if (!policy) throw new Error(`No authorisation policy for ${key}: add it to api/src/schema/policies.ts`);
      if (policy.access === 'public') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args: Record<string, unknown>, context: GraphQLContext, info) => {
        await authorise(policy, args, context);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

async function authorise(policy: OperationPolicy, args: Record<string, unknown>, context: GraphQLContext) {
  if (!context.viewer) throw unauthenticated();
  if (policy.access !== 'permission') return;
  const orgUnit = isGlobalPermission(policy.permission) ? undefined : await policy.orgUnitOf?.(args, context);
  const ancestry = orgUnit ? await context.orgUnits.ancestry(orgUnit) : [];
  if (!isAllowed(context.viewer, policy.permission, ancestry)) throw forbidden();
}
