import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitSurveyResultsFixture } from '../../api/src/testing/survey-results.ts';
import { createTestUser } from '../../api/src/testing/users.ts';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage, logIn, mainMenu, openPage } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * `/enkater/resultat`: a questionnaire's results for a unit and its parts, on the responses of
 * `submitSurveyResultsFixture` (first quarter of 2026: Göteborg 40 + a care unit 12, Mölndal 35, Kungälv 10).
 * Suppressed cells show `..` with the reason, and stay without numbers in both downloads; the free text is for the
 * unit's editors only.
 */

let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;
let questionnaireId: string;
const editor = 'resultat.redaktor@example.se';
const politician = 'resultat.politiker@example.se';

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn(), launchChromium()]);
  questionnaireId = await submitSurveyResultsFixture(samsyn.sql);
  await createTestUser(samsyn.sql, editor, { role: 'editor', orgUnitCode: '14' });
  await createTestUser(samsyn.sql, politician, { role: 'reviewer', orgUnitCode: '14' });
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

const resultsUrl = (unit: string) => `${samsyn.url}/enkater/resultat?enkat=${questionnaireId}&enhet=${unit}`;

/** The text of the cell of a row (by its heading) and a column (by its unit). */
async function cellText(page: import('playwright-core').Page, row: string, unit: string): Promise<string> {
  const table = page.getByRole('table', { name: /andel positiva svar/ });
  const headers = await table.locator('thead th').allInnerTexts();
  const column = headers.indexOf(unit);
  expect(column, unit).toBeGreaterThan(0);
  const tr = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: row, exact: true }) });
  return (await tr.locator('td').nth(column - 1).innerText()).replace(/\s+/g, ' ').trim();
}

