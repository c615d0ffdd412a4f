import { createServer } from 'node:http';
import { createSql } from '../db/client.ts';

/**
 * The submission benchmark's baseline (survey-submit.bench.ts): an HTTP endpoint that reads the request body and
 * does one bare single-row INSERT, nothing else, on the same PostgreSQL with a pool as large as Samsyn's. It runs as
 * a process of its own, like Samsyn in the bench, and lives here rather than in the app so that no production
 * server can answer it. Usage: DATABASE_URL=… node --import tsx api/src/bench/insert-baseline-server.ts
 */

const sql = createSql(process.env.DATABASE_URL!, { max: 10 });
await sql`create table if not exists bench_insert_baseline (
  id bigint generated always as identity primary key,
  kommun text not null,
  week date not null
)`;
const answer = JSON.stringify({ data: { stored: true } });

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    sql`insert into bench_insert_baseline (kommun, week) values ('1480', date_trunc('week', now())::date)`.then(
      () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(answer);
      },
      (error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      },
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`Baseline på http://127.0.0.1:${address.port}`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void sql.end({ timeout: 5 }).then(() => process.exit(0));
});
