import { setTimeout as sleep } from 'node:timers/promises';
import type { Sql } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { koladaRegionId } from '../imports/columns.ts';
import { countyCode } from '../seed/org-units.ts';
import { koladaCsvHeader, KoladaShapeError, nextPageLink, pageToCsv } from './json.ts';

/**
 * The Kolada connector: asks Kolada's open data API for key figures and yields them as the kolada
 * dataset's CSV, ready for the import (or a file). Requests go one at a time, politely: Kolada is a
 * free public service.
 */
export const defaultKoladaUrl = 'https://api.kolada.se/v2';

/** Kolada's limit for ids in one request, for municipalities and years alike. */
export const koladaBatchLimit = 25;

/** The longest Retry-After we wait for; beyond it the fetch fails and says when to try again. */
const maxWaitMs = 120_000;

export interface KoladaProgress {
  /** Requests finished (following a request's further pages counts as that request) and in all. */
  done: number;
  total: number;
  /** Values received so far. */
  rows: number;
}

export interface FetchKoladaOptions {
  /** The API's root, e.g. https://api.kolada.se/v2 (v3 answers the same paths). */
  baseUrl: string;
  kpis: readonly string[];
  years: readonly number[];
  /** Kolada's ids: four-digit municipality codes, and 0014 for the region. */
  municipalities: readonly string[];
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  onProgress?: (progress: KoladaProgress) => void;
  /** For one request, reading the answer included. */
  timeoutMs?: number;
  /** Tries per request when Kolada is busy (429), fails (5xx), is silent or unreachable. */
  attempts?: number;
  /** Wait before the second try when Kolada does not say (Retry-After); doubled for each further try. */
  backoffMs?: number;
}

type Settings = Required<Omit<FetchKoladaOptions, 'signal' | 'onProgress'>> & Pick<FetchKoladaOptions, 'signal'>;

/** Whom Samsyn asks for: the county's municipalities in org_unit, and the region. */
export async function koladaMunicipalityIds(sql: Sql): Promise<string[]> {
  const rows = await sql<{ code: string }[]>`select code from org_unit where kind = 'municipality' order by code`;
  return [...rows.map((row) => row.code), koladaRegionId(countyCode)];
}

/** One URL per key figure, batch of at most 25 municipalities and batch of at most 25 years. */
export function koladaRequestUrls(baseUrl: string, kpis: readonly string[], municipalities: readonly string[], years: readonly number[]): string[] {
  const root = baseUrl.replace(/\/+$/, '');
  const ids = (values: readonly (string | number)[]) => values.map((value) => encodeURIComponent(value)).join(',');
  return kpis.flatMap((kpi) =>
    batches(municipalities).flatMap((someMunicipalities) =>
      batches(years).map((someYears) => `${root}/data/kpi/${ids([kpi])}/municipality/${ids(someMunicipalities)}/year/${ids(someYears)}`),
    ),
  );
}

function batches<T>(values: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < values.length; i += koladaBatchLimit) result.push(values.slice(i, i + koladaBatchLimit));
  return result;
}

/**
 * The figures as CSV text: the header first, then the lines of each page as it arrives. Follows
 * v2's `next_page` and v3's `next_url`, absolute or relative to the page that named them.
 */
export async function* fetchKolada(options: FetchKoladaOptions): AsyncGenerator<string> {
  const settings: Settings = {
    ...options,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 30_000,
    attempts: options.attempts ?? 5,
    backoffMs: options.backoffMs ?? 1_000,
  };
  const urls = koladaRequestUrls(settings.baseUrl, settings.kpis, settings.municipalities, settings.years);
  let rows = 0;
  yield koladaCsvHeader;
  for (const [index, first] of urls.entries()) {
    const visited = new Set<string>();
    for (let url: string | undefined = first; url !== undefined; ) {
      if (visited.has(url)) throw new UserFacingError(`Kolada hänvisar tillbaka till en sida som redan hämtats (${url}); hämtningen avbröts`);
      visited.add(url);
      const page = await getPage(url, settings);
      const csv = expectShape(url, () => pageToCsv(page));
      rows += csv.split('\n').length - 1;
      yield csv;
      url = nextUrl(page, url);
    }
    options.onProgress?.({ done: index + 1, total: urls.length, rows });
  }
}

function nextUrl(page: unknown, current: string): string | undefined {
  const link = nextPageLink(page);
  if (link === undefined) return undefined;
  return expectShape(current, () => {
    try {
      return new URL(link, current).toString();
    } catch {
      throw new KoladaShapeError('next_page eller next_url', `'${link}' är ingen adress`);
    }
  });
}

function expectShape<T>(url: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof KoladaShapeError) throw new UserFacingError(`Kolada:s svar på ${url} har oväntad form: ${error.message}`);
    throw error;
  }
}

/** A page, tried again after a wait while Kolada is busy, failing, silent or unreachable. */
async function getPage(url: string, settings: Settings): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await requestOnce(url, settings);
    if ('body' in outcome) return parseJson(url, outcome.body, outcome.contentType);
    if (attempt >= settings.attempts) {
      throw new UserFacingError(`Hämtningen från Kolada misslyckades efter ${attempt} försök (senast: ${outcome.problem}) för ${url}; försök igen senare`);
    }
    const wait = outcome.waitMs ?? settings.backoffMs * 2 ** (attempt - 1);
    if (wait > maxWaitMs) {
      throw new UserFacingError(`Kolada ber oss vänta ${Math.ceil(wait / 1000)} s innan nästa anrop (${url}); försök igen senare`);
    }
    await sleep(wait, undefined, { signal: settings.signal });
  }
}

type Outcome = { body: string; contentType: string } | { problem: string; waitMs?: number };

async function requestOnce(url: string, settings: Settings): Promise<Outcome> {
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const signal = settings.signal ? AbortSignal.any([settings.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await settings.fetch(url, { headers: { accept: 'application/json' }, signal });
    if (response.ok) return { body: await response.text(), contentType: response.headers.get('content-type') ?? '' };
  } catch (error) {
    if (settings.signal?.aborted) throw error;
    if (timeout.aborted) return { problem: `inget svar inom ${settings.timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return { problem: `nätverksfel ${cause}` };
  }
  await response.body?.cancel();
  if (response.status === 429 || response.status >= 500) {
    return { problem: `svar ${response.status}`, waitMs: retryAfterMs(response.headers.get('retry-after')) };
  }
  throw new UserFacingError(
    `Kolada svarade ${response.status} ${response.statusText} på ${url}: kontrollera nyckeltalen (--kpi), åren (--years) ` +
      'och adressen (--url eller SAMSYN_KOLADA_URL)',
  );
}

/** Retry-After as seconds or as an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function parseJson(url: string, body: string, contentType: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new UserFacingError(
      `Kolada svarade inte med JSON på ${url} (innehållstyp ${contentType || 'okänd'}): kontrollera adressen ` +
        `(--url eller SAMSYN_KOLADA_URL), t.ex. ${defaultKoladaUrl}`,
    );
  }
}
