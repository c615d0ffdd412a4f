import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, runSamsyn, spawnSamsyn, waitForUrl } from '../testing/process.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'samsyn-cli-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('samsyn start with the embedded database', () => {
  it('serves, lets CLI commands in through its socket, refuses a second server, and shuts down cleanly', async () => {
    const env = { SAMSYN_DATA_DIR: dataDir, PORT: '0' };
    const server = spawnSamsyn(['start', '--api-only'], env);
    const exit = finished(server);
    const url = await waitForUrl(server);

    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });

    const migrate = await runSamsyn(['migrate'], env);
    expect(migrate).toMatchObject({ code: 0, stdout: 'Databasen är redan aktuell.\n' });

    const second = await runSamsyn(['start', '--api-only'], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^Fel: Datamappen .* används redan av en annan Samsyn-process/);
    expect(second.stderr).not.toMatch(/\n\s+at /);

    server.kill('SIGTERM');
    expect((await exit).code).toBe(0);
    expect(await readdir(dataDir)).toEqual(['pgdata']); // lock and socket removed

    const seed = await runSamsyn(['seed'], env);
    expect(seed).toMatchObject({ code: 0, stdout: 'Organisationsenheter ändrade: 0; nya indikatorversioner: 0; nya enkäter: 0\n' });
  });

  it('explains a port that is already in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runSamsyn(['start', '--api-only'], { SAMSYN_DATA_DIR: dataDir, PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `Fel: Port ${port} på 127.0.0.1 används redan: stoppa det andra programmet eller välj en annan port med PORT=… / port already in use: set PORT\n`,
      );
    } finally {
      blocker.close();
    }
  });
});
