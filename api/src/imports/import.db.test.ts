import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../audit/record.ts';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, testBackend, type TestDatabase } from '../testing/database.ts';
import { befolkning } from './datasets/befolkning.ts';
import { pvKontakter } from './datasets/pv-kontakter.ts';
import { specialiseradVantande } from './datasets/specialiserad-vantande.ts';
import { utskrivningsklara } from './datasets/utskrivningsklara.ts';
import type { Dataset } from './dataset.ts';
import { failAbandonedImports, runImport, type ImportPolicy, type ImportProgress } from './run-import.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await migrate(db.sql);
  await seedReferenceData(db.sql);
});
afterAll(async () => {
  await db.drop();
});

const header = 'kontakt_id;vardenhet_id;kommun;kon;aldersgrupp;kontaktdatum;forsta_kontakt_datum;yrkeskategori;kontaktform;vardgaranti;medicinsk_bedomning';
const contact = (id: string, date = '2026-03-02', kommun = '1480') =>
  `${id};VC Centrum;${kommun};K;65-79;${date};${date};lakare;fysiskt;J;J`;

function importText(
  text: string | Buffer,
  options: { dataset?: Dataset; policy?: ImportPolicy; onProgress?: (p: ImportProgress) => void; pieceBytes?: number } = {},
) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const size = options.pieceBytes ?? bytes.length;
  const pieces = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  return runImport({
    sql: db.sql,
    embedded: db.backend === 'pglite',
    dataset: options.dataset ?? pvKontakter,
    input: Readable.from(pieces),
    fileName: 'test.csv',
    policy: options.policy ?? 'all_or_nothing',
    actor: cliActor,
    onProgress: options.onProgress,
  });
}

const rejectsOf = (batchId: string) =>
  db.sql`select line_number as line, column_name as column, column_number as col, value, reason
         from import_reject where batch_id = ${batchId} order by line_number, column_number nulls first`;
const factCount = async (period: string) =>
  (await db.sql`select count(*)::int as n from fact_pv_kontakt where period = ${period}`)[0]?.n as number;

describe('reading files as Swedish systems write them', () => {
  it('reads UTF-8 with BOM, semicolons and CRLF, and header names in any case, with å/ä/ö', async () => {
    const text = `\uFEFF${header.replace('kontakt_id', ' Kontakt_ID ').replace('kon;', 'Kön;').replace('aldersgrupp', 'Åldersgrupp')}\r\n${contact('a1')}\r\n${contact('a2')}\r\n`;
    const result = await importText(text);
    expect(result).toMatchObject({ status: 'published', rowsTotal: 2, rowsPublished: 2, periods: ['2026-03'], orgUnits: ['1480'] });
  });

  it('reads Windows-1252 with tabs, quoted fields and dates as YYYYMMDD', async () => {
    const rows = [header.replaceAll(';', '\t'), 'b1\t"Vårdcentral Åmål, Öst"\t1492\tM\t80+\t20260410\t20260409\tsjukskoterska\thembesok\tNej\t1'];
    const result = await importText(Buffer.from(`${rows.join('\n')}\n`, 'latin1'));
    expect(result).toMatchObject({ status: 'published', rowsPublished: 1, periods: ['2026-04'] });
    const [row] = await db.sql`select vardenhet_id, kontaktdatum, forsta_kontakt_datum, vardgaranti, medicinsk_bedomning
                               from fact_pv_kontakt where kontakt_id = 'b1'`;
    expect(row).toEqual({
      vardenhet_id: 'Vårdcentral Åmål, Öst',
      kontaktdatum: '2026-04-10',
      forsta_kontakt_datum: '2026-04-09',
      vardgaranti: false,
      medicinsk_bedomning: true,
    });
  });

  it('stores backslashes, tabs and line breaks inside quoted text exactly', async () => {
    const row = ['"c\\1"', '"VC\tNorr\nHus 2"', '1480', 'K', '65-79', '2026-05-04', '2026-05-04', 'lakare', 'fysiskt', 'J', 'J'];
    const result = await importText(`${header.replaceAll(';', ',')}\n${row.join(',')}\n`);
    expect(result).toMatchObject({ status: 'published', rowsPublished: 1 });
    const [stored] = await db.sql`select kontakt_id, vardenhet_id from fact_pv_kontakt where period = '2026-05-01'`;
    expect(stored).toEqual({ kontakt_id: 'c\\1', vardenhet_id: 'VC\tNorr\nHus 2' });
  });

  it('reads commas and LF', async () => {
    const result = await importText(`${header.replaceAll(';', ',')}\n${contact('c1', '2026-05-05').replaceAll(';', ',')}\n`);
    expect(result).toMatchObject({ status: 'published', periods: ['2026-05'] });
  });
});

