import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestApp } from '../testing/app.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { createTestUser, sessionCookieFor } from '../testing/users.ts';

/** Uploads over a real socket, streamed as a browser or a script sends them. */
let db: TestDatabase;
let server: ServerType;
let base: string;
let countyEditor: string;
let regionalEditor: string;
const header = 'ar;kommun;kon;aldersgrupp;antal';

beforeAll(async () => {
  db = await createTestDatabase();
  await migrate(db.sql);
  await seedReferenceData(db.sql);
  const app = createTestApp(db.sql, { embedded: db.backend === 'pglite', importMaxBytes: 64 * 1024 });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  countyEditor = await sessionCookieFor(db.sql, (await createTestUser(db.sql, 'lan@example.se', { role: 'editor', orgUnitCode: '14' })).id);
  regionalEditor = await sessionCookieFor(db.sql, (await createTestUser(db.sql, 'gr@example.se', { role: 'editor', orgUnitCode: 'GR' })).id);
});
afterAll(async () => {
  server.close();
  await db.drop();
});

/** Sends the body as a stream of chunks, like a large browser upload. */
function upload(dataset: string, chunks: string[], cookie?: string, query = '') {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  return fetch(`${base}/api/import/${dataset}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'x-file-name': 'folkmangd.csv', ...(cookie ? { cookie } : {}) },
    body: stream,
    duplex: 'half',
  } as RequestInit);
}

describe('following an upload while it runs', () => {
  it('shows the uploader, and nobody else, the batch and its phase, then the outcome', async () => {
    const token = crypto.randomUUID();
    let finishUpload!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`${header}\n2024;1480;K;80+;21034\n`));
        finishUpload = () => controller.close();
      },
    });
    const response = fetch(`${base}/api/import/befolkning?upload=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: countyEditor },
      body,
      duplex: 'half',
    } as RequestInit);
    const progress = (cookie: string) => fetch(`${base}/api/import/progress/${token}`, { headers: { cookie } });

    let running: { phase: string; batchId: string | null } | undefined;
    for (let tries = 0; tries < 100 && !running?.batchId; tries++) {
      const answer = await progress(countyEditor);
      if (answer.status === 200) running = await answer.json();
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(running).toMatchObject({ dataset: 'befolkning', phase: 'reading', batchId: expect.stringMatching(/^\d+$/), status: null });
    expect((await progress(regionalEditor)).status).toBe(404);

    finishUpload();
    expect((await response).status).toBe(200);
    expect(await (await progress(countyEditor)).json()).toEqual({
      dataset: 'befolkning',
      phase: 'done',
      batchId: running!.batchId,
      bytesRead: expect.any(Number),
      rowsRead: 1,
      status: 'published',
    });
  });

  it('knows no upload it was not told about', async () => {
    const response = await fetch(`${base}/api/import/progress/${crypto.randomUUID()}`, { headers: { cookie: countyEditor } });
    expect(response.status).toBe(404);
    expect((await fetch(`${base}/api/import/progress/${crypto.randomUUID()}`)).status).toBe(401);
  });
});

describe('POST /api/import/<dataset>', () => {
  it('publishes a streamed upload for a county editor', async () => {
    const response = await upload('befolkning', [`${header}\n`, '2025;1480;K;80+;21034\n', '2025;1480;M;80+;15233\n'], countyEditor);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'published', rowsPublished: 2, periods: ['2025'], orgUnits: ['1480'] });
    const [batch] = await db.sql`select file_name, started_by from import_batch order by id desc limit 1`;
    expect(batch).toEqual({ file_name: 'folkmangd.csv', started_by: 'lan@example.se' });
  });

  it('answers 422 with the outcome when rows are rejected', async () => {
    const response = await upload('befolkning', [`${header}\n2025;9999;K;80+;1\n`], countyEditor);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ status: 'rejected', rowsRejected: 1 });
  });

  it('refuses anonymous and out-of-scope callers, unknown datasets and oversized files', async () => {
    expect((await upload('befolkning', [header], undefined)).status).toBe(401);
    expect((await upload('befolkning', [header], regionalEditor)).status).toBe(403);
    const unknown = await upload('befolk', [header], countyEditor);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/^Okänd datamängd "befolk"/);
    const big = await upload('befolkning', [`${header}\n`, ...Array.from({ length: 5000 }, () => '2025;1480;K;80+;1\n')], countyEditor);
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: 'Filen är större än 64 kB / the file is too large', code: 'PAYLOAD_TOO_LARGE' });
    const [last] = await db.sql`select status from import_batch order by id desc limit 1`;
    expect(last?.status).toBe('failed');
  });

  it('refuses a cross-site form post', async () => {
    const response = await fetch(`${base}/api/import/befolkning`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example', cookie: countyEditor },
      body: 'a=b',
    });
    expect(response.status).toBe(403);
  });

  it('takes an HTML form post: the file as a part, the choice after it, and a redirect to the batch page', async () => {
    const form = new FormData();
    form.append('file', new Blob([`${header}\n2024;1490;K;0-17;9000\n2024;0000;M;0-17;1\n`], { type: 'text/csv' }), 'borås.csv');
    form.append('acceptValid', '1');
    const response = await fetch(`${base}/api/import/befolkning`, {
      method: 'POST',
      headers: { accept: 'text/html', cookie: countyEditor, origin: base },
      body: form,
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/importer\/\d+$/);
    const [batch] = await db.sql`select status, policy, file_name, rows_published, rows_rejected from import_batch where id = ${location.split('/').pop()!}`;
    expect(batch).toEqual({ status: 'published', policy: 'accept_valid', file_name: 'borås.csv', rows_published: 1, rows_rejected: 1 });
  });

  it('sends a browser back to the import page with a reason when something is wrong', async () => {
    const post = (body: FormData, cookie?: string) =>
      fetch(`${base}/api/import/befolkning`, {
        method: 'POST',
        headers: { accept: 'text/html', origin: base, ...(cookie ? { cookie } : {}) },
        body,
        redirect: 'manual',
      });
    const noFile = new FormData();
    noFile.append('acceptValid', '1');
    expect((await post(noFile, countyEditor)).headers.get('location')).toBe('/importer?fel=saknar-fil');
    // What a browser sends when no file was chosen: an empty part without a file name.
    const boundary = 'samsyn-test-boundary';
    const emptyPart = await fetch(`${base}/api/import/befolkning`, {
      method: 'POST',
      headers: { accept: 'text/html', origin: base, cookie: countyEditor, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--${boundary}--\r\n`,
      redirect: 'manual',
    });
    expect(emptyPart.headers.get('location')).toBe('/importer?fel=saknar-fil');
    expect((await post(new FormData())).headers.get('location')).toBe('/importer?fel=inloggning');
    expect((await post(new FormData(), regionalEditor)).headers.get('location')).toBe('/importer?fel=behorighet');
    const big = new FormData();
    big.append('file', new Blob([`${header}\n`, '2025;1480;K;80+;1\n'.repeat(5000)]), 'stor.csv');
    const response = await post(big, countyEditor);
    expect([response.status, response.headers.get('location')]).toEqual([303, '/importer?fel=for-stor']);
  });
});
