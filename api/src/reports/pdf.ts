import { createHash } from 'node:crypto';
import { periodOfKey } from '@samsyn/reports';
import type { BrowserContext } from 'playwright-core';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { Sql, SqlPool } from '../db/client.ts';
import type { SharedChromium } from './chromium.ts';
import type { ReportRow } from './reports.ts';

/**
 * A report as PDF: the web app's print page (`/rapporter/<id>/utskrift`) drawn by the shared headless Chromium on A4
 * with a running header (title and period) and page numbers, tagged (a structure tree for screen readers, from the
 * page's HTML and its `lang`), with an outline from its headings. The print page sets `data-ready` on <html> once every
 * chart it promised is in the document, and only then is the page printed: never a half-drawn chart.
 *
 * A frozen report's PDF is drawn once, archived with the hash of its snapshot (report_pdf) and served from there ever
 * after, so that the file a committee approved and the file downloaded a year later are the same bytes. A draft's is
 * drawn afresh every time and says "Utkast" in its running header.
 */

export interface PdfRequest {
  report: ReportRow;
  /** Where the web app answers this server (loopback), e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  /** The visitor's session token, so that the print page shows exactly what the visitor may read. */
  sessionToken: string | undefined;
  actor: AuditActor;
}

export interface ReportPdf {
  bytes: Buffer;
  sha256: string;
  /** True when served from the archive or archived now; false for a draft. */
  archived: boolean;
  /** Milliseconds of each step of drawing it (for the log); absent when it came from the archive. */
  steps?: DrawSteps;
}

export interface DrawSteps {
  load: number;
  ready: number;
  print: number;
}

/** How long the print page may take to load and draw before the PDF is given up. */
const readyTimeoutMs = 60_000;

export const isFrozen = (report: Pick<ReportRow, 'state'>) => report.state === 'faststalld' || report.state === 'publicerad';

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function reportPdf(sql: SqlPool, chromium: SharedChromium, request: PdfRequest): Promise<ReportPdf> {
  const { report } = request;
  if (!isFrozen(report)) {
    const { bytes, steps } = await drawPdf(chromium, request);
    return { bytes, sha256: sha256OfBytes(bytes), archived: false, steps };
  }
  const archived = await findArchivedPdf(sql, report.id);
  if (archived) return archived;
  const { bytes, steps } = await drawPdf(chromium, request);
  return { ...(await archivePdf(sql, request, bytes)), steps };
}

export async function findArchivedPdf(sql: Sql, reportId: string): Promise<ReportPdf | undefined> {
  const [row] = await sql<{ content: Buffer; sha256: string }[]>`
    select content, content_sha256 as sha256 from report_pdf where report_id = ${reportId}`;
  return row && { bytes: Buffer.from(row.content), sha256: row.sha256, archived: true };
}

/**
 * Stores the first PDF of a frozen report. Two first downloads at once may both draw one; the first to commit is kept
 * and both get it, so no two people ever hold different archived files.
 */
async function archivePdf(pool: SqlPool, request: PdfRequest, bytes: Buffer): Promise<ReportPdf> {
  const sha256 = sha256OfBytes(bytes);
  await pool.begin(async (sql) => {
    const [stored] = await sql`
      insert into report_pdf (report_id, snapshot_sha256, content, content_sha256, created_by)
      select report_id, content_sha256, ${bytes}, ${sha256}, ${request.actor.userId}
      from report_snapshot where report_id = ${request.report.id}
      on conflict (report_id) do nothing
      returning report_id`;
    if (!stored) return;
    await recordAudit(sql, request.actor, {
      action: 'report.pdf.archive',
      entityType: 'report',
      entityId: request.report.id,
      orgUnitCode: request.report.orgUnit,
      after: { pdfSha256: sha256, bytes: bytes.length },
    });
  });
  const archived = await findArchivedPdf(pool, request.report.id);
  if (!archived) throw new Error(`Report ${request.report.id} is frozen but its PDF could not be archived (no snapshot?)`);
  return archived;
}

/** Text for Chromium's header and footer templates, which are HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The running header and footer. Chromium draws them outside the page's CSS, so they carry their own styles. */
export function pageTemplates(report: Pick<ReportRow, 'title' | 'state'>, periodLabel: string): { header: string; footer: string } {
  const style = 'font-family: sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 15mm; display: flex; gap: 4mm;';
  const draft = isFrozen(report) ? '' : '<span style="font-weight: bold; margin-left: auto;">UTKAST</span>';
  // A report's default title already ends with its period ("… – Göteborg – Kvartal 3 2026"): said once is enough.
  const period = report.title.includes(periodLabel) ? '' : `<span>${escapeHtml(periodLabel)}</span>`;
  return {
    header: `<div style="${style}"><span>${escapeHtml(report.title)}</span>${period}${draft}</div>`,
    footer: `<div style="${style} justify-content: flex-end;">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>`,
  };
}

async function drawPdf(chromium: SharedChromium, request: PdfRequest): Promise<{ bytes: Buffer; steps: DrawSteps }> {
  const browser = await chromium.browser();
  const origin = new URL(request.baseUrl).origin;
  const context: BrowserContext = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  try {
    if (request.sessionToken) {
      await context.addCookies([{ name: 'samsyn_session', value: request.sessionToken, url: origin, httpOnly: true, sameSite: 'Lax' }]);
    }
    // Only this server's own files: the print page links out (indicator pages, sources), and nothing it shows
    // should ever be fetched from elsewhere.
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
    const page = await context.newPage();
    let mark = performance.now();
    const lap = () => {
      const now = performance.now();
      const ms = Math.round(now - mark);
      mark = now;
      return ms;
    };
    // The PDF is the Swedish document whatever language the visitor reads the site in.
    const response = await page.goto(`${origin}/rapporter/${encodeURIComponent(request.report.id)}/utskrift?lang=sv`, {
      // The ready signal below is what counts; it comes after the stylesheet, the fonts and the charts.
      waitUntil: 'domcontentloaded',
      timeout: readyTimeoutMs,
    });
    if (!response || response.status() !== 200) throw new Error(`print page answered ${response?.status() ?? 'nothing'}`);
    const load = lap();
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: readyTimeoutMs });
    const ready = lap();
    // The PDF's title is the report's, not the preview tab's.
    await page.evaluate((title) => {
      document.title = title;
    }, request.report.title);
    const { header, footer } = pageTemplates(request.report, periodOfKey(request.report.periodType, request.report.period).label.sv);
    const bytes = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: header,
      footerTemplate: footer,
      margin: { top: '20mm', bottom: '18mm', left: '15mm', right: '15mm' },
      tagged: true,
      outline: true,
    });
    return { bytes, steps: { load, ready, print: lap() } };
  } finally {
    await context.close();
  }
}
