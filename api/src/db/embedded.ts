import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { UserFacingError } from '../errors.ts';
import { createSql, type SqlPool } from './client.ts';
import { isDataDirLocked, lockDataDir } from './lock.ts';

/** The socket lives in the data folder, so CLI commands find a running server without configuration. */
export const socketPathOf = (dataDir: string) => join(dataDir, '.s.PGSQL.5432');

/**
 * Extra socket connections the server accepts beyond its own pool of one: CLI commands attach
 * through them while the server runs. pglite-socket queues their queries on the single PGlite
 * instance and keeps a transaction's queries together.
 */
const cliConnections = 3;

export interface EmbeddedDatabase {
  sql: SqlPool;
  close(): Promise<void>;
}

/**
 * Opens PGlite persisted in `dataDir`, locks the folder and serves it on a unix socket inside it.
 * postgres.js connects through that socket with a pool of exactly one connection: PGlite is a
 * single-connection database, and one connection keeps every transaction serialised.
 */
export async function openEmbeddedDatabase(
  dataDir: string,
  onLockCompromised: (error: Error) => void,
): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const socketPath = socketPathOf(dataDir);
  if (Buffer.byteLength(socketPath) > 100) {
    throw new UserFacingError(
      `Sökvägen till datamappen är för lång för en unix-socket (${socketPath}); välj en kortare SAMSYN_DATA_DIR / ` +
        'the data folder path is too long for a unix socket: choose a shorter SAMSYN_DATA_DIR',
    );
  }
  const releaseLock = await lockDataDir(dataDir, onLockCompromised);
  let pglite: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    pglite = await PGlite.create(join(dataDir, 'pgdata'));
    // We hold the lock, so a socket file left here belongs to a process that died.
    await rm(socketPath, { force: true });
    server = new PGLiteSocketServer({ db: pglite, path: socketPath, maxConnections: 1 + cliConnections });
    await server.start();
  } catch (error) {
    await server?.stop().catch(() => {});
    await pglite?.close().catch(() => {});
    await releaseLock();
    throw error;
  }
  const sql = createSql({ socketPath }, { max: 1 });
  const openServer = server;
  const openPglite = pglite;
  return {
    sql,
    async close() {
      await sql.end({ timeout: 5 });
      await openServer.stop();
      // Closing PGlite checkpoints and flushes the data folder; skipping it risks losing recent writes.
      await openPglite.close();
      await rm(socketPath, { force: true });
      await releaseLock();
    },
  };
}

/** Connects to the embedded database of a running Samsyn server through its socket, or returns undefined. */
export async function attachToRunningServer(dataDir: string): Promise<EmbeddedDatabase | undefined> {
  if (!(await isDataDirLocked(dataDir))) return undefined;
  const sql = createSql({ socketPath: socketPathOf(dataDir) }, { max: 1 });
  return { sql, close: () => sql.end({ timeout: 5 }) };
}
