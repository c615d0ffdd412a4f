import type { Sql } from '../db/client.ts';
import { readReferenceTable } from '../imports/read-csv.ts';

const municipalitiesFile = new URL('./data/vgr-kommuner.csv', import.meta.url);

/** Västra Götalands län; the region has the same code (Kolada: 0014). */
export const countyCode = '14';
const countyName = 'Västra Götalands län';
/** The county and its region were formed on 1 January 1998; earlier history is out of scope. */
const seededFrom = '1998-01-01';

type MunicipalityRow = {
  kod: string;
  namn: string;
  delregion_kod: string;
  delregion_namn: string;
};

export interface OrgUnitSeed {
  code: string;
  name: string;
  kind: 'county' | 'subregion' | 'municipality';
  parentCode: string | null;
}

/** The county, its sub-regions and its municipalities, parents before children. */
export async function readVgrOrgUnits(): Promise<OrgUnitSeed[]> {
  const rows = await readReferenceTable<MunicipalityRow>(municipalitiesFile);
  const subregions = new Map(rows.map((r) => [r.delregion_kod, r.delregion_namn]));
  return [
    { code: countyCode, name: countyName, kind: 'county', parentCode: null },
    ...[...subregions].map(([code, name]) => ({ code, name, kind: 'subregion' as const, parentCode: countyCode })),
    ...rows.map((r) => ({ code: r.kod, name: r.namn, kind: 'municipality' as const, parentCode: r.delregion_kod })),
  ];
}

/** Inserts or corrects the org units; running it twice changes nothing. Returns how many rows changed. */
export async function seedOrgUnits(sql: Sql, units: OrgUnitSeed[]): Promise<number> {
  let changed = 0;
  // Row by row because a child references the parent inserted just before it; 54 rows.
  for (const unit of units) {
    const result = await sql`
      insert into org_unit (code, name, kind, parent_code, valid_from)
      values (${unit.code}, ${unit.name}, ${unit.kind}, ${unit.parentCode}, ${seededFrom})
      on conflict (code) do update
        set name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code
        where (org_unit.name, org_unit.kind, org_unit.parent_code)
          is distinct from (excluded.name, excluded.kind, excluded.parent_code)`;
    changed += result.count;
  }
  return changed;
}
