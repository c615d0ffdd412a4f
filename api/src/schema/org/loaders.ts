import DataLoader from 'dataloader';
import type { Sql } from '../../db/client.ts';
import { findCurrentOrgUnits, type OrgUnitRow } from './rows.ts';

export interface OrgUnitLoaders {
  byCode: DataLoader<string, OrgUnitRow | null>;
  childrenOf: DataLoader<string, OrgUnitRow[]>;
}

/** Batches `parent` and `children` lookups of a whole tree into one query per level. */
export function createOrgUnitLoaders(sql: Sql): OrgUnitLoaders {
  return {
    byCode: new DataLoader(async (codes) => {
      const rows = await findCurrentOrgUnits(sql, { codes });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    childrenOf: new DataLoader(async (parentCodes) => {
      const rows = await findCurrentOrgUnits(sql, { parentCodes });
      return parentCodes.map((code) => rows.filter((row) => row.parentCode === code));
    }),
  };
}
