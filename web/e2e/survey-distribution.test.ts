import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../api/src/audit/record.ts';
import { codeHash } from '../../api/src/surveys/codes.ts';
import { createLink } from '../../api/src/surveys/links.ts';
import { createTestUser } from '../../api/src/testing/users.ts';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage, logIn, openPage } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * `/enkater`, where an editor distributes the patient surveys: the open links with their QR codes, and single-use
 * codes downloaded as CSV from a plain form (no JavaScript needed).
 */

let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;
let linkUrl: string;
const editor = 'molndal.redaktor@example.se';

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn(), launchChromium()]);
  await createTestUser(samsyn.sql, editor, { role: 'editor', orgUnitCode: '1481' });
  const [patientSurvey] = await samsyn.sql<{ id: string }[]>`select id::text as id from questionnaire where key = 'patientupplevelse'`;
  const link = await createLink(samsyn.sql, cliActor, { questionnaireId: patientSurvey!.id, orgUnitCode: '1481', slug: 'molndal-vantrum' });
  linkUrl = `${samsyn.url}/enkat/${link.slug}`;
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

/** The form is a plain POST and the download an attachment: both work with JavaScript off. */
async function openWithoutJavaScript(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

describe('/enkater', () => {
  it('lists the questionnaires and their open links, each with a QR code of the link, and axe finds nothing', async () => {
    const page = await openPage(browser);
    await logIn(page, samsyn.url, editor);
    await page.goto(`${samsyn.url}/enkater`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Enkäter');
    const survey = page.getByRole('region', { name: 'Patientens upplevelse' });
    expect(await survey.getByRole('link', { name: linkUrl }).getAttribute('href')).toBe(linkUrl);
    const qr = survey.getByRole('img', { name: 'QR-kod till enkäten för Mölndal' });
    expect(await qr.locator('svg path').count()).toBeGreaterThan(0);
    expect(await qr.locator('svg').getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('downloads N single-use codes as CSV (semicolons, UTF-8 with BOM), stores only their hashes, without JavaScript', async () => {
    const page = await openWithoutJavaScript();
    await logIn(page, samsyn.url, editor);
    await page.goto(`${samsyn.url}/enkater`);
    const codeForm = page.getByRole('region', { name: 'Engångskoder' });
    await codeForm.getByLabel('Enkät', { exact: true }).selectOption({ label: 'Patientens upplevelse' });
    await codeForm.getByLabel('Kommun').selectOption({ label: 'Mölndal' });
    await page.getByLabel('Periodens första dag').fill('2026-10-01');
    await page.getByLabel('Periodens sista dag').fill('2026-10-31');
    await page.getByLabel('Antal koder').fill('25');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Skapa och ladda ner koder' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('enkatkoder-1481-2026-10-01.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe('kod;enkät;enhet;period från;period till');
    const rows = lines.slice(1).map((line) => line.split(';'));
    expect(rows).toHaveLength(25);
    const codes = rows.map((row) => row[0]!);
    expect(new Set(codes).size).toBe(25);
    for (const row of rows) expect(row).toEqual([expect.stringMatching(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/), 'Patientens upplevelse', 'Mölndal', '2026-10-01', '2026-10-31']);
    // Every code of the file is stored as its hash, unused, for Mölndal and the period; nothing stores the plain code.
    const stored = await samsyn.sql<{ n: number }[]>`
      select count(*)::int as n from survey_code
      where encode(code_hash, 'hex') = any(${codes.map((code) => codeHash(code).toString('hex'))}::text[]) and org_unit_code = '1481'
        and period_start = '2026-10-01' and period_end = '2026-10-31' and not consumed`;
    expect(stored[0]!.n).toBe(25);
    await page.context().close();
  });

  it('sends a form with problems back with an error summary linking to the fields, and keeps what was typed', async () => {
    // With JavaScript on, for axe; the form is a plain POST either way.
    const page = await openPage(browser);
    await logIn(page, samsyn.url, editor);
    await page.goto(`${samsyn.url}/enkater`);
    const codes = page.getByRole('region', { name: 'Engångskoder' });
    await codes.getByLabel('Kommun').selectOption({ label: 'Mölndal' });
    await page.getByLabel('Periodens första dag').fill('2026-10-31');
    await page.getByLabel('Periodens sista dag').fill('2026-10-01');
    await page.getByLabel('Antal koder').fill('20000');
    await Promise.all([page.waitForURL(/\/enkater\?fel=/), page.getByRole('button', { name: 'Skapa och ladda ner koder' }).click()]);
    const summary = page.getByRole('alert');
    const texts = await summary.getByRole('link').allInnerTexts();
    // The number is formatted the Swedish way, with a (no-break) space between thousands.
    expect(texts.map((text) => text.replace(/\s/g, ' '))).toEqual([
      'Välj en enkät.',
      'Perioden kan inte sluta före den börjar.',
      'Ange ett heltal från 1 till 10 000.',
    ]);
    expect(await summary.getByRole('link').nth(2).getAttribute('href')).toBe('#codes-count');
    expect(await codes.getByLabel('Kommun').inputValue()).toBe('1481');
    expect(await page.getByLabel('Antal koder').inputValue()).toBe('20000');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('offers only the municipalities the editor distributes surveys for', async () => {
    const page = await openPage(browser);
    await logIn(page, samsyn.url, editor);
    await page.goto(`${samsyn.url}/enkater`);
    for (const form of ['Ny öppen länk', 'Engångskoder']) {
      const choices = await page.getByRole('region', { name: form }).getByLabel('Kommun').locator('option').allInnerTexts();
      expect(choices).toEqual(['Välj …', 'Mölndal']);
    }
    await closePage(page);
  });

  it('creates an open link protected against automated answers from a plain form, and lists it with its QR code', async () => {
    const page = await openWithoutJavaScript();
    await logIn(page, samsyn.url, editor);
    await page.goto(`${samsyn.url}/enkater`);
    const form = page.getByRole('region', { name: 'Ny öppen länk' });
    // Nothing chosen: an error summary that links to both fields, and nothing created.
    await form.getByRole('button', { name: 'Skapa länken' }).click();
    const summary = form.getByRole('alert');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Välj en publicerad enkät.', 'Välj en kommun.']);
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#link-questionnaire');

    await form.getByLabel('Enkät', { exact: true }).selectOption({ label: 'Patientens upplevelse' });
    await form.getByLabel('Kommun').selectOption({ label: 'Mölndal' });
    await form.getByLabel('Skydda länken mot automatiska svar').check();
    await Promise.all([page.waitForURL(/\/enkater\?ny=molndal-[a-z0-9]+#lank-/), form.getByRole('button', { name: 'Skapa länken' }).click()]);
    const slug = new URL(page.url()).searchParams.get('ny')!;
    expect(await page.getByRole('status').innerText()).toBe('Länken för Mölndal är skapad. Den finns i listan nedan med sin QR-kod och affisch.');
    const created = page.locator(`#lank-${slug}`);
    expect(await created.getByRole('link', { name: `${samsyn.url}/enkat/${slug}` }).count()).toBe(1);
    expect(await created.getByRole('img', { name: 'QR-kod till enkäten för Mölndal' }).locator('svg path').count()).toBeGreaterThan(0);
    expect(await created.getByText('Skyddad mot automatiska svar', { exact: false }).count()).toBe(1);
    // The first link, made without the protection, says nothing of it.
    expect(await page.locator('#lank-molndal-vantrum').getByText('Skyddad mot automatiska svar', { exact: false }).count()).toBe(0);
    const [stored] = await samsyn.sql<{ orgUnitCode: string; proofOfWork: boolean; active: boolean }[]>`
      select org_unit_code as "orgUnitCode", proof_of_work as "proofOfWork", active from survey_link where slug = ${slug}`;
    expect(stored).toEqual({ orgUnitCode: '1481', proofOfWork: true, active: true });
    await page.context().close();
  });

  it('prints an A4 poster of a link: the QR code and the address, on one page without the application around it', async () => {
    const page = await openPage(browser);
    await logIn(page, samsyn.url, editor);
    await page.goto(`${samsyn.url}/enkater`);
    await Promise.all([page.waitForURL(/\/enkater\/affisch\/molndal-vantrum$/), page.locator('#lank-molndal-vantrum').getByRole('link', { name: 'Affisch att skriva ut för Mölndal' }).click()]);
    const poster = page.getByRole('article', { name: 'Vad tycker du om vården?' });
    expect(await poster.getByText('Mölndal', { exact: true }).count()).toBe(1);
    expect(await poster.getByText(linkUrl, { exact: true }).count()).toBe(1);
    expect(await poster.getByRole('img', { name: 'QR-kod till enkäten' }).locator('svg path').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await poster.isVisible()).toBe(true);
    // What the print dialogue saves: A4 (595 × 842 points) and a single page.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
    expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842]);
    await closePage(page);
  });
});
