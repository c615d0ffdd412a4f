import type { Role, Viewer } from './roles.ts';

/**
 * The one place that says who may do what. Resolvers and HTTP routes ask `isAllowed`; the GraphQL
 * schema refuses to start unless every root field has an entry in `operationPolicies`
 * (schema/policies.ts), which names one of these rules.
 */
export type Permission =
  /** Accounts and role grants. Global. */
  | 'users.manage'
  /** The audit log. Global. */
  | 'audit.read'
  /** Imports, indicator definitions, report drafts and commentary, surveys. Scoped. */
  | 'content.edit'
  /** Approve or return reports. Scoped. */
  | 'reports.review'
  /** Comment on reports before approval: the working group and the reviewers. Scoped. */
  | 'reports.comment'
  /** Read material that is not published yet. Scoped. */
  | 'unpublished.read';

const globalPermissions: ReadonlySet<Permission> = new Set(['users.manage', 'audit.read']);

const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['users.manage', 'audit.read', 'content.edit', 'reports.review', 'reports.comment', 'unpublished.read'],
  editor: ['content.edit', 'reports.comment', 'unpublished.read'],
  reviewer: ['reports.review', 'reports.comment', 'unpublished.read'],
  viewer: ['unpublished.read'],
};

export function isGlobalPermission(permission: Permission): boolean {
  return globalPermissions.has(permission);
}

/**
 * `ancestry` is the target organisation unit followed by its parents up to the county; a grant on
 * any of them covers the target. Global permissions ignore it: only admins hold them.
 */
export function isAllowed(viewer: Viewer | null, permission: Permission, ancestry: readonly string[] = []): boolean {
  if (!viewer) return false;
  return viewer.grants.some((grant) => {
    if (!rolePermissions[grant.role].includes(permission)) return false;
    if (grant.role === 'admin') return true;
    if (isGlobalPermission(permission)) return false;
    return grant.orgUnitCode !== null && ancestry.includes(grant.orgUnitCode);
  });
}
