import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePvKontakterFile } from '../../api/src/bench/import-files.ts';
import { createTestUser } from '../../api/src/testing/users.ts';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage as close, logIn as logInAt, mainMenu, openPage as openPageIn, pathOf } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;

const countyEditor = 'lanets.redaktor@example.se';
const subregionEditor = 'gr.redaktor@example.se';

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn(), launchChromium()]);
  await createTestUser(samsyn.sql, countyEditor, { role: 'editor', orgUnitCode: '14' });
  await createTestUser(samsyn.sql, subregionEditor, { role: 'editor', orgUnitCode: 'GR' });
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

/* ---------- Files ---------- */

const befolkning = Buffer.from(['ar;kommun;kon;aldersgrupp;antal', '2025;1480;K;80+;21034', '2025;1480;M;80+;15012', ''].join('\r\n'));

const pvHeader =
  'kontakt_id;vardenhet_id;kommun;kon;aldersgrupp;kontaktdatum;forsta_kontakt_datum;yrkeskategori;kontaktform;vardgaranti;medicinsk_bedomning';
/** Two valid rows and three with one broken value each (lines 3, 4 and 5; the header is line 1). */
const pvKontakter = Buffer.from(
  [
    pvHeader,
    'a1;VC Centrum;1480;K;65-79;2026-03-02;2026-03-02;lakare;fysiskt;J;J',
    'a2;VC Centrum;9999;K;65-79;2026-03-02;2026-03-02;lakare;fysiskt;J;J',
    'a3;VC Centrum;1480;X;65-79;2026-03-03;2026-03-01;lakare;fysiskt;J;N',
    'a4;VC Centrum;1480;M;18-64;2026-03-04;2026-03-04;lakare;=1+1;N;J',
    'a5;VC Norr;1490;M;0-17;2026-03-05;2026-03-05;sjukskoterska;telefon;N;J',
    '',
  ].join('\n'),
);

const reasons = {
  kommun: 'Okänd kommunkod 9999 – förväntade en av Västra Götalands 49 kommuner',
  kon: "Okänt kön 'X' – använd K eller M",
  kontaktform: "Okänt värde '=1+1' – använd en av: fysiskt, hembesok, video, telefon, chatt",
};

const url = (path: string) => `${samsyn.url}${path}`;
const openPage = () => openPageIn(browser);
const logIn = (page: Page, email: string, password?: string) => logInAt(page, samsyn.url, email, password);

/** The upload card of a dataset on /importer. */
const card = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });

/**
 * Chooses the file in the dataset's form and submits it: a real multipart form post to the API,
 * which redirects to the import's page. Returns the import's id.
 */
