import type { Sql } from '../db/client.ts';

/** The grants of the account aliased `u`, as a JSON array of RoleGrant, for selecting alongside it. */
export function grantsOfUser(sql: Sql) {
  return sql`coalesce((select json_agg(json_build_object('role', g.role, 'orgUnitCode', g.org_unit_code)
                                       order by g.role, g.org_unit_code)
                       from role_grant g where g.user_id = u.id), '[]')`;
}
