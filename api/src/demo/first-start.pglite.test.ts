import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, spawnSamsyn, waitForUrl } from '../testing/process.ts';

/** `pnpm samsyn start` as a person runs it the first time, with a small demo to keep the test short. */
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'samsyn-first-start-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const env = () => ({ SAMSYN_DATA_DIR: dataDir, PORT: '0', SAMSYN_DEMO: '1', SAMSYN_DEMO_SCALE: '0.02' });

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, cookie = '') {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as { data: Record<string, any> }, cookie: response.headers.getSetCookie()[0]?.split(';')[0] ?? '' };
}

const adminPassword = (stdout: string) => /Administratör: demo-admin@samsyn\.invalid {2}lösenord: (\S+)/.exec(stdout)?.[1];

/** Starts Samsyn, logs in as the demo admin and looks at the imports, then stops it again. */
async function start(password?: string) {
  const server = spawnSamsyn(['start', '--api-only'], env());
  let stdout = '';
  server.stdout?.on('data', (chunk) => (stdout += chunk));
  const exit = finished(server);
  try {
    const url = await waitForUrl(server);
    const admin = password ?? adminPassword(stdout) ?? '';
    const login = await graphql(url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: 'demo-admin@samsyn.invalid',
      p: admin,
    });
    const { data } = (await graphql(url, '{ demoData importBatches(first: 100) { status startedBy } }', {}, login.cookie)).body;
    const batches = data.importBatches as { status: string; startedBy: string }[];
    return { stdout, password: admin, demoData: data.demoData as boolean, batches, exit };
  } finally {
    server.kill('SIGTERM');
  }
}

describe('the first start', () => {
  it('imports the demo and creates demo accounts on an empty database; the next start does neither', { timeout: 180_000 }, async () => {
    const first = await start();
    expect((await first.exit).code).toBe(0);
    expect(first.stdout).toMatch(/^Databasen är tom: skapar demodata/m);
    expect(first.stdout).toMatch(/^ {2}\[1\/\d+\] demodata-befolkning\.csv: publicerad, [\d\s]+ rader$/m);
    expect(first.stdout).toMatch(/^ {2}\[\d+\/\d+\] demodata-pv_kontakter-\d{4}\.csv: publicerad/m);
    expect(first.stdout).toMatch(/^Prova avvisningsvyn .* pnpm samsyn import pv_kontakter .*demodata-felaktig-pv_kontakter\.csv$/m);
    expect(first.password).toMatch(/^[\w-]{23}$/);
    expect(first.demoData).toBe(true);
    expect(first.batches.length).toBeGreaterThan(5);
    expect(first.batches.every((b) => b.status === 'PUBLISHED' && b.startedBy === 'Demodata (samsyn demo)')).toBe(true);

    const file = join(dataDir, 'demo-konton.txt');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const accounts = await readFile(file, 'utf8');
    for (const email of ['demo-arbetsgrupp', 'demo-politiker', 'demo-admin']) expect(accounts).toContain(`${email}@samsyn.invalid`);
    expect(accounts).toContain(first.password);

    const second = await start(first.password);
    expect((await second.exit).code).toBe(0);
    expect(second.stdout).not.toMatch(/demodata|lösenord/i);
    expect(second.batches).toEqual(first.batches);
    expect(await readFile(file, 'utf8')).toBe(accounts);
  });
});
