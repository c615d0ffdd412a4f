import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';

/**
 * CLI commands that work on the database attach to a running server's embedded database through its
 * socket, or open the data folder themselves when no server runs.
 */
export async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(config, { attachToRunningServer: true });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Like withDatabase, on a database brought up to date first (a fresh install may not have started yet). */
export function withReadyDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  return withDatabase(config, async (db) => {
    await migrate(db.sql);
    await seedReferenceData(db.sql);
    return work(db);
  });
}
