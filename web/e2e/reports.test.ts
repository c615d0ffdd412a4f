import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../api/src/testing/users.ts';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage, logIn, openPage } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * The whole life of a report on the demo data: the working group drafts the quarterly report for Fyrbodal, the
 * reviewer returns it with a reason, approves the fixed one, the editor publishes it, and a later change of the
 * live values leaves the frozen report as it was approved.
 */
let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;

const editor = 'redaktor-fyrbodal@example.se';
const reviewer = 'granskare-fyrbodal@example.se';

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn({ SAMSYN_DEMO: '1', SAMSYN_DEMO_SCALE: '0.05' }), launchChromium()]);
  await createTestUser(samsyn.sql, editor, { role: 'editor', orgUnitCode: 'FYRBODAL' });
  await createTestUser(samsyn.sql, reviewer, { role: 'reviewer', orgUnitCode: 'FYRBODAL' });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

const url = (path: string) => `${samsyn.url}${path}`;
const state = (page: Page) => page.locator('[data-report-state]').getAttribute('data-report-state');
const notice = (page: Page) => page.getByRole('status').first().innerText();

/** Presses a button and waits for the page the form action redirects to (or answers with). */
async function press(page: Page, name: string | RegExp): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: typeof name === 'string' }).first().click()]);
}

/** The first section's analysis, saved with its own button (each names its field and section). */
async function writeAnalysis(page: Page, markdown: string): Promise<void> {
  await page.locator('textarea[id$="-ANALYSIS"]').first().fill(markdown);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^Spara\W+Analys, / }).first().click()]);
}

