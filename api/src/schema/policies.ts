import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isAllowed, isGlobalPermission, type Permission } from '../auth/policy.ts';
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
      /** For scoped permissions: the organisation unit the call is about, taken from its arguments. */
      orgUnitOf?: (args: Record<string, unknown>) => string | null | undefined;
    };

const publicAccess: OperationPolicy = { access: 'public' };
const loggedIn: OperationPolicy = { access: 'authenticated' };
const manageUsers: OperationPolicy = { access: 'permission', permission: 'users.manage' };
/**
 * Imports and the indicator catalogue serve the whole county's follow-up: working-group members for the
 * county (and admins).
 */
const countyEditors: OperationPolicy = { access: 'permission', permission: 'content.edit', orgUnitOf: () => countyCode };

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
  'Query.reportTemplates': publicAccess,
  'Query.latestCompletePeriod': publicAccess,
  'Query.me': publicAccess,
  'Query.singleSignOn': publicAccess,
  'Query.users': manageUsers,
  'Query.auditLog': { access: 'permission', permission: 'audit.read' },
  'Query.importBatches': countyEditors,
  'Query.importBatch': countyEditors,
  'Query.demoData': publicAccess,

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
  const orgUnit = isGlobalPermission(policy.permission) ? undefined : policy.orgUnitOf?.(args);
  const ancestry = orgUnit ? await context.orgUnits.ancestry(orgUnit) : [];
  if (!isAllowed(context.viewer, policy.permission, ancestry)) throw forbidden();
}
