import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliActor } from '../audit/record.ts';
import { runCli, type CliIo } from '../cli/run.ts';
import { kolada } from '../imports/datasets/kolada.ts';
import { runImport, type ImportPolicy } from '../imports/run-import.ts';
import { createSeededTestApp } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { createTestUser, sessionCookieFor } from '../testing/users.ts';
import type { Hono } from 'hono';
import { fetchKolada, koladaMunicipalityIds } from './fetch.ts';
import { inputAsCsv } from './json-input.ts';

/**
 * The kolada dataset end to end on a real database: CSV and JSON files, the upload route, the
 * connector against a local server that answers like api.kolada.se, and `samsyn kolada fetch`.
 * Each test uses its own key figure, so the tests do not replace each other's rows.
 */
let db: TestDatabase;
let app: Hono;
let dir: string;
beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  dir = await mkdtemp(join(tmpdir(), 'samsyn-kolada-'));
});
afterAll(async () => {
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

const header = 'kpi;kommun;ar;kon;varde';

async function importKolada(content: string | Buffer, policy: ImportPolicy = 'all_or_nothing') {
  return runImport({
    sql: db.sql,
    embedded: db.backend === 'pglite',
    dataset: kolada,
    input: await inputAsCsv(kolada, Readable.from([Buffer.from(content)])),
    fileName: 'kolada.csv',
    policy,
    actor: cliActor,
  });
}

const rowsOf = (kpi: string) =>
  db.sql`select ar, kommun, kon, varde::text as varde, saknas, period, line_number as line
         from fact_kolada where kpi = ${kpi} order by ar, kommun, kon`;
const valuesOf = async (kpi: string) => (await rowsOf(kpi)).map((r) => `${r.ar} ${r.kommun} ${r.kon} ${r.varde ?? r.saknas}`);
const rejectsOf = (batchId: string) =>
  db.sql`select line_number as line, column_name as column, column_number as col, value, reason
         from import_reject where batch_id = ${batchId} order by line_number, column_number nulls first`;

describe('kolada CSV', () => {
  it('stores decimal commas and points as numbers and each of Kolada\'s markers as a reason, never as zero', async () => {
    const lines = [
      header,
      'U21401;1480;2023;T;12,5',
      'U21401;1480;2023;K;13.25',
      'U21401;1480;2023;M;..',
      'U21401;1490;2023;T;-',
      'U21401;1490;2023;K;.',
      'U21401;1490;2023;M;',
      'U21401;0014;2023;T;-1234,5',
      'U21401;14;2022;T;0',
    ];
    const result = await importKolada(`${lines.join('\r\n')}\r\n`);
    expect(result).toMatchObject({ status: 'published', rowsPublished: 8, periods: ['2022', '2023'], orgUnits: ['14', '1480', '1490'] });
    expect(await rowsOf('U21401')).toEqual([
      { ar: 2022, kommun: '14', kon: 'T', varde: '0', saknas: null, period: '2022-01-01', line: 9 },
      { ar: 2023, kommun: '14', kon: 'T', varde: '-1234.5', saknas: null, period: '2023-01-01', line: 8 },
      { ar: 2023, kommun: '1480', kon: 'K', varde: '13.25', saknas: null, period: '2023-01-01', line: 3 },
      { ar: 2023, kommun: '1480', kon: 'M', varde: null, saknas: 'undertryckt', period: '2023-01-01', line: 4 },
      { ar: 2023, kommun: '1480', kon: 'T', varde: '12.5', saknas: null, period: '2023-01-01', line: 2 },
      { ar: 2023, kommun: '1490', kon: 'K', varde: null, saknas: 'ej_tillampligt', period: '2023-01-01', line: 6 },
      { ar: 2023, kommun: '1490', kon: 'M', varde: null, saknas: 'saknas', period: '2023-01-01', line: 7 },
      { ar: 2023, kommun: '1490', kon: 'T', varde: null, saknas: 'saknas', period: '2023-01-01', line: 5 },
    ]);
  });

  it('rejects what is no Kolada value, saying why, on which line and in which column', async () => {
    const lines = [
      header,
      'U21402;0000;2023;T;1',
      'U21402;1480;2023;X;1',
      'U21402;1480;2023;T;1.234,5',
      'U21402;1480;2023;T;12 %',
      'U21402;1480;2023;T;1e5',
      'U21402;1480;2023;T;2000000000000',
      'U21402;1480;23;T;...',
    ];
    const result = await importKolada(`${lines.join('\n')}\n`);
    expect(result).toMatchObject({ status: 'rejected', rowsTotal: 7, rowsRejected: 7, rowsPublished: 0 });
    const number = (value: string) =>
      `Ogiltigt tal '${value}' – förväntade ett tal -1000000000000–1000000000000 med decimalkomma eller decimalpunkt, ` +
      "eller '..', '-', '.' för ett saknat värde";
    expect(await rejectsOf(result.batchId)).toEqual([
      { line: 2, column: 'kommun', col: 2, value: '0000', reason: 'Okänd kommunkod 0000 – förväntade en av Västra Götalands 49 kommuner eller länet (0014)' },
      { line: 3, column: 'kon', col: 4, value: 'X', reason: "Okänt kön 'X' – använd T (totalt), K eller M" },
      { line: 4, column: 'varde', col: 5, value: '1.234,5', reason: number('1.234,5') },
      { line: 5, column: 'varde', col: 5, value: '12 %', reason: number('12 %') },
      { line: 6, column: 'varde', col: 5, value: '1e5', reason: number('1e5') },
      { line: 7, column: 'varde', col: 5, value: '2000000000000', reason: number('2000000000000') },
      { line: 8, column: 'ar', col: 3, value: '23', reason: "Ogiltigt heltal '23' – förväntade ett heltal 1990–2199" },
      { line: 8, column: 'varde', col: 5, value: '...', reason: number('...') },
    ]);
    expect(await rowsOf('U21402')).toEqual([]);
  });

  it('replaces a key figure\'s rows for the years in a file and leaves the other key figures of those years alone', async () => {
    await importKolada(`${header}\nU23471;1480;2019;T;70\nU23471;1490;2019;T;71\nU23471;1480;2018;T;69\n`);
    await importKolada(`${header}\nN20402;1480;2019;T;10\n`);
    expect(await valuesOf('U23471')).toEqual(['2018 1480 T 69', '2019 1480 T 70', '2019 1490 T 71']);
    expect(await valuesOf('N20402')).toEqual(['2019 1480 T 10']);

    const corrected = await importKolada(`${header}\nU23471;1480;2019;T;75,5\n`);
    expect(corrected).toMatchObject({ status: 'published', periods: ['2019'] });
    expect(await valuesOf('U23471')).toEqual(['2018 1480 T 69', '2019 1480 T 75.5']);
    expect(await valuesOf('N20402')).toEqual(['2019 1480 T 10']);
  });
});

/** Shaped like Kolada's answers: a v2 page and a v3 page. */
const kpiRow = (kpi: string, municipality: string, period: number, values: [string, number | null, string?][]) => ({
  kpi,
  period,
  municipality,
  values: values.map(([gender, value, status = '']) => ({ gender, value, count: value === null ? 0 : 1, status })),
});

describe('kolada JSON', () => {
  const pages = [
    {
      count: 2,
      values: [kpiRow('U21468', '1480', 2024, [['T', 88.2], ['K', 89], ['M', null, '..']])],
      next_page: 'https://api.kolada.se/v2/data/kpi/U21468/municipality/1480,0014/year/2024?page=2',
    },
    { values: [kpiRow('U21468', '0014', 2024, [['T', null, '-']])], next_url: null, total_count: 2 },
  ];

  it('imports a file of pages as the CSV they stand for', async () => {
    const result = await importKolada(JSON.stringify(pages, null, 2));
    expect(result).toMatchObject({ status: 'published', rowsTotal: 4, rowsPublished: 4, periods: ['2024'], orgUnits: ['14', '1480'] });
    expect(await valuesOf('U21468')).toEqual(['2024 14 T saknas', '2024 1480 K 89', '2024 1480 M undertryckt', '2024 1480 T 88.2']);
  });

  it('refuses broken JSON with what, where and how, and publishes nothing — even far into a file', async () => {
    const before = await valuesOf('U21468');
    const broken = await importKolada(`[${JSON.stringify(pages[0])},\n${JSON.stringify(pages[1])}`);
    expect(broken).toMatchObject({ status: 'rejected', rowsPublished: 0 });
    expect(broken.message).toMatch(/^Filen är inte giltig JSON: den tar slut på rad 2, tecken \d+ – listan med sidor avslutas aldrig med \]\. Spara/);

    // Past the first chunks: the rows before the error are already on their way to the database.
    const big = { values: Array.from({ length: 2000 }, (_, i) => kpiRow('U21468', '1480', 1990 + (i % 30), [['T', i]])) };
    const late = await importKolada(`[${JSON.stringify(big)},\n${JSON.stringify(big)},\n{"values": [{"kpi": "U21468"}]}]`);
    expect(late).toMatchObject({ status: 'rejected', rowsPublished: 0 });
    expect(late.message).toMatch(/^Filen har inte formen av Kolada:s svar: i sidan som börjar på rad 3, tecken 1 är values\[0\]\.municipality: saknas/);
    expect(await valuesOf('U21468')).toEqual(before);
  });

  it('is taken by `samsyn import kolada` and by the upload route', async () => {
    const file = join(dir, 'kolada.json');
    await writeFile(file, JSON.stringify({ values: [kpiRow('U21469', '1480', 2023, [['T', 1.5]])] }));
    const out: string[] = [];
    const io: CliIo = { out: (line) => out.push(line), err: (line) => out.push(line), env: db.env };
    expect(await runCli(['import', 'kolada', file], io)).toBe(0);
    expect(out.at(-2)).toMatch(/^Import \d+ publicerad: 1 rader för 2023\.$/);
    // The Kolada indicators of this and the earlier tests' batches (imported without the CLI) are brought up to date.
    expect(out.at(-1)).toMatch(/^Indikatorvärden uppdaterade: \d+ indikatorer, \d[\d\s]* värden ändrade \(\d+(,\d)? s\)\.$/);

    const editor = await createTestUser(db.sql, 'kolada@example.se', { role: 'editor', orgUnitCode: '14' });
    const response = await app.request('/api/import/kolada', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await sessionCookieFor(db.sql, editor.id), 'x-file-name': 'kolada.json' },
      body: JSON.stringify([{ values: [kpiRow('U21469', '1490', 2023, [['T', null, '.']])] }]),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'published', rowsPublished: 1, periods: ['2023'] });
    expect(await valuesOf('U21469')).toEqual(['2023 1490 T ej_tillampligt']);
  });
});

