import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { UserFacingError } from '../errors.ts';
import type { SqlPool } from './client.ts';

/** The SQL files in the repository's top-level migrations/ folder are the schema's single source of truth. */
export const migrationsDir = fileURLToPath(new URL('../../../migrations/', import.meta.url));

export interface Migration {
  name: string;
  checksum: string;
  sql: string;
}

const fileNamePattern = /^\d{4}_[a-z0-9_]+\.sql$/;

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const bad = names.find((name) => !fileNamePattern.test(name));
  if (bad) {
    throw new UserFacingError(
      `Migreringsfilen ${bad} ska heta NNNN_namn.sql (gemener, siffror, understreck) / migration files are named NNNN_name.sql`,
    );
  }
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(`${dir}/${name}`, 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies every pending migration, forward-only, all in ONE transaction: either the schema reaches
 * the newest version or nothing changes. An advisory lock keeps two starting processes from racing,
 * and a checksum refuses to run when an already applied file has been edited (write a new migration).
 * Returns the names applied now.
 */
export async function migrate(sql: SqlPool, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('samsyn.migrate'))`;
    await tx`
      create table if not exists schema_migration (
        name text primary key,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`;
    const applied = new Map(
      (await tx<{ name: string; checksum: string }[]>`select name, checksum from schema_migration`).map((r) => [
        r.name,
        r.checksum,
      ]),
    );
    const known = new Set(all.map((m) => m.name));
    const unknown = [...applied.keys()].find((name) => !known.has(name));
    if (unknown) {
      throw new UserFacingError(
        `Databasen har migreringen ${unknown} som saknas i den här versionen av Samsyn: uppdatera koden / ` +
          'the database is newer than this code: update Samsyn',
      );
    }
    const done: string[] = [];
    for (const migration of all) {
      const checksum = applied.get(migration.name);
      if (checksum === migration.checksum) continue;
      if (checksum !== undefined) {
        throw new UserFacingError(
          `Migreringen ${migration.name} har ändrats efter att den körts; ändra aldrig en körd migrering, skriv en ny / ` +
            'an applied migration was edited: never edit one, add a new migration',
        );
      }
      // The only place where SQL text runs unparameterised: reviewed files from the repository.
      await tx.unsafe(migration.sql);
      await tx`insert into schema_migration (name, checksum) values (${migration.name}, ${migration.checksum})`;
      done.push(migration.name);
    }
    return done;
  });
}
