import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { AuditActor } from '../audit/record.ts';
import { createApp } from '../http/app.ts';
import { pdfDisposition } from '../http/report-pdf-route.ts';
import { createLogger } from '../logger.ts';
import { createMigratedTestDatabase } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { seedScorecardData } from '../testing/scorecard-data.ts';
import { createTestUser, sessionCookieFor } from '../testing/users.ts';
import { SharedChromium } from './chromium.ts';
import { findArchivedPdf, pageTemplates, sha256OfBytes } from './pdf.ts';
import { createReport } from './reports.ts';
import { transitionReport } from './states.ts';

/**
 * The PDF archive and the PDF route's access rule (PostgreSQL and PGlite). Drawing a PDF needs the built web app
 * and Chromium, which the browser test (web/e2e/report-exports.test.ts) has; here the server's Chromium points at
 * nothing, which proves that an archived PDF is served without drawing and that refused requests never reach it.
 */
let db: TestDatabase;
let app: Hono;
let editor: AuditActor;
let reviewer: AuditActor;
let editorCookie: string;
let outsiderCookie: string;
const chromium = new SharedChromium('/nonexistent/chromium');
const fakePdf = Buffer.from('%PDF-1.4\n% ett arkiverat dokument\n%%EOF\n', 'latin1');

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  await seedScorecardData(db);
  const e = await createTestUser(db.sql, 'arbetsgrupp-pdf@example.se', { role: 'editor', orgUnitCode: 'GR' });
  const r = await createTestUser(db.sql, 'politiker-pdf@example.se', { role: 'reviewer', orgUnitCode: 'GR' });
  const o = await createTestUser(db.sql, 'annan-pdf@example.se', { role: 'viewer', orgUnitCode: 'FYRBODAL' });
  editor = { userId: e.id, label: e.email };
  reviewer = { userId: r.id, label: r.email };
  editorCookie = await sessionCookieFor(db.sql, e.id);
  outsiderCookie = await sessionCookieFor(db.sql, o.id);
  app = createApp({ sql: db.sql, logger: createLogger('silent'), reportPdf: { chromium, webBaseUrl: () => 'http://127.0.0.1:9' } });
});
afterAll(async () => {
  await chromium.close();
  await db.drop();
});

const newDraft = () => createReport(db.sql, editor, { templateId: 'kvartalsrapport-god-och-nara-vard', orgUnit: 'GR', period: '2025-Q4' });

async function approved(): Promise<string> {
  const { id } = await newDraft();
  await transitionReport(db.sql, editor, id, 'submit');
  await transitionReport(db.sql, reviewer, id, 'approve');
  return id;
}

const archive = (reportId: string, bytes: Buffer, sha = sha256OfBytes(bytes)) => db.sql`
  insert into report_pdf (report_id, snapshot_sha256, content, content_sha256)
  select report_id, content_sha256, ${bytes}, ${sha} from report_snapshot where report_id = ${reportId}`;

describe('report_pdf', () => {
  it('keeps a frozen report’s PDF with its snapshot’s hash, and never changes it', async () => {
    const id = await approved();
    await archive(id, fakePdf);
    const stored = await findArchivedPdf(db.sql, id);
    expect(stored).toEqual({ bytes: fakePdf, sha256: sha256OfBytes(fakePdf), archived: true });
    const [row] = await db.sql<{ same: boolean }[]>`
      select p.snapshot_sha256 = s.content_sha256 as same from report_pdf p join report_snapshot s using (report_id) where report_id = ${id}`;
    expect(row!.same).toBe(true);
    await expect(db.sql`update report_pdf set created_by = null where report_id = ${id}`).rejects.toThrow(/archived/);
    await expect(db.sql`delete from report_pdf where report_id = ${id}`).rejects.toThrow(/archived/);
  });

  it('refuses what is not a PDF, a wrong hash, and a report without a snapshot', async () => {
    const id = await approved();
    await expect(archive(id, Buffer.from('<html>inte en pdf</html>'))).rejects.toThrow(/check/);
    await expect(archive(id, fakePdf, '0'.repeat(64))).rejects.toThrow(/check/);
    const draft = await newDraft();
    await expect(
      db.sql`insert into report_pdf (report_id, snapshot_sha256, content, content_sha256) values (${draft.id}, 'x', ${fakePdf}, ${sha256OfBytes(fakePdf)})`,
    ).rejects.toThrow(/foreign key/);
  });
});

describe('GET /rapporter/<id>/rapport.pdf', () => {
  const get = (id: string, cookie?: string) => app.request(`/rapporter/${id}/rapport.pdf`, { headers: cookie ? { cookie } : {} });

  it('serves an archived PDF as it was stored, to readers in scope, without drawing it again', async () => {
    const id = await approved();
    await archive(id, fakePdf);
    const response = await get(id, editorCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-samsyn-pdf-sha256')).toBe(sha256OfBytes(fakePdf));
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Kvartalsrapport-god-och-nara-vard-Goteborgsregionen-Kvartal-4-2025.pdf"; ` +
        `filename*=UTF-8''${encodeURIComponent('Kvartalsrapport god och nära vård – Göteborgsregionen – Kvartal 4 2025.pdf')}`,
    );
    expect(Buffer.from(await response.arrayBuffer())).toEqual(fakePdf);
    expect(chromium.started).toBe(false);

    // Approved but unpublished: not for the public, nor for a reader of another sub-region. Published: for everyone.
    expect((await get(id)).status).toBe(404);
    expect((await get(id, outsiderCookie)).status).toBe(404);
    await transitionReport(db.sql, editor, id, 'publish');
    const published = await get(id);
    expect(published.status).toBe(200);
    expect(published.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(Buffer.from(await published.arrayBuffer())).toEqual(fakePdf);
  });

  it('answers 404 for drafts outside the scope and for unknown reports, before any drawing', async () => {
    const draft = await newDraft();
    for (const [id, cookie] of [[draft.id, undefined], [draft.id, outsiderCookie], ['999999', editorCookie], ['abc', editorCookie]] as const) {
      expect((await get(id, cookie)).status).toBe(404);
    }
    expect(chromium.started).toBe(false);
  });
});

describe('what the PDF is named and headed with', () => {
  it('marks a draft, and escapes the title in the running header', () => {
    expect(pdfDisposition({ title: 'Rapport: "a/b"', state: 'utkast' })).toBe(
      `attachment; filename="Utkast-Rapport-a-b.pdf"; filename*=UTF-8''${encodeURIComponent('Utkast – Rapport a b.pdf')}`,
    );
    const { header, footer } = pageTemplates({ title: '<script>x</script> & co', state: 'utkast' }, 'Kvartal 3 2026');
    expect(header).toContain('&#60;script&#62;x&#60;/script&#62; &#38; co');
    expect(header).toContain('Kvartal 3 2026');
    expect(header).toContain('UTKAST');
    expect(pageTemplates({ title: 'T', state: 'publicerad' }, 'P').header).not.toContain('UTKAST');
    // A title that already names the period (the default one) gets no second mention of it.
    const named = pageTemplates({ title: 'Kvartalsrapport – Göteborg – Kvartal 3 2026', state: 'publicerad' }, 'Kvartal 3 2026').header;
    expect(named.split('Kvartal 3 2026')).toHaveLength(2);
    expect(footer).toContain('<span class="pageNumber"></span> av <span class="totalPages"></span>');
  });
});
