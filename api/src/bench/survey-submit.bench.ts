import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { optionsOf, questionsOf } from '../surveys/content.ts';
import { createLink } from '../surveys/links.ts';
import { newestPublished } from '../surveys/questionnaires.ts';
import { patientExperienceTemplate } from '../surveys/templates.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { repoRoot } from '../testing/process.ts';
import { expectedBody, listening, startSamsynOn, stopProcess } from './demo-server.ts';
import { failures, fixedRate, maximumThroughput, type LoadRequest, type LoadResult } from './load.ts';

/**
 * Anonymous survey submissions under load (issue 7): the patient-experience questionnaire answered in full through
 * an open link, by the path the response page's form action takes (POST /api/enkat/svar), to Samsyn started as
 * `samsyn start --api-only` in a process of its own on PostgreSQL, the load sent over loopback from this process.
 * Beside it, in the same run, the baseline the issue asks for: an endpoint doing one bare single-row INSERT
 * (insert-baseline-server.ts, its own process too, never part of the app). Two measurements each: the most accepted
 * submissions per second, and the latency at a fixed 100 a second; and, for comparison, the most per second of the
 * same response through the GraphQL mutation submitSurveyResponse, which shares the code under the route.
 * All load comes from one address, so the server is started with SAMSYN_SURVEY_RATE_LIMIT raised past any run.
 * Every response must be the answer the first submission got (stored), and every response stored must hold exactly
 * the answers sent.
 * BENCH_LOAD_SECONDS (default 10) and BENCH_LOAD_CONNECTIONS (default 32) change the runs; BENCH_CPU_PROFILE_DIR
 * makes the Samsyn process write a V8 CPU profile there when it stops.
 */
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const connections = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 32);
const targets = { rate: 100, p99Ms: 50, submissionsPerSecond: 1000 };
const municipality = '1480';

const submitMutation = `mutation Submit($submission: SurveySubmissionInput!) {
  submitSurveyResponse(submission: $submission) { status refusal problems { question code } }
}`;

let db: TestDatabase;
let samsyn: { url: string; stop(): Promise<void> } | undefined;
let baselineProcess: ChildProcess | undefined;
let submitRequest: LoadRequest;
let mutationRequest: LoadRequest;
let baselineRequest: LoadRequest;
let questionsAnswered: number;
/** What every stored response must hold: the answers sent, in the questionnaire's order. */
let expectedRow: Record<'questionKeys' | 'dimensions' | 'optionKeys' | 'valuations' | 'freeTexts', (string | null)[]>;
const results: { name: string; result: LoadResult; load: string }[] = [];

