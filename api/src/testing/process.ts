import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Only what Samsyn reads, so a developer's own DATABASE_URL or PORT never leaks into a test. No
 * demo data on a first start unless the test asks for it (SAMSYN_DEMO=1): it would cost every test.
 */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', SAMSYN_DEMO: '0', ...env };
}

/**
 * Starts `pnpm samsyn …` the way a user does, as its own process (tsx loads the TypeScript). `nodeArgs` are options
 * for Node itself, such as a benchmark's --cpu-prof (which NODE_OPTIONS does not allow).
 */
export function spawnSamsyn(args: string[], env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'api/src/cli/main.ts', ...args], {
    cwd: repoRoot,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

export function runSamsyn(args: string[], env: Record<string, string>): Promise<Finished> {
  return finished(spawnSamsyn(args, env));
}

/** Resolves with the URL once the server prints that it is listening; rejects if it exits first. */
export function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /Samsyn körs på (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`Samsyn exited with ${code} before listening:\n${output}`)));
  });
}
