import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplates, latestCompletePeriod } from '../../reports/src/index.ts';
import type { AuditActor } from '../../api/src/audit/record.ts';
import { createReport } from '../../api/src/reports/reports.ts';
import { transitionReport } from '../../api/src/reports/states.ts';
import { createTestUser } from '../../api/src/testing/users.ts';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage, logIn, openPage } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * A report's exports on the demo data: the print page (the live preview the PDF is drawn from) signals ready only
 * once its charts are there; a draft's PDF is drawn afresh and is no one's outside the report's scope; an approved
 * report's PDF is archived with its snapshot and downloads as the same bytes every time, tagged, with its language
 * and more than one page; XLSX has a sheet per section and CSV keeps suppressed values suppressed.
 */
let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;
let editor: AuditActor;
let reviewer: AuditActor;
let reportId: string;

const editorEmail = 'redaktor-export@example.se';
const reviewerEmail = 'granskare-export@example.se';
const quarterly = builtInTemplates.find((t) => t.periodType === 'quarter')!;

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn({ SAMSYN_DEMO: '1', SAMSYN_DEMO_SCALE: '0.05' }), launchChromium()]);
  const editorUser = await createTestUser(samsyn.sql, editorEmail, { role: 'editor', orgUnitCode: 'FYRBODAL' });
  const reviewerUser = await createTestUser(samsyn.sql, reviewerEmail, { role: 'reviewer', orgUnitCode: 'FYRBODAL' });
  editor = { userId: editorUser.id, label: editorEmail };
  reviewer = { userId: reviewerUser.id, label: reviewerEmail };
  const period = latestCompletePeriod('quarter', new Date().toISOString().slice(0, 10)).key;
  ({ id: reportId } = await createReport(samsyn.sql, editor, { templateId: quarterly.id, orgUnit: 'FYRBODAL', period }));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

const url = (path: string) => `${samsyn.url}${path}`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const latin1 = (bytes: Buffer) => bytes.toString('latin1');

/** Pages in a PDF: its page objects (not the page tree's `/Pages`). */
const pageCount = (pdf: Buffer) => latin1(pdf).match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

async function editorPage(): Promise<Page> {
  const page = await openPage(browser);
  await logIn(page, samsyn.url, editorEmail);
  return page;
}

/** A download without any session: what the public gets. */
const publicGet = (path: string) => fetch(url(path));

describe('the print page', () => {
  it('is linked from the report, passes axe, and is ready only once every chart is drawn', async () => {
    const page = await editorPage();
    await page.goto(url(`/rapporter/${reportId}`));
    const exports = page.getByRole('region', { name: 'Utskrift och nedladdning' });
    expect(await exports.getByRole('link').allInnerTexts()).toEqual([
      'Förhandsgranska utskrift',
      'Ladda ned som PDF',
      'Ladda ned data som Excel (XLSX)',
      'Ladda ned data som CSV',
    ]);
    expect(await exports.getByRole('link', { name: 'Ladda ned som PDF' }).getAttribute('href')).toBe(`/rapporter/${reportId}/rapport.pdf`);
    expect(await axeViolations(page)).toEqual([]);

    // As the server sends it, nothing is ready yet: the signal is the browser's, after the charts are laid out.
    const html = await (await page.request.get(url(`/rapporter/${reportId}/utskrift`))).text();
    expect(html).not.toMatch(/data-ready/);
    const expected = Number(/data-charts-expected="(\d+)"/.exec(html)?.[1]);
    expect(expected).toBeGreaterThan(10);
    expect(html.match(/data-chart="(trend|comparison)"/g)).toHaveLength(expected);

    await Promise.all([page.waitForURL(/\/utskrift$/), page.getByRole('link', { name: 'Förhandsgranska utskrift' }).click()]);
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    const drawn = await page.locator('svg[data-chart]').evaluateAll((charts) =>
      charts.filter((chart) => chart.getBoundingClientRect().width > 0 && chart.getBoundingClientRect().height > 0).length,
    );
    expect(drawn).toBe(expected);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Kvartalsrapport god och nära vård – Fyrbodal – /);
    const contents = page.getByRole('navigation', { name: 'Innehåll' });
    expect(await contents.getByRole('link').first().innerText()).toBe('Nyckelbudskap');
    expect(await contents.getByRole('link').count()).toBeGreaterThan(5);
    // A draft says so on its cover (and in the PDF's running header).
    expect(await page.locator('.report-print__draft').textContent()).toBe('Utkast');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  }, 120_000);
});