beforeAll(async () => {
  db = await createTestDatabase('postgres');
  await migrate(db.sql);
  await seedReferenceData(db.sql);
  const [questionnaire] = await db.sql<{ id: string }[]>`select id::text as id from questionnaire where key = ${patientExperienceTemplate.key}`;
  const version = (await newestPublished(db.sql, questionnaire!.id))!;
  const link = await createLink(db.sql, { userId: null, label: 'bench' }, { questionnaireId: questionnaire!.id, orgUnitCode: municipality });
  // Every question answered, as a patient who answers everything does: the most rows a response stores.
  const answers = questionsOf(version.content).map((question) => ({
    question: question.key,
    values: question.type === 'free_text' ? ['Personalen var vänlig och tog sig tid.'] : [optionsOf(question)[0]!.key],
  }));
  questionsAnswered = answers.length;
  // Each answer's dimension and valuation as the questionnaire defines them; the text has nothing to mask.
  const questions = questionsOf(version.content);
  expectedRow = {
    questionKeys: questions.map((q) => q.key),
    dimensions: questions.map((q) => q.dimension),
    optionKeys: questions.map((q) => (q.type === 'free_text' ? null : optionsOf(q)[0]!.key)),
    valuations: questions.map((q) => (q.type === 'free_text' ? null : optionsOf(q)[0]!.valuation)),
    freeTexts: answers.map((a, i) => (questions[i]!.type === 'free_text' ? a.values[0]! : null)),
  };

  const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
  samsyn = await startSamsynOn(db, ['--api-only'], {
    env: { SAMSYN_SURVEY_RATE_LIMIT: '1000000000' },
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  baselineProcess = spawn(process.execPath, ['--import', 'tsx', 'api/src/bench/insert-baseline-server.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, DATABASE_URL: db.env.DATABASE_URL },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baselineUrl = await listening(baselineProcess, /Baseline på (http:\/\/\S+)/);

  const json = { 'content-type': 'application/json' };
  const submission = { slug: link.slug, version: version.version, answers };
  submitRequest = await expectedBody({ url: `${samsyn.url}/api/enkat/svar`, method: 'POST', headers: json, body: JSON.stringify(submission) }, (text) => {
    if (JSON.parse(text).status !== 'stored') throw new Error(`submission not stored: ${text}`);
  });
  mutationRequest = await expectedBody(
    {
      url: `${samsyn.url}/graphql`,
      method: 'POST',
      headers: { ...json, accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: submitMutation, variables: { submission } }),
    },
    (text) => {
      const answer = JSON.parse(text).data?.submitSurveyResponse;
      if (answer?.status !== 'STORED') throw new Error(`submission not stored: ${text}`);
    },
  );
  baselineRequest = await expectedBody({ url: baselineUrl, method: 'POST', headers: json, body: submitRequest.body }, (text) => {
    if (JSON.parse(text).data?.stored !== true) throw new Error(`baseline: ${text}`);
  });
  // Warm-up at full load: the JIT, Yoga's document cache and both connection pools.
  await maximumThroughput(submitRequest, { connections, seconds: 5 });
  await maximumThroughput(mutationRequest, { connections, seconds: 2 });
  await maximumThroughput(baselineRequest, { connections, seconds: 2 });
}, 300_000);

afterAll(async () => {
  print();
  await samsyn?.stop();
  if (baselineProcess) await stopProcess(baselineProcess);
  await db?.drop();
}, 60_000);

/**
 * Responses stored, those of them that hold exactly the answers sent, and baseline rows, to check the answers
 * against what reached the database.
 */
async function stored(): Promise<{ responses: number; matching: number; baseline: number }> {
  // A run's last requests may still be in the servers when the load generator stops: let them finish first.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const { questionKeys, dimensions, optionKeys, valuations, freeTexts } = expectedRow;
  const [row] = await db.sql<{ responses: number; matching: number; baseline: number }[]>`
    select (select count(*)::int from survey_response) as responses,
      (select count(*)::int from survey_response where org_unit_code = ${municipality} and kommun = ${municipality}
        and question_keys = ${questionKeys}::text[] and dimensions = ${dimensions}::text[] and option_keys = ${optionKeys}::text[]
        and valuations = ${valuations}::text[] and free_texts = ${freeTexts}::text[]) as matching,
      (select count(*)::int from bench_insert_baseline) as baseline`;
  return row!;
}

/**
 * One run, its figures kept for the table. It fails on any response that was not the expected answer, and when the
 * rows stored do not account for every answer: at least one row per answer, and at most the requests still in
 * flight when the run's clock stopped more.
 */
async function measured(name: string, load: string, kind: 'submission' | 'baseline', run: () => Promise<LoadResult>): Promise<void> {
  const before = await stored();
  const result = await run();
  const after = await stored();
  results.push({ name, result, load });
  if (failures(result) > 0) {
    const { non2xx, graphqlErrors, wrongBodies, transportErrors } = result;
    throw new Error(`${name}: ${JSON.stringify({ non2xx, graphqlErrors, wrongBodies, transportErrors })}`);
  }
  const rows = kind === 'submission' ? after.responses - before.responses : after.baseline - before.baseline;
  if (rows < result.answered || rows > result.answered + connections) {
    throw new Error(`${name}: ${result.answered} answered, ${rows} rows stored`);
  }
  if (kind === 'submission' && after.matching - before.matching !== rows) {
    throw new Error(`${name}: ${rows} responses stored, ${after.matching - before.matching} of them with the answers sent`);
  }
}

function print(): void {
  if (results.length === 0) return;
  const of = (name: string) => results.find((r) => r.name === name)?.result;
  const fmt = (n: number, digits = 0) => n.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const lines = [
    `\nSurvey submissions through an open link (${questionsAnswered} answers each) vs a bare single-row INSERT, ` +
      `${seconds} s a run, over loopback:`,
    `  ${'case'.padEnd(38)} ${'load'.padEnd(16)} ${'accepted/s'.padStart(10)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ` +
      `${'p99 ms'.padStart(7)} ${'failed'.padStart(6)} ${'× baseline'.padStart(10)}`,
  ];
  for (const { name, result, load } of results) {
    // Throughput runs compare requests per second, fixed-rate runs compare p99: what each run is for.
    const throughput = load === full;
    const baseline = name.startsWith('baseline') ? undefined : of(throughput ? baselineMaximumName : baselineAtRateName);
    const ratio = !baseline ? '' : throughput ? fmt(result.requestsPerSecond / baseline.requestsPerSecond, 2) : fmt(result.p99 / baseline.p99, 2);
    lines.push(
      `  ${name.padEnd(38)} ${load.padEnd(16)} ${fmt(result.requestsPerSecond).padStart(10)} ${fmt(result.p50, 2).padStart(7)} ` +
        `${fmt(result.p95, 2).padStart(7)} ${fmt(result.p99, 2).padStart(7)} ${String(failures(result)).padStart(6)} ${ratio.padStart(10)}`,
    );
  }
  const verdict = (ok: boolean, missedBy: string) => (ok ? 'met' : `MISSED by ${missedBy}`);
  const atRate = of(atRateName);
  if (atRate) {
    const ok = atRate.p99 <= targets.p99Ms && failures(atRate) === 0;
    lines.push(`  target (issue 7): p99 ≤ ${targets.p99Ms} ms at ${targets.rate} submissions/s: ${fmt(atRate.p99, 2)} ms, ` +
      verdict(ok, `${fmt(atRate.p99 - targets.p99Ms, 2)} ms`));
  }
  const maximum = of(maximumName);
  if (maximum) {
    const ok = maximum.requestsPerSecond >= targets.submissionsPerSecond && failures(maximum) === 0;
    lines.push(`  target (issue 7): ≥ ${fmt(targets.submissionsPerSecond)} accepted submissions/s: ${fmt(maximum.requestsPerSecond)}, ` +
      verdict(ok, `${fmt(targets.submissionsPerSecond - maximum.requestsPerSecond)}/s (${fmt((1 - maximum.requestsPerSecond / targets.submissionsPerSecond) * 100)} %)`));
  }
  console.log(lines.join('\n'));
}

// Each case is one run of `seconds`: the load itself is the repetition.
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };
const full = `${connections} connections`;
const open = `${targets.rate}/s open loop`;
const baselineMaximumName = 'baseline: INSERT, most/s';
const maximumName = 'POST /api/enkat/svar, most/s';
const mutationMaximumName = 'GraphQL submitSurveyResponse, most/s';
const baselineAtRateName = `baseline: INSERT at ${targets.rate}/s`;
const atRateName = `POST /api/enkat/svar at ${targets.rate}/s`;

describe('survey submissions under load', () => {
  bench(baselineMaximumName, async () => measured(baselineMaximumName, full, 'baseline', () => maximumThroughput(baselineRequest, { connections, seconds })), once);
  bench(maximumName, async () => measured(maximumName, full, 'submission', () => maximumThroughput(submitRequest, { connections, seconds })), once);
  bench(mutationMaximumName, async () => measured(mutationMaximumName, full, 'submission', () => maximumThroughput(mutationRequest, { connections, seconds })), once);
  bench(baselineAtRateName, async () => measured(baselineAtRateName, open, 'baseline', () => fixedRate(baselineRequest, { rate: targets.rate, seconds })), once);
  bench(atRateName, async () => measured(atRateName, open, 'submission', () => fixedRate(submitRequest, { rate: targets.rate, seconds })), once);
});
