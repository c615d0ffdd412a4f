import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets } from '../imports/datasets/index.ts';
import { readReferenceTable } from '../imports/read-csv.ts';
import { readVgrOrgUnits } from '../seed/org-units.ts';
import { demoMonths } from './calendar.ts';
import { generateDemo, type DemoManifest } from './generate.ts';
import { defaultDemoSettings, parseDemoSetting } from './settings.ts';

/** The demo as a first start writes it, on a fixed day: 2023-05 … 2026-04. */
const today = new Date('2026-05-14T10:00:00Z');
const dirs: string[] = [];
const newDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'samsyn-demo-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

type Row = Record<string, string>;
const readRows = (dir: string, file: string): Promise<Row[]> => readReferenceTable<Row>(join(dir, file));
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const countByMonth = (rows: Row[]) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.kontaktdatum!.slice(0, 7), (counts.get(row.kontaktdatum!.slice(0, 7)) ?? 0) + 1);
  return counts;
};

let dir: string;
let manifest: DemoManifest;
let contacts: Row[];
let subregionOf: Map<string, string>;
beforeAll(async () => {
  dir = await newDir();
  ({ manifest } = await generateDemo({ ...defaultDemoSettings, dir, today }));
  const files = manifest.files.filter((f) => f.dataset === 'pv_kontakter');
  contacts = (await Promise.all(files.map((f) => readRows(dir, f.file)))).flat();
  subregionOf = new Map((await readVgrOrgUnits()).map((u) => [u.code, u.parentCode ?? '']));
}, 60_000);

