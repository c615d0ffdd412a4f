import DataLoader from 'dataloader';
import type { Sql } from '../../db/client.ts';
import { findCurrentOrgUnits, type OrgUnitRow } from './rows.ts';

export interface OrgUnitLoaders {
  byCode: DataLoader<string, OrgUnitRow | null>;
  childrenOf: DataLoader<string, OrgUnitRow[]>;
  /** The unit's code followed by its parents' codes up to the county; empty for an unknown code. */
  ancestry(code: string): Promise<string[]>;
}

/** Batches `parent` and `children` lookups of a whole tree into one query per level. */
export function createOrgUnitLoaders(sql: Sql): OrgUnitLoaders {
  const byCode = new DataLoader<string, OrgUnitRow | null>(async (codes) => {
    const rows = await findCurrentOrgUnits(sql, { codes });
    const found = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => found.get(code) ?? null);
  });
  return {
    byCode,
    async ancestry(code) {
      const codes: string[] = [];
      for (let unit = await byCode.load(code); unit; unit = unit.parentCode ? await byCode.load(unit.parentCode) : null) {
        codes.push(unit.code);
      }
      return codes;
    },
    childrenOf: new DataLoader(async (parentCodes) => {
      const rows = await findCurrentOrgUnits(sql, { parentCodes });
      return parentCodes.map((code) => rows.filter((row) => row.parentCode === code));
    }),
  };
}
