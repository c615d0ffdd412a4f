import { describe, expect, it } from 'vitest';
import { fetchKolada, koladaRequestUrls, type FetchKoladaOptions } from './fetch.ts';

const base = 'https://kolada.test/v2';
const row = (municipality: string, year: number, value: number) => ({
  kpi: 'N21704',
  period: year,
  municipality,
  values: [{ gender: 'T', value, count: 1, status: '' }],
});

/** Answers from a table of URL → responses (each used once, in order), and remembers what was asked. */
function fakeKolada(answers: Record<string, (() => Response)[]>) {
  const requested: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    requested.push(url);
    const next = answers[url]?.shift();
    return next ? next() : new Response('not found', { status: 404, statusText: 'Not Found' });
  }) as typeof globalThis.fetch;
  return { fetch, requested };
}

const json = (body: unknown, init: ResponseInit = {}) => () => Response.json(body, init);

async function collect(options: Partial<FetchKoladaOptions> & Pick<FetchKoladaOptions, 'fetch'>): Promise<string> {
  let csv = '';
  for await (const text of fetchKolada({ baseUrl: base, kpis: ['N21704'], years: [2023], municipalities: ['1480'], backoffMs: 1, ...options })) {
    csv += text;
  }
  return csv;
}

async function failure(options: Partial<FetchKoladaOptions> & Pick<FetchKoladaOptions, 'fetch'>): Promise<string> {
  return collect(options).then(
    () => 'no error',
    (error: Error) => error.message,
  );
}

const one = `${base}/data/kpi/N21704/municipality/1480/year/2023`;

describe('batching', () => {
  it('asks for at most 25 municipalities and 25 years at a time, per key figure', () => {
    const municipalities = Array.from({ length: 50 }, (_, i) => String(1401 + i));
    const years = Array.from({ length: 30 }, (_, i) => 1996 + i);
    const list = (from: number, to: number, values: (string | number)[]) => values.slice(from, to).join(',');
    const urls = koladaRequestUrls(`${base}/`, ['N21704'], municipalities, years);
    expect(urls).toEqual([
      `${base}/data/kpi/N21704/municipality/${list(0, 25, municipalities)}/year/${list(0, 25, years)}`,
      `${base}/data/kpi/N21704/municipality/${list(0, 25, municipalities)}/year/${list(25, 30, years)}`,
      `${base}/data/kpi/N21704/municipality/${list(25, 50, municipalities)}/year/${list(0, 25, years)}`,
      `${base}/data/kpi/N21704/municipality/${list(25, 50, municipalities)}/year/${list(25, 30, years)}`,
    ]);
    expect(urls[0]).toContain('/municipality/1401,1402,');
    expect(urls[1]).toMatch(/\/year\/2021,2022,2023,2024,2025$/);
    expect(koladaRequestUrls(base, ['N21704', 'U21401'], ['1480', '0014'], [2024])).toEqual([
      `${base}/data/kpi/N21704/municipality/1480,0014/year/2024`,
      `${base}/data/kpi/U21401/municipality/1480,0014/year/2024`,
    ]);
  });
});

describe('fetchKolada', () => {
  it('follows v2 next_page (absolute) and v3 next_url (relative) to the last page', async () => {
    const page2 = `${one}?page=2&per_page=1`;
    const page3 = `${base}/data/kpi/N21704/municipality/1480/year/2023?page=3&per_page=1`;
    const kolada = fakeKolada({
      [one]: [json({ count: 3, values: [row('1480', 2023, 1.5)], next_page: page2 })],
      [page2]: [json({ values: [row('1480', 2023, 2)], next_url: '?page=3&per_page=1', total_count: 3 })],
      [page3]: [json({ values: [row('1480', 2023, 3)], next_url: null, total_count: 3 })],
    });
    const progress: unknown[] = [];
    const csv = await collect({ fetch: kolada.fetch, onProgress: (p) => progress.push(p) });
    expect(csv).toBe('kpi;kommun;ar;kon;varde\nN21704;1480;2023;T;1.5\nN21704;1480;2023;T;2\nN21704;1480;2023;T;3\n');
    expect(kolada.requested).toEqual([one, page2, page3]);
    expect(progress).toEqual([{ done: 1, total: 1, rows: 3 }]);
  });

  it('tries again when Kolada is busy or failing, waiting as long as Retry-After says', async () => {
    const kolada = fakeKolada({
      [one]: [
        () => new Response('busy', { status: 429, headers: { 'retry-after': '0' } }),
        () => new Response('oops', { status: 503 }),
        json({ values: [row('1480', 2023, 4)] }),
      ],
    });
    expect(await collect({ fetch: kolada.fetch })).toBe('kpi;kommun;ar;kon;varde\nN21704;1480;2023;T;4\n');
    expect(kolada.requested).toEqual([one, one, one]);
  });

  it('gives up after the last try, and on a Retry-After too long to wait', async () => {
    const failing = fakeKolada({ [one]: Array.from({ length: 3 }, () => () => new Response('oops', { status: 502 })) });
    expect(await failure({ fetch: failing.fetch, attempts: 3 })).toBe(
      `Hämtningen från Kolada misslyckades efter 3 försök (senast: svar 502) för ${one}; försök igen senare`,
    );
    const patient = fakeKolada({ [one]: [() => new Response('', { status: 429, headers: { 'retry-after': '3600' } })] });
    expect(await failure({ fetch: patient.fetch })).toBe(`Kolada ber oss vänta 3600 s innan nästa anrop (${one}); försök igen senare`);
  });

  it('gives up on a request that does not answer in time', async () => {
    const silent = (async (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof globalThis.fetch;
    expect(await failure({ fetch: silent, timeoutMs: 20, attempts: 2 })).toBe(
      `Hämtningen från Kolada misslyckades efter 2 försök (senast: inget svar inom 0.02 s) för ${one}; försök igen senare`,
    );
  });

  it('explains a wrong request, an answer that is not JSON, a page of the wrong shape and a loop', async () => {
    expect(await failure({ fetch: fakeKolada({}).fetch })).toBe(
      `Kolada svarade 404 Not Found på ${one}: kontrollera nyckeltalen (--kpi), åren (--years) och adressen (--url eller SAMSYN_KOLADA_URL)`,
    );
    const html = fakeKolada({ [one]: [() => new Response('<html>', { headers: { 'content-type': 'text/html' } })] });
    expect(await failure({ fetch: html.fetch })).toBe(
      `Kolada svarade inte med JSON på ${one} (innehållstyp text/html): kontrollera adressen (--url eller SAMSYN_KOLADA_URL), t.ex. https://api.kolada.se/v2`,
    );
    const shapeless = fakeKolada({ [one]: [json({ data: [] })] });
    expect(await failure({ fetch: shapeless.fetch })).toBe(
      `Kolada:s svar på ${one} har oväntad form: sidan: ska vara ett objekt med fältet values (en lista), som Kolada:s svar`,
    );
    const loop = fakeKolada({ [one]: [json({ values: [], next_page: one })] });
    expect(await failure({ fetch: loop.fetch })).toBe(`Kolada hänvisar tillbaka till en sida som redan hämtats (${one}); hämtningen avbröts`);
  });
});
