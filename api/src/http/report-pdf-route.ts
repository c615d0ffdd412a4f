import type { Context } from 'hono';
import { sessionTokenFrom } from '../auth/cookies.ts';
import { isAllowed } from '../auth/policy.ts';
import { viewerForSessionToken } from '../auth/sessions.ts';
import type { Viewer } from '../auth/roles.ts';
import type { SqlPool } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { SharedChromium } from '../reports/chromium.ts';
import { isFrozen, reportPdf } from '../reports/pdf.ts';
import { findReport, type ReportRow } from '../reports/reports.ts';
import { createOrgUnitLoaders } from '../schema/org/loaders.ts';

export interface ReportPdfRouteOptions {
  sql: SqlPool;
  logger: Logger;
  chromium: SharedChromium;
  /** Where this server's web app answers on loopback; undefined while the server is not yet listening. */
  webBaseUrl: () => string | undefined;
}

/** The report's PDF lives at the report's own address (served by the API, routed here by server.ts). */
export const reportPdfPath = /^\/rapporter\/[^/]+\/rapport\.pdf$/;

/** The same rule as reading the report through GraphQL: published for everyone, the rest for readers in scope. */
async function mayRead(sql: SqlPool, viewer: Viewer | null, report: ReportRow): Promise<boolean> {
  return report.state === 'publicerad' || isAllowed(viewer, 'unpublished.read', await createOrgUnitLoaders(sql).ancestry(report.orgUnit));
}

/**
 * A Content-Disposition with the report's Swedish title as the file name (RFC 6266: `filename*` in UTF-8 for the
 * browsers, an ASCII `filename` for everything else).
 */
export function pdfDisposition(report: Pick<ReportRow, 'title' | 'state'>): string {
  // Characters no file system takes become spaces.
  const name = `${isFrozen(report) ? '' : 'Utkast – '}${report.title}`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `attachment; filename="${ascii || 'rapport'}.pdf"; filename*=UTF-8''${encodeURIComponent(`${name}.pdf`)}`;
}

/**
 * GET /rapporter/<id>/rapport.pdf. Unknown reports and reports the visitor may not read are both 404 (the
 * public must not learn which drafts exist). The response says how it was made: X-Samsyn-Pdf-Sha256 and whether it
 * came from the archive.
 */
export function reportPdfHandler(options: ReportPdfRouteOptions) {
  return async function reportPdfRoute(c: Context): Promise<Response> {
    const id = c.req.path.split('/')[2] ?? '';
    const sessionToken = sessionTokenFrom(c.req.header('cookie') ?? null);
    const viewer = await viewerForSessionToken(options.sql, sessionToken);
    const report = await findReport(options.sql, decodeURIComponent(id));
    if (!report || !(await mayRead(options.sql, viewer, report))) {
      return c.json({ error: 'Rapporten finns inte / report not found', code: 'NOT_FOUND' }, 404);
    }
    const baseUrl = options.webBaseUrl();
    if (!baseUrl) return c.json({ error: 'Utskrift är inte tillgänglig / printing is not available', code: 'PDF_UNAVAILABLE' }, 503);
    const started = performance.now();
    const pdf = await reportPdf(options.sql, options.chromium, {
      report,
      baseUrl,
      sessionToken: viewer ? sessionToken : undefined,
      actor: { userId: viewer?.user.id ?? null, label: viewer?.user.email ?? 'anonymous', requestId: c.get('requestId') },
    });
    options.logger.info(
      { reportId: report.id, bytes: pdf.bytes.length, archived: pdf.archived, ms: Math.round(performance.now() - started), steps: pdf.steps },
      'report pdf',
    );
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': pdfDisposition(report),
        'content-length': String(pdf.bytes.length),
        'x-samsyn-pdf-sha256': pdf.sha256,
        'x-samsyn-pdf-archived': pdf.archived ? '1' : '0',
        // A published report's PDF never changes; anything else must not linger in shared caches.
        'cache-control': report.state === 'publicerad' ? 'public, max-age=3600' : 'private, no-store',
      },
    });
  };
}
