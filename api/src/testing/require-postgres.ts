import postgres from 'postgres';

/** Fails the run at once, with the fix, when the PostgreSQL server the database tests need is not there. */
export default async function requirePostgres(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (error) {
    throw new Error(
      `PostgreSQL svarar inte på ${url} (${(error as Error).message}). Starta servern ` +
        '(pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) eller sätt TEST_DATABASE_URL.',
    );
  } finally {
    await sql.end();
  }
}
