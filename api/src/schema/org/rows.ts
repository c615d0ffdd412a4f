import type { Sql } from '../../db/client.ts';

export type OrgUnitKind = 'county' | 'subregion' | 'municipality' | 'care_unit';

export interface OrgUnitRow {
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

/** Units in force today: the hierarchy as it stands, not its history. */
export async function findCurrentOrgUnits(
  sql: Sql,
  filter: { kind?: OrgUnitKind | null; parentCodes?: readonly string[]; codes?: readonly string[] } = {},
): Promise<OrgUnitRow[]> {
  const rows = await sql<OrgUnitRow[]>`
    select code, name, kind, parent_code as "parentCode", valid_from as "validFrom", valid_to as "validTo"
    from org_unit
    where (valid_to is null or valid_to >= current_date)
      ${filter.kind ? sql`and kind = ${filter.kind}` : sql``}
      ${filter.parentCodes ? sql`and parent_code = any(${filter.parentCodes})` : sql``}
      ${filter.codes ? sql`and code = any(${filter.codes})` : sql``}`;
  return rows.sort(byKindThenName);
}

const kindOrder: readonly OrgUnitKind[] = ['county', 'subregion', 'municipality', 'care_unit'];
// Swedish order (Å, Ä, Ö last) in JavaScript: the embedded PGlite has no ICU collations.
const swedish = new Intl.Collator('sv');

export function byKindThenName(a: OrgUnitRow, b: OrgUnitRow): number {
  return kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || swedish.compare(a.name, b.name);
}