/**
 * A local stand-in for api.kolada.se: answers listed per path and query, in order (the last one
 * repeats); anything else is a 404. Remembers every request and when it came.
 */
interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}
let server: Server;
let base: string;
let answers: Map<string, Answer[]>;
const requests: { path: string; at: number }[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    requests.push({ path, at: performance.now() });
    const queue = answers.get(path);
    const answer = queue && queue.length > 1 ? queue.shift()! : queue?.[0];
    if (!answer) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the Kolada connector', () => {
  let first: string[];
  let second: string[];
  let pathA: string;
  let pathB: string;
  const years = '2022,2023,2024,2025';

  beforeEach(async () => {
    requests.length = 0;
    const ids = await koladaMunicipalityIds(db.sql);
    first = ids.slice(0, 25);
    second = ids.slice(25);
    pathA = `/v2/data/kpi/N21704/municipality/${first.join(',')}/year/${years}`;
    pathB = `/v2/data/kpi/N21704/municipality/${second.join(',')}/year/${years}`;
    answers = new Map([
      // v2: next_page as an absolute URL.
      [pathA, [{ body: { count: 2, values: [kpiRow('N21704', first[0]!, 2024, [['T', 81.5], ['K', 83.25], ['M', null, '..']])], next_page: `${base}${pathA.slice(3)}?page=2` } }]],
      [`${pathA}?page=2`, [{ body: { count: 2, values: [kpiRow('N21704', first[1]!, 2025, [['T', 0]])], next_page: null } }]],
      // Busy once, then v3: next_url relative to the server.
      [
        pathB,
        [
          { status: 429, headers: { 'retry-after': '1' }, body: 'för många anrop' },
          { body: { values: [kpiRow('N21704', '0014', 2024, [['T', null, '-']])], next_url: `${pathB}?page=2`, total_count: 2 } },
        ],
      ],
      [`${pathB}?page=2`, [{ body: { values: [kpiRow('N21704', second[0]!, 2023, [['T', 12.5]])], next_url: null, total_count: 2 } }]],
    ]);
  });

  it('asks for the county in batches of 25, follows both kinds of next page, waits as told, and imports', async () => {
    expect(first).toHaveLength(25);
    expect(second).toHaveLength(25);
    expect(second.at(-1)).toBe('0014');
    const result = await runImport({
      sql: db.sql,
      embedded: db.backend === 'pglite',
      dataset: kolada,
      input: Readable.from(fetchKolada({ baseUrl: base, kpis: ['N21704'], years: [2022, 2023, 2024, 2025], municipalities: [...first, ...second] })),
      fileName: 'kolada-N21704.csv',
      policy: 'all_or_nothing',
      actor: cliActor,
    });
    expect(requests.map((r) => r.path)).toEqual([pathA, `${pathA}?page=2`, pathB, pathB, `${pathB}?page=2`]);
    expect(requests[3]!.at - requests[2]!.at).toBeGreaterThanOrEqual(950); // Retry-After: 1
    expect(result).toMatchObject({ status: 'published', rowsPublished: 6, periods: ['2023', '2024', '2025'] });
    expect(await valuesOf('N21704')).toEqual([
      `2023 ${second[0]} T 12.5`,
      '2024 14 T saknas',
      `2024 ${first[0]} K 83.25`,
      `2024 ${first[0]} M undertryckt`,
      `2024 ${first[0]} T 81.5`,
      `2025 ${first[1]} T 0`,
    ]);
  });

  it('publishes nothing when Kolada fails half-way', async () => {
    const before = await valuesOf('N21704');
    answers.delete(`${pathB}?page=2`);
    const failing = runImport({
      sql: db.sql,
      embedded: db.backend === 'pglite',
      dataset: kolada,
      input: Readable.from(fetchKolada({ baseUrl: base, kpis: ['N21704'], years: [2022, 2023, 2024, 2025], municipalities: [...first, ...second], backoffMs: 1 })),
      fileName: 'kolada-N21704.csv',
      policy: 'all_or_nothing',
      actor: cliActor,
    });
    await expect(failing).rejects.toThrow(`Kolada svarade 404 Not Found på ${base}${pathB.slice(3)}?page=2: kontrollera nyckeltalen`);
    const [batch] = await db.sql`select status, message from import_batch order by id desc limit 1`;
    expect(batch?.status).toBe('failed');
    expect(batch?.message).toMatch(/^Kolada svarade 404/);
    expect(await valuesOf('N21704')).toEqual(before);
  });

  async function samsyn(args: string[], env: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), env: { ...db.env, ...env } };
    return { code: await runCli(args, io), out, err };
  }

  it('`samsyn kolada fetch --out` writes the CSV and imports nothing', async () => {
    const file = join(dir, 'kolada.csv');
    const before = await valuesOf('N21704');
    const run = await samsyn(['kolada', 'fetch', '--kpi', 'n21704', '--years', '2022-2025', '--out', file], { SAMSYN_KOLADA_URL: base });
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(run.out).toEqual(['Kolada: 1 av 2 anrop klara, 4 värden', 'Kolada: 2 av 2 anrop klara, 6 värden', `Skrev 6 värden till ${file}.`]);
    expect(await readFile(file, 'utf8')).toBe(
      [
        header,
        `N21704;${first[0]};2024;T;81.5`,
        `N21704;${first[0]};2024;K;83.25`,
        `N21704;${first[0]};2024;M;..`,
        `N21704;${first[1]};2025;T;0`,
        'N21704;0014;2024;T;-',
        `N21704;${second[0]};2023;T;12.5`,
        '',
      ].join('\n'),
    );
    expect(await valuesOf('N21704')).toEqual(before);
  });

  it('`samsyn kolada fetch` imports, and the same figures again change nothing', async () => {
    // Kolada has revised a figure since the connector's import above.
    answers.set(`${pathA}?page=2`, [{ body: { count: 2, values: [kpiRow('N21704', first[1]!, 2025, [['T', 2.5]])], next_page: null } }]);
    const args = ['kolada', 'fetch', '--kpi', 'N21704', '--years', '2022-2025', '--url', base];
    const imported = await samsyn(args);
    expect(imported.code).toBe(0);
    expect(imported.out.at(-2)).toMatch(/^Import \d+ publicerad: 6 rader för 2023, 2024, 2025\.$/);
    expect(imported.out.at(-1)).toMatch(/^Indikatorvärden uppdaterade: \d+ indikatorer, \d[\d\s]* värden ändrade \(\d+(,\d)? s\)\.$/);
    const again = await samsyn(args);
    expect(again.code).toBe(0);
    expect(again.out.at(-1)).toMatch(/^Filen är redan importerad \(import \d+\); inget ändrades\.$/);
    expect(await valuesOf('N21704')).toContain(`2025 ${first[1]} T 2.5`);
  });
});