describe('a report from draft to published', () => {
  it('is written, reviewed, returned, approved, published and stays frozen', async () => {
    // The editor creates the quarterly report for Fyrbodal (latest complete quarter: the period left empty).
    const editorPage = await openPage(browser);
    await logIn(editorPage, samsyn.url, editor);
    await editorPage.goto(url('/rapporter'));
    await Promise.all([editorPage.waitForNavigation(), editorPage.getByRole('link', { name: 'Ny rapport' }).click()]);
    expect(await axeViolations(editorPage)).toEqual([]);

    // Without a unit: a Swedish error in the summary, linked to the field.
    await press(editorPage, 'Skapa rapport');
    expect(await editorPage.getByRole('alert').innerText()).toContain('Välj vilken enhet rapporten gäller.');

    await editorPage.getByLabel(/Kvartalsrapport god och nära vård/).check();
    await editorPage.getByLabel('Enhet som rapporten gäller').selectOption({ label: 'Fyrbodal' });
    await press(editorPage, 'Skapa rapport');
    const path = new URL(editorPage.url()).pathname;
    expect(path).toMatch(/^\/rapporter\/\d+$/);
    const reportId = path.split('/')[2]!;
    const [report] = await samsyn.sql<{ period: string; title: string }[]>`select period, title from report where id = ${reportId}`;
    expect(report!.title).toMatch(/^Kvartalsrapport god och nära vård – Fyrbodal – /);
    expect(await editorPage.getByRole('heading', { level: 1 }).innerText()).toBe(report!.title);
    expect(await state(editorPage)).toBe('UTKAST');

    // The draft is listed in the editor's workspace, and its link leads back to it.
    await editorPage.goto(url('/arbetsyta'));
    const drafts = editorPage.getByRole('table', { name: 'Rapportutkast' });
    await Promise.all([editorPage.waitForNavigation(), drafts.getByRole('link', { name: report!.title }).click()]);
    expect(new URL(editorPage.url()).pathname).toBe(path);

    // A value the report shows, to change later in the live data.
    const [live] = await samsyn.sql<{ indicatorId: string; value: number }[]>`
      select indicator_id as "indicatorId", value from indicator_value
      where org_unit = 'FYRBODAL' and period_type = 'quarter' and period = ${report!.period} and sex = 'T' and value is not null
      order by indicator_id limit 1`;
    expect(live).toBeDefined();
    const reportCell = (page: Page) => page.locator(`td[data-indicator="${live!.indicatorId}"]`).first().innerText();
    const frozenText = await reportCell(editorPage);
    expect(frozenText).toMatch(/\d/);

    await writeAnalysis(editorPage, '**Väntetiderna** har minskat i hela Fyrbodal.');
    expect(await notice(editorPage)).toBe('Texten är sparad.');
    expect(await editorPage.locator('textarea[id$="-ANALYSIS"]').first().inputValue()).toBe('**Väntetiderna** har minskat i hela Fyrbodal.');

    // Autosave: the conclusions are typed and never sent with the button; the status line says when they were saved,
    // and they are there after a reload.
    const conclusions = editorPage.locator('textarea[id$="-CONCLUSIONS"]').first();
    await conclusions.fill('Fortsätt med mobila team.');
    const status = editorPage.locator('form:has(textarea[id$="-CONCLUSIONS"]) [data-autosave-status]').first();
    await status.filter({ hasText: /^Sparat automatiskt kl\. \d\d:\d\d\.$/ }).waitFor({ timeout: 15_000 });
    await editorPage.reload();
    expect(await editorPage.locator('textarea[id$="-CONCLUSIONS"]').first().inputValue()).toBe('Fortsätt med mobila team.');
    expect(await axeViolations(editorPage)).toEqual([]);
    await press(editorPage, 'Skicka till granskning');
    expect(await notice(editorPage)).toBe('Rapporten är skickad till granskning.');
    expect(await state(editorPage)).toBe('GRANSKNING');
    expect(await editorPage.locator('textarea[id$="-ANALYSIS"]').count()).toBe(0);

    // The reviewer reads the rendered Markdown, comments, and tries to return the report without a reason first.
    const reviewerPage = await openPage(browser);
    await logIn(reviewerPage, samsyn.url, reviewer);
    // The reviewer finds the report in the review queue.
    await reviewerPage.goto(url('/granskning'));
    const queue = reviewerPage.getByRole('table', { name: 'Rapporter att granska' });
    expect(await queue.getByRole('link', { name: report!.title }).count()).toBe(1);
    expect(await axeViolations(reviewerPage)).toEqual([]);
    await Promise.all([reviewerPage.waitForNavigation(), queue.getByRole('link', { name: report!.title }).click()]);
    expect(new URL(reviewerPage.url()).pathname).toBe(path);
    expect(await reviewerPage.locator('.report-markdown strong').first().innerText()).toBe('Väntetiderna');
    expect(await reviewerPage.getByRole('button', { name: 'Publicera' }).count()).toBe(0);
    // On the first section (the first form is for the whole report).
    await reviewerPage.getByLabel('Ny kommentar').nth(1).fill('Vilka kommuner står för minskningen?');
    await Promise.all([reviewerPage.waitForNavigation(), reviewerPage.getByRole('button', { name: 'Lägg till kommentar' }).nth(1).click()]);
    expect(await notice(reviewerPage)).toBe('Kommentaren är tillagd.');
    expect(await reviewerPage.locator('.report-comment__body').first().innerText()).toBe('Vilka kommuner står för minskningen?');

    await press(reviewerPage, 'Återsänd');
    expect(await reviewerPage.getByRole('alert').innerText()).toContain('Ange varför rapporten återsänds.');
    expect(await reviewerPage.getByLabel('Skäl').getAttribute('aria-invalid')).toBe('true');
    expect(await state(reviewerPage)).toBe('GRANSKNING');
    expect(await axeViolations(reviewerPage)).toEqual([]);
    await reviewerPage.getByLabel('Skäl').fill('Analysen behöver nämna kommunerna.');
    await press(reviewerPage, 'Återsänd');
    expect(await notice(reviewerPage)).toBe('Rapporten är återsänd till arbetsgruppen.');
    expect(await state(reviewerPage)).toBe('UTKAST');

    // The editor sees the reason and the comment, answers, fixes the text and sends it again.
    await editorPage.goto(url(path));
    expect(await editorPage.getByText('Skäl: Analysen behöver nämna kommunerna.').count()).toBe(1);
    await editorPage.getByLabel('Svara').first().fill('Trollhättan och Uddevalla, nu nämnda.');
    await press(editorPage, 'Skicka svar');
    await press(editorPage, 'Markera som löst');
    expect(await notice(editorPage)).toBe('Tråden är markerad som löst.');
    await writeAnalysis(editorPage, '**Väntetiderna** har minskat, mest i Trollhättan och Uddevalla.');
    await press(editorPage, 'Skicka till granskning');
    expect(await state(editorPage)).toBe('GRANSKNING');

    // The reviewer approves: the data are frozen.
    await reviewerPage.goto(url(path));
    await press(reviewerPage, 'Fastställ');
    expect(await notice(reviewerPage)).toBe('Rapporten är fastställd och dess data frysta.');
    expect(await state(reviewerPage)).toBe('FASTSTALLD');
    expect(await reviewerPage.getByText(/^Data per /).count()).toBe(1);

    // The editor publishes.
    await editorPage.goto(url(path));
    await press(editorPage, 'Publicera');
    expect(await state(editorPage)).toBe('PUBLICERAD');
    await closePage(editorPage);
    await closePage(reviewerPage);

    // Public at its address, logged out; listed among the reports.
    const publicPage = await openPage(browser);
    const response = await publicPage.goto(url(path));
    expect(response?.status()).toBe(200);
    expect(await state(publicPage)).toBe('PUBLICERAD');
    expect(await publicPage.locator('.report-markdown').first().innerText()).toBe('Väntetiderna har minskat, mest i Trollhättan och Uddevalla.');
    expect(await publicPage.locator('textarea').count()).toBe(0);
    expect(await reportCell(publicPage)).toBe(frozenText);
    expect(await axeViolations(publicPage)).toEqual([]);
    await publicPage.goto(url('/rapporter'));
    expect(await publicPage.getByRole('link', { name: report!.title }).count()).toBe(1);

    // A recomputed value: the live indicator page shows it, the frozen report does not.
    await samsyn.sql`
      update indicator_value set value = 12.345, ci_low = 11, ci_high = 13.6, missing_reason = null, suppressed = false,
        computed_at = now() + interval '1 second'
      where indicator_id = ${live!.indicatorId} and org_unit = 'FYRBODAL' and period_type = 'quarter'
        and period = ${report!.period} and sex = 'T'`;
    await publicPage.goto(url(`/indikatorer/${live!.indicatorId}?enhet=FYRBODAL&periodtyp=kvartal&period=${report!.period}`));
    expect(await publicPage.locator('main').innerText()).toContain('12,3');
    await publicPage.goto(url(path));
    expect(await reportCell(publicPage)).toBe(frozenText);
    expect(frozenText).not.toContain('12,3');
    expect(await publicPage.getByText('Det finns nyare data än i den här rapporten.').count()).toBe(1);
    expect(await axeViolations(publicPage)).toEqual([]);
    await closePage(publicPage);
  }, 300_000);
});