describe('generateDemo', () => {
  it('writes byte-identical files for the same seed and day, and other files for another seed', async () => {
    const options = { months: 4, scale: 0.05, today };
    const [a, b, c] = [await newDir(), await newDir(), await newDir()];
    await generateDemo({ ...options, seed: 7, dir: a });
    await generateDemo({ ...options, seed: 7, dir: b });
    await generateDemo({ ...options, seed: 8, dir: c });
    const hashes = async (folder: string) =>
      Object.fromEntries(
        await Promise.all(
          (await readdir(folder)).sort().map(async (f) => [f, createHash('sha256').update(await readFile(join(folder, f))).digest('hex')]),
        ),
      );
    const [first, second, other] = [await hashes(a), await hashes(b), await hashes(c)];
    expect(Object.keys(first).length).toBeGreaterThan(5);
    expect(second).toEqual(first);
    expect(other['demodata-pv_kontakter-2026.csv']).not.toBe(first['demodata-pv_kontakter-2026.csv']);
  });

  it('covers the 36 months up to the last complete month, with one contacts file a year', () => {
    expect([manifest.from, manifest.to]).toEqual(['2023-05', '2026-04']);
    expect(manifest.files.filter((f) => f.dataset === 'pv_kontakter').map((f) => f.file)).toEqual([
      'demodata-pv_kontakter-2023.csv',
      'demodata-pv_kontakter-2024.csv',
      'demodata-pv_kontakter-2025.csv',
      'demodata-pv_kontakter-2026.csv',
    ]);
    expect(new Set(contacts.map((r) => r.kontaktdatum!.slice(0, 7))).size).toBe(36);
  });

  it('keeps the default volume within what a first start can import quickly', () => {
    expect(contacts.length).toBeGreaterThan(150_000);
    expect(contacts.length).toBeLessThan(250_000);
    for (const entry of manifest.files.filter((f) => f.dataset !== 'pv_kontakter')) expect(entry.rows).toBeLessThan(40_000);
  });

  it('writes every registered dataset in its contract, with rows for all 49 municipalities', { timeout: 30_000 }, async () => {
    const codes = [...subregionOf.keys()].filter((code) => code.length === 4).sort();
    expect(codes).toHaveLength(49);
    for (const dataset of datasets) {
      const entries = manifest.files.filter((f) => f.dataset === dataset.name);
      expect(entries.length, dataset.name).toBeGreaterThan(0);
      for (const entry of entries) {
        const text = await readFile(join(dir, entry.file), 'utf8');
        const [header, ...lines] = text.trimEnd().split('\n');
        expect(header!.split(';').sort()).toEqual(dataset.columns.map((c) => c.name).sort());
        expect(lines).toHaveLength(entry.rows);
        const rows = await readRows(dir, entry.file);
        // Kolada publishes the county (0014) beside the municipalities.
        const expected = dataset.name === 'kolada' ? ['0014', ...codes] : codes;
        expect([...new Set(rows.map((r) => r.kommun))].sort(), entry.file).toEqual(expected);
      }
    }
  });

  it('dips in July and peaks in winter', () => {
    const perMonth = countByMonth(contacts);
    for (const year of [2023, 2024, 2025]) {
      const july = perMonth.get(`${year}-07`)!;
      const others = [...perMonth].filter(([month]) => month.startsWith(`${year}-`) && !month.endsWith('-07')).map(([, n]) => n);
      expect(july).toBeLessThan(0.75 * Math.min(...others));
    }
    expect(perMonth.get('2025-01')!).toBeGreaterThan(perMonth.get('2025-06')!);
  });

  it('has a real difference between sub-regions in medical assessment within 3 days', () => {
    const within = new Map<string, [number, number]>();
    for (const row of contacts) {
      if (row.vardgaranti !== 'J' || row.medicinsk_bedomning !== 'J') continue;
      const subregion = subregionOf.get(row.kommun!)!;
      const [inTime, all] = within.get(subregion) ?? [0, 0];
      within.set(subregion, [inTime + (days(row.forsta_kontakt_datum!, row.kontaktdatum!) <= 3 ? 1 : 0), all + 1]);
    }
    const share = (subregion: string) => within.get(subregion)![0] / within.get(subregion)![1];
    expect(share('SKARABORG') - share('FYRBODAL')).toBeGreaterThan(0.05);
    for (const subregion of ['GR', 'FYRBODAL', 'SKARABORG', 'SJUHARAD']) {
      expect(share(subregion)).toBeGreaterThan(0.7);
      expect(share(subregion)).toBeLessThan(0.97);
    }
  });

  it('gives small municipalities months under 20 contacts, so small-number suppression shows', () => {
    const months = (code: string) => [...countByMonth(contacts.filter((row) => row.kommun === code)).values()];
    expect(months('1438').filter((n) => n < 20).length).toBeGreaterThan(6); // Dals-Ed
    expect(Math.min(...months('1480'))).toBeGreaterThan(500); // Göteborg
  });

  it('lets digital contacts grow over the years', () => {
    const digitalShare = (year: string) => {
      const rows = contacts.filter((r) => r.kontaktdatum!.startsWith(year));
      return rows.filter((r) => ['video', 'chatt'].includes(r.kontaktform!)).length / rows.length;
    };
    expect(digitalShare('2026')).toBeGreaterThan(digitalShare('2023') + 0.05);
  });

  it('makes days as discharge-ready differ strongly between municipalities, and improve in some', async () => {
    const episodes = await readRows(dir, 'demodata-utskrivningsklara.csv');
    const waits = new Map<string, number[]>();
    for (const row of episodes) {
      if (!row.utskrivningsklar_datum || !row.utskrivningsdatum) continue;
      const key = `${row.kommun}/${row.inskrivningsdatum!.slice(0, 4)}`;
      waits.set(key, [...(waits.get(key) ?? []), days(row.utskrivningsklar_datum, row.utskrivningsdatum)]);
    }
    const mean = (code: string, year: string) => {
      const values = waits.get(`${code}/${year}`) ?? [];
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    const large = [...subregionOf.keys()].filter((code) => (waits.get(`${code}/2024`) ?? []).length >= 60);
    const means = large.map((code) => mean(code, '2024'));
    expect(Math.max(...means)).toBeGreaterThan(3 * Math.min(...means));
    const improving = large.filter((code) => mean(code, '2025') < 0.7 * mean(code, '2023') && mean(code, '2023') > 1.5);
    expect(improving.length).toBeGreaterThan(1);
    // Nothing is dated after the extraction (the last day of the last month).
    expect(episodes.every((r) => !r.utskrivningsdatum || r.utskrivningsdatum <= '2026-04-30')).toBe(true);
  });

  it('writes a faulty file: the last month again with ten broken lines, none of them in the files to import', async () => {
    const text = await readFile(join(dir, manifest.faulty.file), 'utf8');
    const lines = text.trimEnd().split('\n').slice(1);
    const april = contacts.filter((r) => r.kontaktdatum!.startsWith('2026-04'));
    expect(manifest.faulty).toMatchObject({ file: 'demodata-felaktig-pv_kontakter.csv', dataset: 'pv_kontakter', faultyLines: 10 });
    expect(lines).toHaveLength(april.length + 10);
    const faulty = lines.filter((line) => line.startsWith('DEMO-FEL-'));
    expect(faulty).toHaveLength(9); // the tenth repeats a valid id
    expect(text).toContain(';9999;');
    expect(text).toContain(';2025-02-30;');
    expect(text).toContain(';tandlakare;');
    expect(manifest.files.map((f) => f.file)).not.toContain(manifest.faulty.file);
  });

  it('writes Kolada key figures with decimal comma and suppressed cells', async () => {
    const rows = await readRows(dir, 'demodata-kolada.csv');
    expect(new Set(rows.map((r) => r.kpi))).toEqual(new Set(['N21704', 'U21468', 'U23471', 'U21401', 'N20402']));
    expect(new Set(rows.map((r) => r.ar))).toEqual(new Set(['2023', '2024', '2025']));
    expect(rows.some((r) => /^\d+,\d$/.test(r.varde!))).toBe(true);
    const suppressed = rows.filter((r) => r.varde === '..');
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r.kpi!.startsWith('U'))).toBe(true);
    expect(rows.filter((r) => r.kommun === '1480' && r.kon === 'T').every((r) => r.varde !== '..')).toBe(true);
    // The county's figure for every key figure, year and gender, never suppressed.
    const county = rows.filter((r) => r.kommun === '0014');
    expect(county).toHaveLength(3 * (4 * 3 + 1));
    expect(county.every((r) => /^\d+(,\d)?$/.test(r.varde!))).toBe(true);
  });
});

