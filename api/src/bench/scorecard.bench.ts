import { afterAll, beforeAll, bench, describe } from 'vitest';
import { expectedBody, startDemoServer, type DemoServer } from './demo-server.ts';
import { failures, fixedRate, maximumThroughput, type LoadRequest, type LoadResult } from './load.ts';

/**
 * One municipality's scorecard through GraphQL under load (issue 5): the server started as `samsyn start --api-only`
 * in a process of its own, on PostgreSQL holding the demo a real first start imports (scale 1, 36 months) with its
 * values computed, and the load sent over loopback from this process. Two measurements: the latency at a fixed
 * 200 requests/s, and the most requests per second the server answers. `GET /healthz` (HTTP, the middleware and a
 * `select 1`) and `{ __typename }` (the GraphQL layer without a resolver) are measured the same way in the same run,
 * as the baselines the scorecard is a ratio of, since absolute figures on a shared 2-core machine are noise.
 * Every response must be a 200 with the body the request gave before the run; anything else fails the bench.
 * The same scorecard asked again and again is what many readers of one municipality's page ask: after the first
 * request it is answered from the server's response cache (http/response-cache.ts), which costs one statement.
 * BENCH_LOAD_SECONDS (default 10) and BENCH_LOAD_CONNECTIONS (default 32) change the runs.
 */
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const connections = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 32);
const targets = { rate: 200, p95Ms: 20, requestsPerSecond: 1500 };
const municipality = '1480';

/** What the scorecard page shows of each value. */
const scorecardQuery = `query Scorecard($orgUnit: String!, $periodType: PeriodType!, $period: String!) {
  scorecard(orgUnit: $orgUnit, periodType: $periodType, period: $period) {
    indicatorId value ciLow ciHigh suppressed missingReason status statusBasis greyReason comparedToCounty
    trend { direction significant }
    orgUnit { code name }
  }
}`;

let demo: DemoServer;
let url: string;
let quarter: string;
/** The scorecard's rows (every indicator) and how many of them have a value for the unit and quarter. */
let scorecardRows: number;
let scorecardValues: number;
const requests: Record<'healthz' | 'typename' | 'scorecard', LoadRequest> = {} as never;
const results: { name: string; result: LoadResult; load: string }[] = [];

/** A check of a JSON body. */
const json = (check: (body: any) => void) => (text: string) => check(JSON.parse(text));

