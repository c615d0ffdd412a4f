import type { Resolvers } from '../resolvers-types.generated.ts';
import { findCurrentOrgUnits } from './rows.ts';

export const orgResolvers: Resolvers = {
  Query: {
    orgUnits: (_parent, { kind, parent }, { sql }) =>
      findCurrentOrgUnits(sql, { kind, parentCodes: parent ? [parent] : undefined }),
    orgUnit: (_parent, { code }, { orgUnits }) => orgUnits.byCode.load(code),
  },
  OrgUnit: {
    parent: (unit, _args, { orgUnits }) => (unit.parentCode ? orgUnits.byCode.load(unit.parentCode) : null),
    children: (unit, _args, { orgUnits }) => orgUnits.childrenOf.load(unit.code),
  },
};