describe('demoMonths', () => {
  it('ends with the last complete month, across a new year', () => {
    expect(demoMonths(new Date('2026-01-10T12:00:00Z'), 3).map((m) => m.key)).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(demoMonths(new Date('2024-03-01T00:30:00Z'), 1)[0]).toMatchObject({ key: '2024-02', year: 2024, month: 2 });
  });
});

describe('parseDemoSetting', () => {
  it('accepts what people type, decimal comma included', () => {
    expect(parseDemoSetting('scale', '0,5', '--scale')).toBe(0.5);
    expect(parseDemoSetting('months', '12', '--months')).toBe(12);
    expect(parseDemoSetting('seed', '42', '--seed')).toBe(42);
  });

  it('explains what is wrong', () => {
    expect(() => parseDemoSetting('months', '2.5', '--months')).toThrow('--months "2.5" ska vara ett heltal 1–120');
    expect(() => parseDemoSetting('months', '0', '--months')).toThrow(/ett heltal 1–120/);
    expect(() => parseDemoSetting('scale', 'stor', 'SAMSYN_DEMO_SCALE')).toThrow('SAMSYN_DEMO_SCALE "stor" ska vara ett tal 0,01–10');
    expect(() => parseDemoSetting('seed', '-1', '--seed')).toThrow(/ett heltal, 0 eller större/);
  });
});