beforeAll(async () => {
  demo = await startDemoServer(['--api-only']);
  ({ url, quarter } = demo);
  const [counts] = await demo.db.sql<{ indicators: number; values: number }[]>`
    select (select count(distinct id)::int from indicator_definition) as indicators,
      (select count(*)::int from indicator_value
       where org_unit = ${municipality} and period_type = 'quarter' and period = ${quarter} and sex = 'T' and value is not null) as values`;
  scorecardRows = counts!.indicators;
  scorecardValues = counts!.values;
  if (scorecardValues === 0) throw new Error(`no values for ${municipality} in ${quarter}`);

  const graphql = (query: string, variables?: Record<string, unknown>) => ({
    url: `${url}/graphql`,
    method: 'POST' as const,
    // An API client, not a browser: no Origin or Sec-Fetch-Site, so any document is accepted (persisted-operations.ts).
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  requests.healthz = await expectedBody({ url: `${url}/healthz`, method: 'GET' }, json((body) => {
    if (body.status !== 'ok') throw new Error(`healthz: ${JSON.stringify(body)}`);
  }));
  requests.typename = await expectedBody(graphql('{ __typename }'), json((body) => {
    if (body.errors || body.data?.__typename !== 'Query') throw new Error(`__typename: ${JSON.stringify(body)}`);
  }));
  requests.scorecard = await expectedBody(graphql(scorecardQuery, { orgUnit: municipality, periodType: 'QUARTER', period: quarter }), json((body) => {
    if (body.errors) throw new Error(`scorecard: ${JSON.stringify(body.errors)}`);
    const rows = body.data?.scorecard as { value: number | null; orgUnit: { code: string } }[] | undefined;
    if (
      rows?.length !== scorecardRows ||
      rows.filter((row) => row.value !== null).length !== scorecardValues ||
      rows.some((row) => row.orgUnit.code !== municipality)
    ) {
      throw new Error(`scorecard: expected ${scorecardRows} indicators of ${municipality}, ${scorecardValues} with a value: ${JSON.stringify(body.data)}`);
    }
  }));
  // Warm-up at full load: the JIT (seconds of it, or the first runs measure V8's tiers), Yoga's document cache, the
  // server's caches and the connection pool.
  await maximumThroughput(requests.scorecard, { connections, seconds: 5 });
  await maximumThroughput(requests.typename, { connections, seconds: 2 });
}, 900_000);

afterAll(async () => {
  print();
  await demo?.stop();
}, 60_000);

function print(): void {
  if (results.length === 0) return;
  const of = (name: string) => results.find((r) => r.name === name)?.result;
  const healthz = of('baseline: GET /healthz');
  const fmt = (n: number, digits = 0) => n.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const lines = [
    `\nScorecard of ${municipality} for ${quarter} (${scorecardRows} indicators, ${scorecardValues} with a value) through GraphQL, ` +
      `${seconds} s a run, over loopback:`,
    `  ${'case'.padEnd(30)} ${'load'.padEnd(16)} ${'requests/s'.padStart(10)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ` +
      `${'p99 ms'.padStart(7)} ${'failed'.padStart(6)} ${'× healthz'.padStart(9)}`,
  ];
  for (const { name, result, load } of results) {
    const ratio = healthz ? fmt(result.requestsPerSecond / healthz.requestsPerSecond, 2) : '';
    lines.push(
      `  ${name.padEnd(30)} ${load.padEnd(16)} ${fmt(result.requestsPerSecond).padStart(10)} ${fmt(result.p50, 2).padStart(7)} ` +
        `${fmt(result.p95, 2).padStart(7)} ${fmt(result.p99, 2).padStart(7)} ${String(failures(result)).padStart(6)} ${ratio.padStart(9)}`,
    );
  }
  const atRate = of(atRateName);
  const maximum = of(maximumName);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  if (atRate) {
    const ok = atRate.p95 <= targets.p95Ms && failures(atRate) === 0;
    lines.push(`  target (issue 5): p95 ≤ ${targets.p95Ms} ms at ${targets.rate} requests/s: ${fmt(atRate.p95, 2)} ms, ${verdict(ok)}`);
  }
  if (maximum) {
    const ok = maximum.requestsPerSecond >= targets.requestsPerSecond && failures(maximum) === 0;
    lines.push(`  target (issue 5): ≥ ${fmt(targets.requestsPerSecond)} requests/s: ${fmt(maximum.requestsPerSecond)}, ${verdict(ok)}`);
  }
  console.log(lines.join('\n'));
}

/** Keeps the run's figures for the table, and fails the bench on any response that was not the expected answer. */
function recorded(name: string, load: string, result: LoadResult): void {
  results.push({ name, result, load });
  if (failures(result) > 0) {
    const { non2xx, graphqlErrors, wrongBodies, transportErrors } = result;
    throw new Error(`${name}: ${JSON.stringify({ non2xx, graphqlErrors, wrongBodies, transportErrors })}`);
  }
}

// Each case is one run of `seconds`: the load itself is the repetition.
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };
const full = `${connections} connections`;
const maximumName = 'scorecard, most requests/s';
const atRateName = `scorecard at ${targets.rate} requests/s`;

describe('scorecard through GraphQL under load', () => {
  for (const [name, target] of [
    ['baseline: GET /healthz', 'healthz'],
    ['baseline: { __typename }', 'typename'],
    [maximumName, 'scorecard'],
  ] as const) {
    bench(name, async () => recorded(name, full, await maximumThroughput(requests[target], { connections, seconds })), once);
  }
  bench(
    atRateName,
    async () => recorded(atRateName, `${targets.rate}/s open loop`, await fixedRate(requests.scorecard, { rate: targets.rate, seconds })),
    once,
  );
});
