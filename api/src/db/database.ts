import type { Config } from '../config.ts';
import { UserFacingError } from '../errors.ts';
import { createSql, type SqlPool } from './client.ts';

export interface Database {
  sql: SqlPool;
  /** 'embedded' = PGlite in the data folder; 'postgres' = the server in DATABASE_URL. */
  kind: 'embedded' | 'postgres';
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * A CLI command may share the embedded database with a running server through its socket;
   * the server itself must own the data folder alone.
   */
  attachToRunningServer?: boolean;
  onLockCompromised?: (error: Error) => void;
}

/** Opens the configured database and proves it answers, so a bad setting fails at start, not at the first request. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<Database> {
  if (config.databaseUrl) {
    const sql = createSql(config.databaseUrl, { max: 10 });
    await verifyConnection(sql, config.databaseUrl);
    return { sql, kind: 'postgres', close: () => sql.end({ timeout: 5 }) };
  }
  // Loaded only here: PGlite is large, and a PostgreSQL deployment never needs it.
  const { attachToRunningServer, openEmbeddedDatabase } = await import('./embedded.ts');
  const attached = options.attachToRunningServer ? await attachToRunningServer(config.dataDir) : undefined;
  const embedded =
    attached ??
    (await openEmbeddedDatabase(config.dataDir, options.onLockCompromised ?? ((error) => {
      throw error;
    })));
  await verifyConnection(embedded.sql, config.dataDir);
  return { ...embedded, kind: 'embedded' };
}

async function verifyConnection(sql: SqlPool, where: string): Promise<void> {
  try {
    await sql`select 1`;
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw describeConnectionError(error, where);
  }
}

/** Turns the driver's connection errors into one line that says what to do. Branches on codes, never on text. */
export function describeConnectionError(error: unknown, where: string): Error {
  const code = (error as { code?: string }).code;
  const target = redactPassword(where);
  const messages: Record<string, string> = {
    ECONNREFUSED: `Ingen databasserver svarar på ${target}: starta PostgreSQL eller rätta DATABASE_URL / no database server answers there: start PostgreSQL or fix DATABASE_URL`,
    ENOTFOUND: `Databasvärden i ${target} finns inte: rätta DATABASE_URL / the database host does not exist: fix DATABASE_URL`,
    CONNECT_TIMEOUT: `Databasservern på ${target} svarade inte inom 10 s: kontrollera adress och brandvägg / the database server did not answer in time`,
    '28P01': `Fel lösenord för databasanvändaren i ${target}: rätta DATABASE_URL / wrong database password: fix DATABASE_URL`,
    '28000': `Databasservern ${target} nekar inloggning för användaren: kontrollera pg_hba.conf och DATABASE_URL / the server refuses this user`,
    '3D000': `Databasen i ${target} finns inte: skapa den (createdb) eller rätta DATABASE_URL / the database does not exist: create it or fix DATABASE_URL`,
    ENOENT: `Den inbäddade databasens socket saknas i ${target}: starta om Samsyn / the embedded database socket is missing: restart Samsyn`,
  };
  const message = code ? messages[code] : undefined;
  return message ? new UserFacingError(message, { cause: error }) : (error as Error);
}

function redactPassword(target: string): string {
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return target; // a data folder path, not a URL
  }
}
