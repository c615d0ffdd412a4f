import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../db/migrate.ts';
import { generateDemo } from '../demo/generate.ts';
import { importDemo } from '../demo/import-demo.ts';
import { defaultDemoSettings } from '../demo/settings.ts';
import { updatePendingValues } from '../engine/after-import.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { spawnSamsyn } from '../testing/process.ts';
import type { LoadRequest } from './load.ts';

/**
 * What the HTTP benchmarks run against: PostgreSQL holding the demo a real first start imports (scale 1, 36 months)
 * with its values computed, and Samsyn started on it as a process of its own the way a user starts it, so the load
 * generator in the bench process does not share the server's event loop.
 */
export interface DemoServer {
  db: TestDatabase;
  url: string;
  /** The last quarter the demo covers completely (`2026-Q2`). */
  quarter: string;
  stop(): Promise<void>;
}

/** `samsyn start` arguments, e.g. `['--api-only']`; the web app must be built for a start without it. */
export async function startDemoServer(startArgs: string[] = []): Promise<DemoServer> {
  const db = await createTestDatabase('postgres');
  try {
    await migrate(db.sql);
    await seedReferenceData(db.sql);
    const dir = await mkdtemp(join(tmpdir(), 'samsyn-bench-demo-'));
    let quarter: string;
    try {
      const { manifest } = await generateDemo({ ...defaultDemoSettings, dir, today: new Date() });
      await importDemo({ sql: db.sql, embedded: false, dir });
      await updatePendingValues(db.sql);
      quarter = lastCompleteQuarter(manifest.to);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const running = await startSamsynOn(db, startArgs);
    return {
      db,
      url: running.url,
      quarter,
      async stop() {
        await running.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

/**
 * `samsyn start` on an already prepared database, as a process of its own; `env` adds settings such as
 * SAMSYN_SURVEY_RATE_LIMIT, `nodeArgs` options for Node such as --cpu-prof. stop() ends the process (a SIGTERM, which
 * Samsyn answers by exiting, so a CPU profile is written) and leaves the database.
 */
export async function startSamsynOn(
  db: TestDatabase,
  startArgs: string[],
  options: { env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<{ process: ChildProcess; url: string; stop(): Promise<void> }> {
  // The production default log level: one log line per request is part of what a request costs.
  const env = { DATABASE_URL: db.env.DATABASE_URL!, PORT: '0', LOG_LEVEL: 'info', ...options.env };
  const child = spawnSamsyn(['start', ...startArgs], env, options.nodeArgs);
  try {
    const url = await listening(child, /Samsyn körs på (http:\/\/\S+)/);
    return { process: child, url, stop: () => stopProcess(child) };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The last quarter the demo covers completely: a real first start's demo ends with the last complete month. */
function lastCompleteQuarter(lastMonth: string): string {
  const [year, month] = lastMonth.split('-').map(Number) as [number, number];
  const quarterIndex = Math.floor(month / 3) - 1;
  return quarterIndex >= 0 ? `${year}-Q${quarterIndex + 1}` : `${year - 1}-Q4`;
}

/** Resolves with the server's address once it says it listens; its later output (the request log) is drained. */
export function listening(child: ChildProcess, address: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = address.exec(output);
      if (!match?.[1]) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`Samsyn exited with ${code} before listening:\n${output}`)));
  });
}

/** One request before the load, checked by `check`; its body is what every response of the run must be. */
export async function expectedBody(target: Omit<LoadRequest, 'expectedBody'>, check: (body: string) => void): Promise<LoadRequest> {
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${target.url}: status ${response.status}: ${text.slice(0, 500)}`);
  check(text);
  return { ...target, expectedBody: text };
}