describe('PDF, XLSX and CSV', () => {
  it('draws a draft afresh for readers in scope and for no one else', async () => {
    const page = await editorPage();
    const response = await page.request.get(url(`/rapporter/${reportId}/rapport.pdf`), { timeout: 60_000 });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Utkast – Kvartalsrapport god och nära vård')}`);
    expect(response.headers()['x-samsyn-pdf-archived']).toBe('0');
    const pdf = await response.body();
    expect(latin1(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThan(1);
    expect(await samsyn.sql`select 1 from report_pdf where report_id = ${reportId}`).toHaveLength(0);

    // For the public the files are simply not there, and the print page asks to log in.
    for (const file of ['rapport.pdf', 'rapport.xlsx', 'rapport.csv']) {
      expect((await publicGet(`/rapporter/${reportId}/${file}`)).status).toBe(404);
    }
    const printPage = await fetch(url(`/rapporter/${reportId}/utskrift`), { redirect: 'manual' });
    expect(printPage.status).toBe(303);
    expect(printPage.headers.get('location')).toMatch(/^\/logga-in/);
    await closePage(page);
  }, 120_000);

  it('archives an approved report’s PDF: the same bytes on every download, tagged, in Swedish, many pages', async () => {
    await transitionReport(samsyn.sql, editor, reportId, 'submit');
    await transitionReport(samsyn.sql, reviewer, reportId, 'approve');
    // Approved is not yet public.
    expect((await publicGet(`/rapporter/${reportId}/rapport.pdf`)).status).toBe(404);

    const page = await editorPage();
    const first = await page.request.get(url(`/rapporter/${reportId}/rapport.pdf`), { timeout: 60_000 });
    expect(first.status()).toBe(200);
    const bytes = await first.body();
    const second = await page.request.get(url(`/rapporter/${reportId}/rapport.pdf`));
    const again = await second.body();
    expect(sha256(again)).toBe(sha256(bytes));
    expect(second.headers()['x-samsyn-pdf-archived']).toBe('1');
    expect(second.headers()['x-samsyn-pdf-sha256']).toBe(sha256(bytes));
    expect(first.headers()['content-disposition']).not.toContain('Utkast');

    const [archived] = await samsyn.sql<{ sha: string; snapshot: string; matches: boolean }[]>`
      select p.content_sha256 as sha, p.snapshot_sha256 as snapshot, p.snapshot_sha256 = s.content_sha256 as matches
      from report_pdf p join report_snapshot s using (report_id) where p.report_id = ${reportId}`;
    expect(archived).toEqual({ sha: sha256(bytes), snapshot: expect.stringMatching(/^[0-9a-f]{64}$/), matches: true });
    await expect(samsyn.sql`update report_pdf set content_sha256 = 'x' where report_id = ${reportId}`).rejects.toThrow(/archived/);

    // Checked as booleans: a failing match would print the whole PDF.
    const text = latin1(bytes);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(/\/Lang\s*\(sv\)/.test(text), '/Lang (sv) in the catalogue').toBe(true);
    expect(text.includes('/StructTreeRoot'), 'a structure tree').toBe(true);
    expect(/\/MarkInfo\s*<<[^>]*\/Marked\s+true/.test(text), 'marked as tagged').toBe(true);
    expect(pageCount(bytes)).toBeGreaterThan(5);

    // Published: the public gets the very same file.
    await transitionReport(samsyn.sql, editor, reportId, 'publish');
    const published = await publicGet(`/rapporter/${reportId}/rapport.pdf`);
    expect(published.status).toBe(200);
    expect(sha256(new Uint8Array(await published.arrayBuffer()))).toBe(sha256(bytes));
    await closePage(page);
  }, 180_000);

  it('writes a sheet per section and keeps suppressed values suppressed in XLSX and CSV', async () => {
    const sections = await samsyn.sql<{ title: string }[]>`
      select title from report_section where report_id = ${reportId} and not hidden order by position`;
    const xlsx = await publicGet(`/rapporter/${reportId}/rapport.xlsx`);
    expect(xlsx.status).toBe(200);
    const files = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    const sheetNames = [...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    // Excel's rules: at most 31 characters, none of []:*?/\ (written as spaces).
    const excelName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();
    expect(sheetNames).toEqual([...sections.map((s) => excelName(s.title)), 'Datakällor']);

    // A value the snapshot holds as suppressed: in the CSV its value is the mark, with no number anywhere in its row.
    const [snapshot] = await samsyn.sql<{ content: string }[]>`select content from report_snapshot where report_id = ${reportId}`;
    const values = (JSON.parse(snapshot!.content) as { values: { indicatorId: string; orgUnit: string; suppressed: boolean }[] }).values;
    const hidden = values.filter((v) => v.suppressed);
    expect(hidden.length).toBeGreaterThan(0);

    const csvResponse = await publicGet(`/rapporter/${reportId}/rapport.csv`);
    expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await csvResponse.text();
    const raw = new Uint8Array(await (await publicGet(`/rapporter/${reportId}/rapport.csv`)).arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(';'));
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(['avsnitt', 'indikator', 'indikatornamn', 'enhetskod']);
    const col = (name: string) => header.indexOf(name);
    for (const name of ['värde', 'ki95_nedre', 'undertryckt', 'metod']) expect(col(name)).toBeGreaterThan(0);
    const suppressedRows = rows.slice(1).filter((row) => row[col('undertryckt')] === 'ja');
    expect(suppressedRows.length).toBeGreaterThan(0);
    for (const row of suppressedRows) {
      expect(row[col('värde')]).toBe('..');
      for (const name of ['täljare', 'nämnare', 'ki95_nedre', 'ki95_övre', 'ki998_nedre', 'ki998_övre']) expect(row[col(name)]).toBe('');
    }
    for (const { indicatorId, orgUnit } of hidden) {
      const row = rows.find((r) => r[col('indikator')] === indicatorId && r[col('enhetskod')] === orgUnit);
      if (row) expect(row[col('värde')]).toBe('..');
    }
    // A shown value has its decimal comma.
    expect(rows.slice(1).some((row) => /^\d+,\d+$/.test(row[col('värde')] ?? ''))).toBe(true);
  }, 120_000);
});
