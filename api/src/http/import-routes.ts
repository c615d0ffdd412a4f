import { Hono } from 'hono';
import { sessionTokenFrom } from '../auth/cookies.ts';
import { isAllowed } from '../auth/policy.ts';
import { viewerForSessionToken } from '../auth/sessions.ts';
import type { SqlPool } from '../db/client.ts';
import { updatePendingValues } from '../engine/after-import.ts';
import { UserFacingError } from '../errors.ts';
import { findDataset } from '../imports/datasets/index.ts';
import { runImport, type ImportResult } from '../imports/run-import.ts';
import { UploadProgressBoard, uploadTokenPattern } from '../imports/upload-progress.ts';
import { inputAsCsv } from '../kolada/json-input.ts';
import type { Logger } from '../logger.ts';
import { countyCode } from '../seed/org-units.ts';
import { readUpload, UploadTooLargeError } from './upload.ts';

export interface ImportRouteOptions {
  sql: SqlPool;
  logger: Logger;
  embedded: boolean;
  /** Largest accepted upload; the body is streamed, so this bounds disk and time, not memory. */
  maxBytes: number;
}

/** What an HTML form post gets instead of JSON: the batch page, or the import page with an error code. */
const errorPageCodes = {
  UNAUTHENTICATED: 'inloggning',
  FORBIDDEN: 'behorighet',
  NOT_FOUND: 'datamangd',
  PAYLOAD_TOO_LARGE: 'for-stor',
  NO_FILE: 'saknar-fil',
} as const;

/**
 * POST /api/import/<dataset>[?acceptValid=1][&upload=<token>] with the file as the request body,
 * or as the `file` field of a form (multipart/form-data, with an optional `acceptValid=1` field).
 * The file is streamed straight into the import pipeline, never buffered whole (kolada also takes
 * Kolada's JSON). Same rules as GraphQL: a session whose grants allow editing for the county
 * (auth/policy.ts). A browser form post (Accept: text/html) is answered with a redirect to the
 * batch's page instead of JSON. With a token of its own making, the page that uploads can follow
 * the import at GET /api/import/progress/<token> while it runs (upload-progress.ts).
 */
export function importRoutes(options: ImportRouteOptions): Hono {
  const routes = new Hono();
  const uploads = new UploadProgressBoard();

  // No database here: the embedded database's one connection is the running import's.
  routes.get('/progress/:token', (c) => {
    const session = sessionTokenFrom(c.req.header('cookie') ?? null);
    if (!session) return c.json({ error: 'Du behöver logga in / you need to log in', code: 'UNAUTHENTICATED' }, 401);
    const progress = uploads.read(c.req.param('token'), session);
    if (!progress) return c.json({ error: 'Ingen sådan uppladdning / no such upload', code: 'NOT_FOUND' }, 404);
    c.header('cache-control', 'no-store');
    return c.json(progress);
  });

  routes.post('/:dataset', async (c) => {
    const html = (c.req.header('accept') ?? '').includes('text/html');
    const refuse = (status: 400 | 401 | 403 | 404 | 413, code: keyof typeof errorPageCodes, error: string) =>
      html ? c.redirect(`/importer?fel=${errorPageCodes[code]}`, 303) : c.json({ error, code }, status);

    const viewer = await viewerForSessionToken(options.sql, sessionTokenFrom(c.req.header('cookie') ?? null));
    if (!viewer) return refuse(401, 'UNAUTHENTICATED', 'Du behöver logga in / you need to log in');
    if (!isAllowed(viewer, 'content.edit', [countyCode])) {
      return refuse(403, 'FORBIDDEN', 'Din roll ger inte behörighet till detta / your role does not allow this');
    }
    let dataset;
    try {
      dataset = findDataset(c.req.param('dataset'));
    } catch (error) {
      if (error instanceof UserFacingError) return refuse(404, 'NOT_FOUND', error.message);
      throw error;
    }
    const tooLarge = () => refuse(413, 'PAYLOAD_TOO_LARGE', `Filen är större än ${formatSize(options.maxBytes)} / the file is too large`);
    if (Number(c.req.header('content-length') ?? Number.NaN) > options.maxBytes) return tooLarge();
    const body = c.req.raw.body;
    const upload = body ? await readUpload(body, c.req.header('content-type') ?? '', options.maxBytes) : undefined;
    if (!upload) return refuse(400, 'NO_FILE', 'Filen saknas i förfrågan / no file in the request');

    const token = c.req.query('upload');
    const session = sessionTokenFrom(c.req.header('cookie') ?? null)!;
    const onProgress = token && uploadTokenPattern.test(token) ? uploads.track(token, session, dataset.name) : undefined;
    let result: ImportResult | undefined;
    try {
      result = await runImport({
        sql: options.sql,
        embedded: options.embedded,
        dataset,
        input: await inputAsCsv(dataset, upload.file),
        fileName: (upload.fileName ?? c.req.header('x-file-name') ?? `${dataset.name}.csv`).slice(0, 200),
        // Asked only once the file has been read: a form may send the choice after the file.
        policy: () => (c.req.query('acceptValid') === '1' || upload.field('acceptValid') === '1' ? 'accept_valid' : 'all_or_nothing'),
        actor: { userId: viewer.user.id, label: viewer.user.email, requestId: c.get('requestId') },
        onProgress,
      });
      // The values the rows reach, before answering: the pages the user goes to next show them. A failure here
      // leaves the batch pending for the next start; the import itself is published.
      if (result.status === 'published') {
        await updatePendingValues(options.sql).catch((error: unknown) =>
          options.logger.error({ err: error, batchId: result?.batchId }, 'indicator values not updated after import'),
        );
      }
      if (html) return c.redirect(`/importer/${result.batchId}`, 303);
      return c.json(result, result.status === 'rejected' ? 422 : 200);
    } catch (error) {
      if (error instanceof UploadTooLargeError) return tooLarge();
      throw error;
    } finally {
      if (onProgress) uploads.finish(token!, result);
    }
  });
  return routes;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 ** 2 ? `${Math.floor(bytes / 1024 ** 2)} MB` : `${Math.floor(bytes / 1024)} kB`;
}