async function upload(page: Page, title: string, name: string, buffer: Buffer, options: { acceptValid?: boolean } = {}): Promise<string> {
  if (!pathOf(page).startsWith('/importer?') && pathOf(page) !== '/importer') await page.goto(url('/importer'));
  const form = card(page, title);
  await form.getByLabel('Välj fil').setInputFiles({ name, mimeType: 'text/csv', buffer });
  if (options.acceptValid) {
    // By keyboard: Space ticks the box, Tab moves to the button, Enter sends the form.
    await form.getByLabel('Publicera de giltiga raderna även om några avvisas').focus();
    await page.keyboard.press('Space');
    expect(await form.getByLabel('Publicera de giltiga raderna även om några avvisas').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Importera/);
    await Promise.all([page.waitForURL(/\/importer\/\d+$/), page.keyboard.press('Enter')]);
  } else {
    await Promise.all([page.waitForURL(/\/importer\/\d+$/), form.getByRole('button', { name: /^Importera/ }).click()]);
  }
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

/** The result in words at the top of an import's page. */
const result = (page: Page) => page.locator('.import-result').innerText();

const rejectRows = (page: Page) => page.getByRole('table', { name: /^Fel \d/ }).locator('tbody tr');

/* ---------- Tests ---------- */

describe('who may import', () => {
  it('sends anonymous visitors to the login page', async () => {
    const page = await openPage();
    await page.goto(url('/importer'));
    expect(pathOf(page)).toBe('/logga-in?redirectTo=%2Fimporter');
    await close(page);
  });

  it('an editor for a sub-region sees no "Importer" and gets 403', async () => {
    const page = await openPage();
    await logIn(page, subregionEditor);
    expect(await mainMenu(page)).toEqual(['Start', 'Översikt', 'Rapporter', 'Mitt konto', 'Arbetsyta', 'Enkäter']);
    for (const path of ['/importer', '/importer/1']) {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(403);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Du har inte behörighet till sidan');
    }
    const csv = await page.request.get(url('/importer/1/avvisade.csv'), { maxRedirects: 0 });
    expect(csv.status()).toBe(303);
    expect(csv.headers()['location']).toBe('/importer/1');

    // The API refuses the upload itself too, and the HTML form post comes back with a reason.
    const refused = await page.request.post(url('/api/import/befolkning'), {
      headers: { accept: 'text/html', origin: samsyn.url },
      multipart: { file: { name: 'befolkning.csv', mimeType: 'text/csv', buffer: befolkning } },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(303);
    expect(refused.headers()['location']).toBe('/importer?fel=behorighet');
    await close(page);
  });
});

/** These tests build on each other, in order. */
describe('importing files through the upload forms', () => {
  let published = '';
  let duplicate = '';
  let rejected = '';

  it('a county editor sees "Importer", an empty list, and the file format of each dataset', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    expect(await mainMenu(page)).toEqual(['Start', 'Översikt', 'Rapporter', 'Mitt konto', 'Arbetsyta', 'Enkäter', 'Importer']);
    await page.getByRole('link', { name: 'Importer' }).click();
    expect(pathOf(page)).toBe('/importer');
    expect(await page.title()).toBe('Importer – Samsyn');
    expect(await page.getByRole('link', { name: 'Importer' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByText('Inga filer har importerats ännu.').count()).toBe(1);
    expect(await card(page, 'Primärvårdens kontakter').count()).toBe(1);
    expect(await card(page, 'Befolkning').locator('form').getAttribute('action')).toBe('/api/import/befolkning');
    expect(await axeViolations(page)).toEqual([]);

    // The file format, behind a disclosure that opens by keyboard.
    const format = card(page, 'Befolkning').getByText('Filformat', { exact: true });
    await format.focus();
    await page.keyboard.press('Enter');
    const columns = page.getByRole('table', { name: 'Kolumner i Befolkning' });
    expect(await columns.locator('tbody th').allInnerTexts()).toEqual(['ar', 'kommun', 'kon', 'aldersgrupp', 'antal']);
    expect(await card(page, 'Befolkning').getByText('ar;kommun;kon;aldersgrupp;antal').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it('publishes a valid population file and shows the result', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    published = await upload(page, 'Befolkning', 'befolkning-2025.csv', befolkning);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Import ${published}`);
    expect(await page.title()).toBe(`Import ${published} – Samsyn`);
    expect(await result(page)).toContain('Publicerad – 2 rader ersatte 2025.');
    expect(await page.getByText('Befolkning, filen befolkning-2025.csv').count()).toBe(1);
    expect(await page.getByText('Inga rader avvisades.').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Ladda ner avvisade rader som CSV' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The same file again changes nothing, and says where it was published.
    duplicate = await upload(page, 'Befolkning', 'befolkning-2025.csv', befolkning);
    expect(duplicate).not.toBe(published);
    expect(await result(page)).toContain(`Redan importerad – samma fil publicerades i import ${published}; inget ändrades.`);
    expect(await page.locator('.import-result').getByRole('link', { name: `import ${published}` }).getAttribute('href')).toBe(
      `/importer/${published}`,
    );
    await close(page);
  });

  it('rejects a contacts file with three bad rows and lists them with Swedish reasons', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    rejected = await upload(page, 'Primärvårdens kontakter', 'kontakter-2026-03.csv', pvKontakter);
    expect(await result(page)).toContain(
      'Avvisad – inget publicerades. Rätta raderna nedan och importera filen igen, eller välj att publicera de giltiga raderna.',
    );
    expect(await page.getByText('Kontrollen hittade 3 fel.').count()).toBe(1);
    const table = page.getByRole('table', { name: 'Fel 1–3 av 3' });
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Rad', 'Kolumn', 'Värde', 'Orsak']);
    const rows = await rejectRows(page).allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(new RegExp(`^3\\s+kommun \\(kolumn 3\\)\\s+9999\\s+${reasons.kommun}$`));
    expect(rows[1]).toMatch(/^4\s+kon \(kolumn 4\)\s+X\s+/);
    expect(rows[1]).toContain(reasons.kon);
    expect(rows[2]).toMatch(/^5\s+kontaktform \(kolumn 9\)\s+=1\+1\s+/);
    expect(rows[2]).toContain(reasons.kontaktform);
    expect(await page.getByRole('navigation', { name: 'Bläddra bland felen' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it('pages through the rejects with "Visa fler"', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    await page.goto(url(`/importer/${rejected}?antal=2`));
    expect(await page.getByRole('table', { name: 'Fel 1–2 av 3' }).count()).toBe(1);
    expect(await rejectRows(page).locator('th').allInnerTexts()).toEqual(['3', '4']);

    const pager = page.getByRole('navigation', { name: 'Bläddra bland felen' });
    expect(await pager.getByRole('link', { name: 'Till de första felen' }).count()).toBe(0);
    await Promise.all([page.waitForURL(/efter=/), pager.getByRole('link', { name: 'Visa fler' }).click()]);
    expect(pathOf(page)).toMatch(new RegExp(`^/importer/${rejected}\\?antal=2&efter=4%3A4&fran=3$`));
    expect(await page.getByRole('table', { name: 'Fel 3–3 av 3' }).count()).toBe(1);
    expect(await rejectRows(page).locator('th').allInnerTexts()).toEqual(['5']);
    expect(await pager.getByRole('link', { name: 'Visa fler' }).count()).toBe(0);
    expect(await pager.getByRole('link', { name: 'Till de första felen' }).getAttribute('href')).toBe(
      `/importer/${rejected}?antal=2#fel`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it('downloads the rejects as CSV', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    await page.goto(url(`/importer/${rejected}`));
    const link = page.getByRole('link', { name: 'Ladda ner avvisade rader som CSV' });
    expect(await link.getAttribute('href')).toBe(`/importer/${rejected}/avvisade.csv`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`avvisade-import-${rejected}.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines).toEqual([
      'rad;kolumn;kolumnnummer;värde;orsak',
      `3;kommun;3;9999;${reasons.kommun}`,
      `4;kon;4;X;${reasons.kon}`,
      // The formula guard of the audit export: a spreadsheet must not run a value from the file.
      `5;kontaktform;9;'=1+1;${reasons.kontaktform}`,
      '',
    ]);

    const unknown = await page.request.get(url('/importer/999999/avvisade.csv'), { maxRedirects: 0 });
    expect(unknown.status()).toBe(303);
    expect(unknown.headers()['location']).toBe('/importer/999999');
    await close(page);
  });

  it('publishes the valid rows when asked to, and lists every import', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    const partly = await upload(page, 'Primärvårdens kontakter', 'kontakter-2026-03.csv', pvKontakter, { acceptValid: true });
    expect(await result(page)).toContain('Publicerad – 2 rader ersatte 2026-03.');
    expect(await result(page)).toContain('3 rader avvisades och publicerades inte; felen visas nedan.');
    expect(await rejectRows(page).count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Till alla importer' }).click();
    await page.waitForURL(url('/importer'));
    const table = page.getByRole('table', { name: 'De 4 senaste importerna, den senaste först' });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.locator('th').allInnerTexts()).toEqual([partly, rejected, duplicate, published]);
    const cells = async (row: Locator) => (await row.locator('td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    const newest = await cells(rows.first());
    expect(newest.slice(0, 7)).toEqual(['Primärvårdens kontakter', 'kontakter-2026-03.csv', '✓ Publicerad', '5', '3', '2', '2026-03']);
    expect(newest[7]).toBe(countyEditor);
    // Swedish time, as the API's UTC instant.
    const [started] = await samsyn.sql<{ at: Date }[]>`select started_at as at from import_batch where id = ${partly}`;
    const swedishTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });
    expect(newest[8]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(newest[8]).toBe(swedishTime.format(started!.at));
    expect((await cells(rows.nth(1)))[2]).toBe('✕ Avvisad');
    expect((await cells(rows.nth(2)))[2]).toBe('= Redan importerad');
    expect(await axeViolations(page)).toEqual([]);

    await rows.nth(1).getByRole('link', { name: rejected }).click();
    expect(pathOf(page)).toBe(`/importer/${rejected}`);
    await close(page);
  });

  it('explains an upload the API refused, and knows no unknown import', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    await page.goto(url('/importer?fel=for-stor'));
    expect(await page.title()).toBe('Fel: Importer – Samsyn');
    expect(await page.getByRole('alert').innerText()).toContain('Filen är för stor för att importeras här.');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const missing = await page.goto(url('/importer/999999'));
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sidan hittades inte');
    expect((await page.goto(url('/importer/abc')))?.status()).toBe(404);
    await close(page);
  });

  it('pages through the API while it sends a CSV of more than a thousand rejects', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    const rows = Array.from({ length: 1500 }, (_, n) => `b${n};VC Centrum;9999;K;65-79;2026-04-01;2026-04-01;lakare;fysiskt;J;J`);
    // Straight to the API, as a program would (JSON instead of a redirect).
    const response = await page.request.post(url('/api/import/pv_kontakter'), {
      headers: { accept: 'application/json', origin: samsyn.url },
      multipart: { file: { name: 'manga-fel.csv', mimeType: 'text/csv', buffer: Buffer.from([pvHeader, ...rows, ''].join('\n')) } },
    });
    expect(response.status()).toBe(422);
    const { batchId } = (await response.json()) as { batchId: string };

    const csv = await page.request.get(url(`/importer/${batchId}/avvisade.csv`));
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toBe(`attachment; filename="avvisade-import-${batchId}.csv"`);
    const lines = (await csv.body()).subarray(3).toString('utf8').split('\r\n');
    expect(lines).toHaveLength(1 + 1500 + 1);
    expect(lines[1]).toBe(`2;kommun;3;9999;${reasons.kommun}`);
    expect(lines[1000]).toBe(`1001;kommun;3;9999;${reasons.kommun}`);
    expect(lines[1001]).toBe(`1002;kommun;3;9999;${reasons.kommun}`);
    expect(lines[1500]).toBe(`1501;kommun;3;9999;${reasons.kommun}`);

    await page.goto(url(`/importer/${batchId}`));
    expect(await page.getByText('Kontrollen hittade 1 500 fel.').count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Fel 1–50 av 1 500' }).count()).toBe(1);
    await close(page);
  });

  it('speaks English, and marks the Swedish reasons as Swedish', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    await page.goto(url(`/importer/${rejected}?lang=en`));
    expect(await result(page)).toContain('Rejected – nothing was published.');
    const reason = page.getByRole('table', { name: 'Errors 1–3 of 3' }).locator('tbody tr').first().locator('td').last();
    expect(await reason.getAttribute('lang')).toBe('sv');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(url('/importer'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Imports');
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });
});

/*
 * The upload page is the one page with JavaScript: the form is then sent in the background, with
 * its progress and the import's phases in a status region, and the page goes to the import when
 * the API has answered. The tests above already send their files that way; these look at the
 * progress, the refusals shown in the card, and the form without JavaScript.
 */
describe('following an upload on the page', () => {
  const largeRows = 300_000;
  let dir = '';
  let largeFile = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samsyn-e2e-upload-'));
    largeFile = join(dir, 'kontakter-2025.csv');
    await writePvKontakterFile(largeFile, { rows: largeRows });
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const population2024 = Buffer.from(['ar;kommun;kon;aldersgrupp;antal', '2024;1480;K;80+;20950', '2024;1480;M;80+;14870', ''].join('\n'));
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
  const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

  it('shows the upload in percent and the rows read, then the published import', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    await page.goto(url('/importer'));
    const contacts = card(page, 'Primärvårdens kontakter');
    const status = contacts.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');

    // Everything the status region shows, recorded as it changes (the page leaves when done).
    const seen: string[] = [];
    await page.exposeFunction('recordStatus', (text: string) => void seen.push(text));
    await status.evaluate((region: HTMLElement) => {
      const record = () => (window as unknown as { recordStatus(text: string): void }).recordStatus(region.innerText);
      new MutationObserver(record).observe(region, { subtree: true, childList: true, characterData: true });
    });

    await contacts.getByLabel('Välj fil').setInputFiles(largeFile);
    const button = contacts.getByRole('button', { name: /^Importera/ });
    await button.click();

    // While the server reads the file: the button is disabled, the focus is on the status region,
    // and a link leads to the import (in a new tab: leaving would stop the upload).
    await page.waitForFunction(() => /Läser filen – /.test(document.querySelector('#dataset-pv_kontakter-status')?.textContent ?? ''));
    expect(await button.isDisabled()).toBe(true);
    expect(await isFocused(status)).toBe(true);
    expect(await status.getByRole('progressbar', { name: 'Uppladdning av Primärvårdens kontakter' }).count()).toBe(1);
    const link = status.getByRole('link', { name: /^Öppna import \d+ i en ny flik$/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    const batchId = /\d+/.exec(await link.innerText())![0];
    expect(await link.getAttribute('href')).toBe(`/importer/${batchId}`);
    expect(await axeViolations(page)).toEqual([]);

    await page.waitForURL(url(`/importer/${batchId}`), { timeout: 90_000 });
    expect(await result(page)).toMatch(/Publicerad – 300\s000 rader ersatte 2025-01–2025-12\./);
    expect(seen.some((text) => /Laddar upp … [1-9]\d?\s% \(/.test(text)), seen.join(' | ')).toBe(true);
    expect(seen.some((text) => /Läser filen – \d{1,3}(\s\d{3})* rader/.test(text)), seen.join(' | ')).toBe(true);
    expect(seen.some((text) => text.includes('Filen är uppladdad')), seen.join(' | ')).toBe(true);
    await close(page);
  }, 120_000);

  it('goes to the import of a file the check rejected: population figures in the contacts form', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    const id = await upload(page, 'Primärvårdens kontakter', 'befolkning-2025.csv', befolkning);
    expect(pathOf(page)).toBe(`/importer/${id}`);
    expect(await result(page)).toContain('Avvisad – inget publicerades. Rätta filen enligt meddelandet nedan och importera den igen.');
    expect(await page.locator('.import-message').innerText()).toMatch(/^Meddelande från kontrollen:/);
    await close(page);
  });

  it('shows a refusal in the card with the focus, keeps the file, and lets the person try again', async () => {
    const page = await openPage();
    await logIn(page, countyEditor);
    await page.goto(url('/importer'));
    const population = card(page, 'Befolkning');
    const file = population.getByLabel('Välj fil');
    const button = population.getByRole('button', { name: /^Importera/ });

    // No file: said at once, without a request, and tied to the file field.
    await button.click();
    const problem = population.locator('.upload-problem');
    expect(await text(problem)).toBe('Fel: Ingen fil kom med. Välj en fil innan du klickar på Importera.');
    expect(await isFocused(problem)).toBe(true);
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    expect(await file.getAttribute('aria-describedby')).toBe('dataset-befolkning-problem dataset-befolkning-file-hint');
    expect(await axeViolations(page)).toEqual([]);

    // Logged out meanwhile (say, in another tab): the API refuses, and the page stays.
    await file.setInputFiles({ name: 'befolkning-2024.csv', mimeType: 'text/csv', buffer: population2024 });
    await page.context().clearCookies();
    await button.click();
    await page.waitForFunction(() => document.querySelector('.upload-problem')?.textContent?.includes('inte inloggad'));
    expect(await text(problem)).toBe(
      'Fel: Du var inte inloggad när filen skickades. Importera filen igen nu när du är inloggad.',
    );
    expect(await isFocused(problem)).toBe(true);
    expect(await file.getAttribute('aria-invalid')).toBeNull();
    expect(await button.isDisabled()).toBe(false);
    expect(await file.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe('befolkning-2024.csv');
    expect(pathOf(page)).toBe('/importer');
    expect(await axeViolations(page)).toEqual([]);

    // Only this page runs scripts: its links lead away with a full page load, to pages without any.
    await page.evaluate(() => ((window as unknown as { stayed?: boolean }).stayed = true));
    await Promise.all([page.waitForURL(url('/')), page.getByRole('link', { name: 'Start' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    await close(page);
  });

  it('says so in English when the connection breaks, and the button works again', async () => {
    const page = await openPage();
    // Chromium logs the broken request as a failed resource (and, as on every page, the 404s of
    // the progress while the server has not yet started on the file); anything else fails the test.
    const errors: string[] = [];
    const expected = /^Failed to load resource: (net::ERR_CONNECTION_RESET|the server responded with a status of 4\d\d )/;
    page.on('console', (message) => {
      if (message.type() === 'error' && !expected.test(message.text())) errors.push(message.text());
    });
    await logIn(page, countyEditor);
    await page.goto(url('/importer?lang=en'));
    const populationUpload = (address: URL) => address.pathname === '/api/import/befolkning';
    await page.route(populationUpload, (route) => route.abort('connectionreset'));
    const population = card(page, 'Population');
    const file = { name: 'befolkning-2024.csv', mimeType: 'text/csv', buffer: population2024 };
    await population.getByLabel('Choose a file').setInputFiles(file);
    const button = population.getByRole('button', { name: /^Import/ });
    await button.click();
    const problem = population.locator('.upload-problem');
    await problem.waitFor();
    expect(await text(problem)).toBe(
      'Error: The file could not be sent because the connection to the server was lost. Check the network and try again.',
    );
    expect(await isFocused(problem)).toBe(true);
    expect(await button.isDisabled()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // With the connection back, the same file goes through.
    await page.unroute(populationUpload);
    await Promise.all([page.waitForURL(/\/importer\/\d+$/), button.click()]);
    expect(await result(page)).toContain('Published – 2 rows replaced 2024.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works without JavaScript: the form posts to the API, which answers with the import or a reason', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, countyEditor);
    const population2023 = Buffer.from(population2024.toString('utf8').replaceAll('2024;', '2023;'));
    const id = await upload(page, 'Befolkning', 'befolkning-2023.csv', population2023);
    expect(pathOf(page)).toBe(`/importer/${id}`);
    expect(await result(page)).toContain('Publicerad – 2 rader ersatte 2023.');

    await page.goto(url('/importer'));
    await Promise.all([
      page.waitForURL(/\/importer\?fel=saknar-fil$/),
      card(page, 'Befolkning').getByRole('button', { name: /^Importera/ }).click(),
    ]);
    expect(await page.getByRole('alert').innerText()).toContain('Ingen fil kom med.');
    await context.close();
  });
});
