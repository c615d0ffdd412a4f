import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { Hono } from 'hono';
import { sessionTokenFrom } from '../auth/cookies.ts';
import { isAllowed } from '../auth/policy.ts';
import { viewerForSessionToken } from '../auth/sessions.ts';
import type { SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { findDataset } from '../imports/datasets/index.ts';
import { runImport } from '../imports/run-import.ts';
import { countyCode } from '../seed/org-units.ts';

export interface ImportRouteOptions {
  sql: SqlPool;
  embedded: boolean;
  /** Largest accepted upload; the body is streamed, so this bounds disk and time, not memory. */
  maxBytes: number;
}

/**
 * POST /api/import/<dataset>[?acceptValid=1] with the file as the request body. The body is
 * streamed straight into the import pipeline, never buffered whole. Same rules as GraphQL: a
 * session whose grants allow editing for the county (see auth/policy.ts).
 */
export function importRoutes(options: ImportRouteOptions): Hono {
  const routes = new Hono();
  routes.post('/:dataset', async (c) => {
    const viewer = await viewerForSessionToken(options.sql, sessionTokenFrom(c.req.header('cookie') ?? null));
    if (!viewer) return c.json({ error: 'Du behöver logga in / you need to log in', code: 'UNAUTHENTICATED' }, 401);
    if (!isAllowed(viewer, 'content.edit', [countyCode])) {
      return c.json({ error: 'Din roll ger inte behörighet till detta / your role does not allow this', code: 'FORBIDDEN' }, 403);
    }
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) return tooLarge(c, options.maxBytes);
    const body = c.req.raw.body;
    if (!body) return c.json({ error: 'Filen saknas i förfrågan / no file in the request', code: 'BAD_USER_INPUT' }, 400);

    let dataset;
    try {
      dataset = findDataset(c.req.param('dataset'));
    } catch (error) {
      if (error instanceof UserFacingError) return c.json({ error: error.message, code: error.code }, 404);
      throw error;
    }
    let received = 0;
    const limited = Readable.fromWeb(body as NodeReadableStream<Uint8Array>).map((chunk: Uint8Array) => {
      received += chunk.byteLength;
      if (received > options.maxBytes) throw new UploadTooLargeError();
      return chunk;
    });
    try {
      const result = await runImport({
        sql: options.sql,
        embedded: options.embedded,
        dataset,
        input: limited,
        fileName: (c.req.header('x-file-name') ?? `${dataset.name}.csv`).slice(0, 200),
        policy: c.req.query('acceptValid') === '1' ? 'accept_valid' : 'all_or_nothing',
        actor: { userId: viewer.user.id, label: viewer.user.email, requestId: c.get('requestId') },
      });
      return c.json(result, result.status === 'rejected' ? 422 : 200);
    } catch (error) {
      if (error instanceof UploadTooLargeError) return tooLarge(c, options.maxBytes);
      throw error;
    }
  });
  return routes;
}

class UploadTooLargeError extends Error {}

function tooLarge(c: { json: (body: unknown, status: 413) => Response }, maxBytes: number): Response {
  const size = maxBytes >= 1024 ** 2 ? `${Math.floor(maxBytes / 1024 ** 2)} MB` : `${Math.floor(maxBytes / 1024)} kB`;
  return c.json({ error: `Filen är större än ${size} / the file is too large`, code: 'PAYLOAD_TOO_LARGE' }, 413);
}
