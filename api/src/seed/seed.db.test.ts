import { catalogue, type IndicatorDefinition } from '@samsyn/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { createIndicatorVersion } from '../definitions/versions.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { seedReferenceData } from './index.ts';
import { seedIndicatorDefinitions, skippedVersionsWarning } from './indicators.ts';
import { readVgrOrgUnits, seedOrgUnits } from './org-units.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await migrate(db.sql);
});
afterAll(async () => {
  await db.drop();
});

describe('seedReferenceData', () => {
  it('loads the county, four sub-regions and 49 municipalities, then changes nothing on a second run', async () => {
    const first = await seedReferenceData(db.sql);
    expect(first).toEqual({
      orgUnitsChanged: 54,
      indicatorsInserted: catalogue.map((d) => `${d.id}@${d.version}`),
      indicatorsSkipped: [],
      surveyTemplatesInserted: ['patientupplevelse', 'efter-utskrivning'],
    });
    expect(await seedReferenceData(db.sql)).toEqual({
      orgUnitsChanged: 0,
      indicatorsInserted: [],
      indicatorsSkipped: [],
      surveyTemplatesInserted: [],
    });

    const counts = await db.sql`select kind, count(*)::int as n from org_unit group by kind order by kind`;
    expect(counts.map((r) => [r.kind, r.n])).toEqual([
      ['county', 1],
      ['municipality', 49],
      ['subregion', 4],
    ]);
    const [goteborg] = await db.sql`
      select m.name, s.name as subregion, c.name as county
      from org_unit m join org_unit s on s.code = m.parent_code join org_unit c on c.code = s.parent_code
      where m.code = '1480'`;
    expect(goteborg).toEqual({ name: 'Göteborg', subregion: 'Göteborgsregionen', county: 'Västra Götalands län' });
  });

  it('corrects a renamed or moved unit idempotently', async () => {
    const units = await readVgrOrgUnits();
    const moved = units.map((u) => (u.code === '1401' ? { ...u, name: 'Härryda kommun', parentCode: 'SJUHARAD' } : u));
    expect(await seedOrgUnits(db.sql, moved)).toBe(1);
    const [row] = await db.sql`select name, parent_code from org_unit where code = '1401'`;
    expect(row).toEqual({ name: 'Härryda kommun', parent_code: 'SJUHARAD' });
    expect(await seedOrgUnits(db.sql, units)).toBe(1);
  });

  it('stores each definition with its columns and content hash', async () => {
    const [row] = await db.sql`
      select title_sv, area, principal, polarity, unit, frequency, valid_from, definition
      from indicator_definition where id = 'pv-bedomning-3d' and version = 2`;
    expect(row).toMatchObject({
      title_sv: 'Medicinsk bedömning inom 3 dagar i primärvården',
      area: 'accessibility',
      principal: 'region',
      polarity: 'higher_is_better',
      unit: 'percent',
      frequency: 'month',
      valid_from: '2026-01-01',
    });
    expect(row?.definition).toEqual(catalogue[0]);
  });

  it('refuses a definition changed in code without a new version, and accepts it as a new version', async () => {
    const [first] = catalogue;
    if (!first) throw new Error('catalogue is empty');
    const edited = { ...first, assessment: { method: 'target' as const, green: 95, yellow: 85 } };
    await expect(seedIndicatorDefinitions(db.sql, [edited])).rejects.toThrow(
      new RegExp(`Indikatorn pv-bedomning-3d version ${first.version} har ändrats i koden men versionen är oförändrad`),
    );
    const next = first.version + 1;
    expect(await seedIndicatorDefinitions(db.sql, [{ ...edited, version: next }])).toEqual({
      inserted: [`pv-bedomning-3d@${next}`],
      skipped: [],
    });
  });
});

describe('seeding after working groups have added versions', () => {
  const code = catalogue.find((d) => d.id === 'pv-digitala')!;
  const editorActor = { userId: null, label: 'arbetsgrupp@example.se' };
  const stored = () =>
    db.sql<{ version: number; origin: string; contentHash: string }[]>`
      select version, origin, content_hash as "contentHash" from indicator_definition where id = ${code.id} order by version`;

  it('leaves a newer version from the API alone while the code still has the older one', async () => {
    const editors = await createIndicatorVersion(db.sql, editorActor, code.id, { ...code, ownerGroup: 'Arbetsgrupp digitala kontakter' });
    expect(editors.version).toBe(code.version + 1);
    expect(await seedReferenceData(db.sql)).toMatchObject({ indicatorsInserted: [], indicatorsSkipped: [] });
    expect((await stored()).map((r) => [r.version, r.origin])).toEqual([
      [code.version, 'code'],
      [code.version + 1, 'api'],
    ]);
  });

  it('keeps the editor’s version when the code later ships the same number with other content, and says so', async () => {
    const editorsHash = (await stored()).at(-1)!.contentHash;
    const release = { ...code, version: code.version + 1, ownerGroup: 'Arbetsgrupp tillgänglighet' };
    expect(await seedIndicatorDefinitions(db.sql, [release])).toEqual({ inserted: [], skipped: [`${code.id}@${code.version + 1}`] });
    expect((await stored()).at(-1)).toEqual({ version: code.version + 1, origin: 'api', contentHash: editorsHash });
    expect(skippedVersionsWarning([`${code.id}@3`])).toMatch(/^Indikatorversionerna pv-digitala@3 i koden sparades inte: en arbetsgrupp/);

    // The next free number is the developer's way out: it is stored, and is the newest.
    const next = { ...release, version: code.version + 2 };
    expect(await seedIndicatorDefinitions(db.sql, [release, next])).toEqual({
      inserted: [`${code.id}@${code.version + 2}`],
      skipped: [`${code.id}@${code.version + 1}`],
    });
    expect((await stored()).map((r) => r.origin)).toEqual(['code', 'api', 'code']);
  });

  it('stores the same content as the editor’s under the same number without complaint', async () => {
    const [editors] = await db.sql<{ definition: IndicatorDefinition }[]>`
      select definition from indicator_definition where id = ${code.id} and version = ${code.version + 1}`;
    expect(await seedIndicatorDefinitions(db.sql, [editors!.definition])).toEqual({ inserted: [], skipped: [] });
  });
});
