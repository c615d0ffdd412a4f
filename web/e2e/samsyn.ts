import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../api/src/config.ts';
import { startSamsyn, type RunningSamsyn } from '../../api/src/server.ts';

/**
 * The production server (built web app + API on one port) on a free port with a fresh embedded
 * database, without the demo data a first start would import, unless `env` asks for it.
 */
export async function startTestSamsyn(env: Record<string, string> = {}): Promise<RunningSamsyn & { dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'samsyn-e2e-'));
  const config = loadConfig({ PORT: '0', SAMSYN_DATA_DIR: dataDir, LOG_LEVEL: 'warn', SAMSYN_DEMO: '0', ...env });
  const running = await startSamsyn(config);
  return {
    ...running,
    dataDir,
    async close() {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