describe('rejects', () => {
  it('explains every broken rule with line, column and value, and publishes nothing', async () => {
    const before = await factCount('2026-06-01');
    const lines = [
      header,
      contact('d1', '2026-06-01'),
      'd2;VC;9999;X;90+;2026-02-30;2026-06-01;tandlakare;brev;kanske;J',
      ';VC;1480;K;65-79;2026-06-01;20260601;lakare;video;1;0',
      'd1;VC;1480;K;65-79;2026-06-01;2026-06-01;lakare;video;true;false',
      'd5;VC;1480;K',
      `${'x'.repeat(65)};VC;1480;K;65-79;2026-06-01;2026-06-01;lakare;video;J;J`,
    ];
    const result = await importText(`${lines.join('\n')}\n`);
    expect(result).toMatchObject({ status: 'rejected', rowsTotal: 6, rowsRejected: 5, rowsPublished: 0 });
    expect(await rejectsOf(result.batchId)).toEqual([
      { line: 3, column: 'kommun', col: 3, value: '9999', reason: 'Okänd kommunkod 9999 – förväntade en av Västra Götalands 49 kommuner' },
      { line: 3, column: 'kon', col: 4, value: 'X', reason: "Okänt kön 'X' – använd K eller M" },
      { line: 3, column: 'aldersgrupp', col: 5, value: '90+', reason: "Okänd åldersgrupp '90+' – använd 0-17, 18-64, 65-79, 80+" },
      { line: 3, column: 'kontaktdatum', col: 6, value: '2026-02-30', reason: "Ogiltigt datum '2026-02-30' – använd ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD" },
      {
        line: 3,
        column: 'yrkeskategori',
        col: 8,
        value: 'tandlakare',
        reason: "Okänt värde 'tandlakare' – använd en av: lakare, sjukskoterska, fysioterapeut, arbetsterapeut, psykolog, kurator, dietist, annan",
      },
      { line: 3, column: 'kontaktform', col: 9, value: 'brev', reason: "Okänt värde 'brev' – använd en av: fysiskt, hembesok, video, telefon, chatt" },
      { line: 3, column: 'vardgaranti', col: 10, value: 'kanske', reason: "Ogiltigt ja/nej-värde 'kanske' – använd J/N, Ja/Nej, 1/0 eller true/false" },
      { line: 4, column: 'kontakt_id', col: 1, value: '', reason: 'Värdet saknas – kolumnen är obligatorisk' },
      { line: 5, column: 'kontakt_id', col: 1, value: 'd1', reason: 'Id d1 finns redan på rad 2 – varje id får bara förekomma en gång i filen' },
      { line: 6, column: null, col: null, value: null, reason: 'Raden har 4 fält men rubrikraden har 11' },
      { line: 7, column: 'kontakt_id', col: 1, value: 'x'.repeat(65), reason: 'Texten är för lång – högst 64 tecken' },
    ]);
    expect(await factCount('2026-06-01')).toBe(before);
  });

  it('with accept-valid publishes the valid rows and keeps the rejects', async () => {
    const result = await importText(`${header}\n${contact('e1', '2026-07-01')}\n${contact('e2', '2026-07-02', '0000')}\n`, {
      policy: 'accept_valid',
    });
    expect(result).toMatchObject({ status: 'published', rowsTotal: 2, rowsRejected: 1, rowsPublished: 1, periods: ['2026-07'] });
    expect((await rejectsOf(result.batchId)).map((r) => r.line)).toEqual([3]);
  });

  it('refuses a file whose header lacks a column, naming it', async () => {
    const result = await importText(`kontakt_id;kommun\ne1;1480\n`);
    expect(result.status).toBe('rejected');
    expect(result.message).toMatch(
      /^Rubrikraden \(rad 1\) saknar kolumnerna vardenhet_id, kon, aldersgrupp, kontaktdatum, forsta_kontakt_datum, yrkeskategori, kontaktform, vardgaranti, medicinsk_bedomning för pv_kontakter\. Rubrikraden har: kontakt_id, kommun$/,
    );
  });

  it('refuses a file that is not valid CSV, saying where', async () => {
    const result = await importText(`${header}\n${contact('f1')}\n"f2;VC;1480\n`);
    expect(result).toMatchObject({ status: 'rejected' });
    expect(result.message).toBe('Filen är inte giltig CSV: ett citattecken avslutas aldrig (rad 3)');
  });

  it('with accept-valid keeps the first of repeated ids, also when there are too many repeats to screen', async () => {
    const ids = Array.from({ length: 10_001 }, (_, i) => `h${i}`);
    const lines = [...ids, ...ids].map((id) => contact(id, '2027-08-01'));
    const result = await importText(`${header}\n${lines.join('\n')}\n`, { policy: 'accept_valid' });
    expect(result).toMatchObject({ status: 'published', rowsTotal: 20_002, rowsRejected: 10_001, rowsPublished: 10_001 });
    const [published] = await db.sql`
      select count(*)::int as n, min(line_number) as first, max(line_number) as last from fact_pv_kontakt where period = '2027-08-01'`;
    expect(published).toEqual({ n: 10_001, first: 2, last: 10_002 });
    const [firstReject] = await rejectsOf(result.batchId);
    expect(firstReject).toEqual({
      line: 10_003,
      column: 'kontakt_id',
      col: 1,
      value: 'h0',
      reason: 'Id h0 finns redan på rad 2 – varje id får bara förekomma en gång i filen',
    });
  });

  it('checks integers and their range', async () => {
    const result = await importText('ar;kommun;kon;aldersgrupp;antal\n2025;1480;K;80+;-5\n20x5;1480;M;80+;12\n', { dataset: befolkning });
    expect((await rejectsOf(result.batchId)).map((r) => r.reason)).toEqual([
      "Ogiltigt heltal '-5' – förväntade ett heltal 0–10000000",
      "Ogiltigt heltal '20x5' – förväntade ett heltal 1990–2199",
    ]);
  });
});