describe('/enkater/resultat', () => {
  it('shows the shares with their intervals, the suppression mark with its reason, counts and free text, and axe finds nothing', async () => {
    const page = await openPage(browser);
    await logIn(page, samsyn.url, editor);
    await page.goto(resultsUrl('GR'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Enkätresultat');
    expect(await page.getByLabel('Kvartal').inputValue()).toBe('2026-Q1');
    expect(await page.getByRole('table', { name: /andel positiva svar/ }).locator('thead th').allInnerTexts()).toEqual([
      'Dimension och fråga',
      'Göteborgsregionen',
      'Göteborg',
      'Kungälv',
      'Mölndal',
    ]);
    // Göteborg: 42 positive of 48 valid; Göteborgsregionen 77 of 93; Kungälv (10) and Mölndal (which would give
    // Kungälv away) suppressed, with the reason for screen readers.
    const hiHelhet = 'Vad tycker du om vården och omsorgen som helhet?';
    expect(await cellText(page, hiHelhet, 'Göteborg')).toBe('87,5 % KI 75,3–94,1 % 42 av 48 svar');
    expect(await cellText(page, hiHelhet, 'Göteborgsregionen')).toMatch(/^82,8 % KI [\d,]+–[\d,]+ % 77 av 93 svar$/);
    expect(await cellText(page, hiHelhet, 'Kungälv')).toBe('.. För få – undertryckt');
    expect(await cellText(page, hiHelhet, 'Mölndal')).toBe('.. För få – undertryckt');
    expect(await cellText(page, 'Antal svarande', 'Göteborg')).toBe('52');
    expect(await page.getByText(/^\.\. betyder att värdet inte visas: färre än 30 personer/).count()).toBe(1);

    // The county editor follows the responses per month, and reads the free text of units with enough respondents.
    const counts = page.getByRole('table', { name: 'Antal svar per enhet och månad i Göteborgsregionen' });
    expect(await counts.getByRole('row', { name: /Kungälv januari 2026/ }).count()).toBe(1);
    const freeText = page.getByRole('region', { name: 'Fritextsvar 2026-Q1' });
    expect(await freeText.getByRole('listitem').allInnerTexts()).toEqual(['Bra bemötande.', 'Mölndals kommentar', 'Ring mig på [telefonnummer], tack.']);
    expect(await page.content()).not.toContain('Kungälvs kommentar');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('is used by keyboard alone: the unit chosen, the table scrolled, a download reached', async () => {
    const page = await openPage(browser);
    await logIn(page, samsyn.url, editor);
    await page.goto(`${samsyn.url}/enkater/resultat?enkat=${questionnaireId}`);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: (document.activeElement as HTMLElement | null)?.innerText ?? '' }));
    let tabs = 0;
    while ((await focused()).id !== 'results-unit' && tabs++ < 40) await page.keyboard.press('Tab');
    await page.keyboard.press('G'); // Göteborgsregionen, the first unit whose name starts with G
    expect(await page.locator('#results-unit').inputValue()).toBe('GR');
    while ((await focused()).text !== 'Visa' && tabs++ < 60) await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL((u) => u.searchParams.get('enhet') === 'GR'), page.keyboard.press('Enter')]);
    while ((await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'region' && tabs++ < 80) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('results-caption');
    while (!(await focused()).text.startsWith('Resultat som CSV') && tabs++ < 120) await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Resultat som CSV (alla kvartal)');
    await closePage(page);
  });

  it('downloads every quarter as CSV for Swedish Excel and as XLSX, suppressed cells without numbers', async () => {
    const page = await openPage(browser);
    await logIn(page, samsyn.url, editor);
    await page.goto(resultsUrl('GR'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Resultat som CSV (alla kvartal)' }).click()]);
    expect(download.suggestedFilename()).toBe('enkatresultat_Patientens-upplevelse_Goteborgsregionen.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('enkät;enhetskod;enhet;kvartal;dimension;fråga;svarande;positiva_svar;giltiga_svar;andel_positiva;ki95_nedre;ki95_övre;undertryckt;orsak');
    const rows = lines.slice(1, -1).map((line) => line.split(';'));
    const gothenburg = rows.find((row) => row[1] === '1480' && row[5] === 'Vad tycker du om vården och omsorgen som helhet?')!;
    expect(gothenburg.slice(3, 4)).toEqual(['2026-Q1']);
    expect(gothenburg.slice(6, 13)).toEqual(['48', '42', '48', '87,5', '75,3', '94,1', 'nej']);
    const kungalv = rows.filter((row) => row[1] === '1482');
    expect(kungalv.length).toBeGreaterThan(0);
    for (const row of [...kungalv, ...rows.filter((r) => r[1] === '1481')]) {
      expect(row.slice(6, 12)).toEqual(['', '', '', '', '', '']);
      expect(row.slice(12)).toEqual(['ja', 'Färre än 30 svarande, eller skulle röja ett sådant värde']);
    }

    const xlsx = await page.request.get(`${samsyn.url}/enkater/resultat/data.xlsx?enkat=${questionnaireId}&enhet=GR`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzipSync(new Uint8Array(await xlsx.body()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const sheetRows = [...sheet.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((match) => match[1]!);
    expect(sheetRows).toHaveLength(rows.length + 1);
    // Each suppressed row (Kungälv, Mölndal) has no number cell at all: columns G–L are left out.
    rows.forEach((row, index) => {
      if (row[12] !== 'ja') return;
      const columns = [...sheetRows[index + 1]!.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => m[1]);
      expect(columns).toEqual(['A', 'B', 'C', 'D', 'E', ...(row[5] ? ['F'] : []), 'M', 'N']);
    });
    await closePage(page);
  });

  it('shows a politician the aggregates only: no counts, no free text, and the results in the menu', async () => {
    const page = await openPage(browser);
    await logIn(page, samsyn.url, politician);
    expect(await mainMenu(page)).toContain('Enkätresultat');
    await page.goto(resultsUrl('1480'));
    expect(await page.getByRole('table', { name: /andel positiva svar/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /^Fritextsvar/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Svar per månad' }).count()).toBe(0);
    expect(await page.content()).not.toContain('Bra bemötande');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });
});