describe('utskrivningsklara', () => {
  const head =
    'vardtillfalle_id;kommun;kon;aldersgrupp;inskrivningsdatum;inskrivningsmeddelande_tid;utskrivningsklar_datum;utskrivningsdatum;behov_av_insatser;fast_vardkontakt;sip_datum;aterinskriven_30d';

  it('reads timestamps with or without seconds, and empty optional values as not yet / not applicable', async () => {
    const ok = await importText(
      `${head}\nv1;1480;K;80+;2026-10-01;2026-10-01 14:05;2026-10-04;2026-10-06;J;J;2026-10-20;N\n` +
        `v2;1480;M;80+;20261002;2026-10-02T08:30:15;;;Nej;;;\n`,
      { dataset: utskrivningsklara },
    );
    expect(ok).toMatchObject({ status: 'published', rowsPublished: 2, periods: ['2026-10'] });
    const rows = await db.sql`
      select vardtillfalle_id as id, to_char(inskrivningsmeddelande_tid, 'YYYY-MM-DD HH24:MI:SS') as meddelande,
             utskrivningsdatum, fast_vardkontakt, sip_datum, aterinskriven_30d
      from fact_utskrivningsklar order by vardtillfalle_id`;
    expect(rows).toEqual([
      { id: 'v1', meddelande: '2026-10-01 14:05:00', utskrivningsdatum: '2026-10-06', fast_vardkontakt: true, sip_datum: '2026-10-20', aterinskriven_30d: false },
      { id: 'v2', meddelande: '2026-10-02 08:30:15', utskrivningsdatum: null, fast_vardkontakt: null, sip_datum: null, aterinskriven_30d: null },
    ]);
  });

  it('rejects impossible moments, and an empty value where one is required', async () => {
    const bad = await importText(`${head}\nv3;1480;K;80+;2026-11-01;2026-11-01 24:00;;;;;;\nv4;1480;K;80+;2026-11-01;2026-11-01 9:5;;;J;;;\n`, {
      dataset: utskrivningsklara,
    });
    expect((await rejectsOf(bad.batchId)).map((r) => `${r.line} ${r.column}: ${r.reason}`)).toEqual([
      "2 inskrivningsmeddelande_tid: Ogiltig tidpunkt '2026-11-01 24:00' – använd ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS",
      '2 behov_av_insatser: Värdet saknas – kolumnen är obligatorisk',
      "3 inskrivningsmeddelande_tid: Ogiltig tidpunkt '2026-11-01 9:5' – använd ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS",
    ]);
  });
});

describe('specialiserad_vantande', () => {
  it('publishes waiting-list snapshots and checks care type, waiting days and patient choice', async () => {
    const head = 'remiss_id;matdatum;kommun;kon;aldersgrupp;vardtyp;specialitet;vantedagar;patientvald_vantan';
    const ok = await importText(`${head}\nr1;2026-09-30;1490;K;65-79;forstabesok;Ortopedi;95;N\nr2;20260930;1490;M;18-64;operation;Kirurgi;12;J\n`, {
      dataset: specialiseradVantande,
    });
    expect(ok).toMatchObject({ status: 'published', rowsPublished: 2, periods: ['2026-09'], orgUnits: ['1490'] });
    const [row] = await db.sql`select vardtyp, specialitet, vantedagar, patientvald_vantan from fact_specialiserad_vantande where remiss_id = 'r1'`;
    expect(row).toEqual({ vardtyp: 'forstabesok', specialitet: 'Ortopedi', vantedagar: 95, patientvald_vantan: false });

    const bad = await importText(`${head}\nr3;2026-10-31;1490;K;65-79;aterbesok;Ortopedi;4000;N\n`, { dataset: specialiseradVantande });
    expect((await rejectsOf(bad.batchId)).map((r) => r.reason)).toEqual([
      "Okänt värde 'aterbesok' – använd en av: forstabesok, operation",
      "Ogiltigt heltal '4000' – förväntade ett heltal 0–3650",
    ]);
  });
});

describe('publishing', () => {
  it('replaces the periods a file covers, leaves other periods alone, and records lineage', async () => {
    const march = await importText(`${header}\n${['g1', 'g2', 'g3'].map((id) => contact(id, '2027-03-10')).join('\n')}\n${contact('g4', '2027-04-01')}\n`);
    expect(march.periods).toEqual(['2027-03', '2027-04']);
    const corrected = await importText(`${header}\n${contact('g1', '2027-03-11')}\n`);
    expect(corrected.periods).toEqual(['2027-03']);
    expect(await factCount('2027-03-01')).toBe(1);
    expect(await factCount('2027-04-01')).toBe(1);
    const lineage = await db.sql`
      select batch_id::text as batch, line_number as line from fact_pv_kontakt
      where period in ('2027-03-01', '2027-04-01') order by period`;
    expect(lineage).toEqual([
      { batch: corrected.batchId, line: 2 },
      { batch: march.batchId, line: 5 },
    ]);
  });

  it('replaces the periods of the first rows and those first seen deep in the file, and a rejected correction undoes neither', async () => {
    // Past the first 64 kB, which is read whole: August first appears far into the file.
    const file = (prefix: string, july: number, august: number, broken = '') =>
      [
        header,
        ...Array.from({ length: july }, (_, i) => contact(`${prefix}${i}`, '2027-07-15')),
        ...Array.from({ length: august }, (_, i) => contact(`${prefix}a${i}`, '2027-08-15')),
        broken,
      ].join('\n');
    const first = await importText(file('j', 2_000, 5), { pieceBytes: 16_384 });
    expect(first).toMatchObject({ status: 'published', periods: ['2027-07', '2027-08'] });
    const corrected = await importText(file('k', 1_500, 3), { pieceBytes: 16_384 });
    expect(corrected).toMatchObject({ status: 'published', rowsPublished: 1_503 });
    const counts = async () =>
      db.sql`select period::text, batch_id::text as batch, count(*)::int as n from fact_pv_kontakt
             where period in ('2027-07-01', '2027-08-01') group by 1, 2 order by 1`;
    const published = [
      { period: '2027-07-01', batch: corrected.batchId, n: 1_500 },
      { period: '2027-08-01', batch: corrected.batchId, n: 3 },
    ];
    expect(await counts()).toEqual(published);
    const rejected = await importText(file('m', 1_000, 2, contact('m-last', '2027-08-32')), { pieceBytes: 16_384 });
    expect(rejected).toMatchObject({ status: 'rejected', rowsRejected: 1 });
    expect(await counts()).toEqual(published);
  });

  it('recognises the same file imported again and changes nothing', async () => {
    const text = `${header}\n${contact('h1', '2027-05-05')}\n`;
    const first = await importText(text);
    const second = await importText(text);
    expect(second).toMatchObject({ status: 'duplicate', duplicateOf: first.batchId, rowsPublished: 0 });
    expect(second.message).toBe(`Filen är redan importerad (import ${first.batchId}); inget ändrades`);
    expect(await factCount('2027-05-01')).toBe(1);
  });

  it('writes each outcome to the audit log', async () => {
    const result = await importText(`${header}\n${contact('i1', '2027-06-06')}\n`);
    const [entry] = await db.sql`select actor, action, diff from audit_log where entity_type = 'import_batch' and entity_id = ${result.batchId}`;
    expect(entry).toMatchObject({ actor: 'cli', action: 'import.published' });
    expect(entry?.diff).toMatchObject({ dataset: [null, 'pv_kontakter'], periods: [null, ['2027-06']], rowsPublished: [null, 1] });
  });
});

describe('concurrency and crashes', () => {
  it('runs two imports of one dataset one after the other', async () => {
    const [a, b] = await Promise.all([
      importText(`${header}\n${contact('j1', '2027-07-01')}\n`),
      importText(`${header}\n${contact('j2', '2027-08-01')}\n`),
    ]);
    expect([a.status, b.status]).toEqual(['published', 'published']);
    expect(await factCount('2027-07-01')).toBe(1);
    expect(await factCount('2027-08-01')).toBe(1);
  });

  // Only PostgreSQL has a second session to hold the lock from (the embedded database runs one statement at a time).
  it.runIf(testBackend() === 'postgres')('says it is waiting while another import holds the dataset, and goes on when it ends', async () => {
    // The lock taken as a running import takes it, so the test does not depend on which import gets there first.
    const other = await db.sql.reserve();
    await other`select pg_advisory_lock(hashtext('samsyn.import.pv_kontakter'))`;
    const phases: string[] = [];
    const waiting = importText(`${header}\n${contact('j3', '2027-09-01')}\n`, { onProgress: (p) => phases.push(p.phase) });
    for (let tries = 0; !phases.includes('waiting') && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(phases).toEqual(['waiting']);
    expect(await factCount('2027-09-01')).toBe(0);
    await other`select pg_advisory_unlock_all()`;
    other.release();
    expect((await waiting).status).toBe('published');
    expect(phases[0]).toBe('waiting');
    expect(phases.slice(1)).toContain('publishing');
    expect(await factCount('2027-09-01')).toBe(1);
  });

  it('closes a batch left running by a process that died', async () => {
    const [stale] = await db.sql`
      insert into import_batch (dataset, file_name, policy, started_by) values ('pv_kontakter', 'dog.csv', 'all_or_nothing', 'cli')
      returning id`;
    expect(await failAbandonedImports(db.sql)).toBe(1);
    const [row] = await db.sql`select status, message from import_batch where id = ${stale?.id}`;
    expect(row).toEqual({
      status: 'failed',
      message: 'Importen avbröts innan den blev klar; inget publicerades. Importera filen igen.',
    });
  });
});
