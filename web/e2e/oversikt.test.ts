import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage, mainMenu, openPage } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * The Översikt (colour scorecard) and the indicator page a cell leads to, on demo data computed at the start (a
 * tenth of the demo volume: Göteborg's figures are published, many small municipalities' are suppressed).
 * One Samsyn per file: the web app reaches the API it runs beside through a process-wide handle, so a second
 * server in the same process would answer the first one's pages.
 */
let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn({ SAMSYN_DEMO: '1', SAMSYN_DEMO_SCALE: '0.1' }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

const url = (path: string) => `${samsyn.url}${path}`;
const grid = (page: Page) => page.locator('table[data-grid-keys]');
const assessment = 'Medicinsk bedömning inom 3 dagar';

/** The column headers of the grid, after "Indikator". */
async function units(page: Page): Promise<string[]> {
  return (await grid(page).locator('thead th').allInnerTexts()).slice(1);
}

/** The cell of an indicator (by its row header) and a unit (by its column header). */
async function cell(page: Page, indicator: string, unit: string) {
  const column = (await units(page)).indexOf(unit);
  expect(column, unit).toBeGreaterThanOrEqual(0);
  return grid(page).locator('tr', { has: page.locator('th[scope="row"]', { hasText: indicator }) }).locator('td').nth(column);
}

/** The period of the grid, as its cells link to it. */
async function shownPeriod(page: Page): Promise<string> {
  const href = await grid(page).locator('td a').first().getAttribute('href');
  return new URL(href!, samsyn.url).searchParams.get('period')!;
}

/** The latest month with values (YYYY-MM). */
async function latestMonth(): Promise<string> {
  const [row] = await samsyn.sql<{ month: string }[]>`select max(period) as month from indicator_value where period_type = 'month'`;
  return row!.month;
}

const percent = (value: number) => `${value.toFixed(1).replace('.', ',')} %`;
/** The stored trend (lower case, as in the database) in the grid's words. */
const trendWords: Record<string, string> = {
  improving: 'förbättras',
  worsening: 'försämras',
  no_significant_change: 'ingen säker förändring',
};

describe('the Översikt', () => {
  it('is in everyone’s menu and shows the county and the sub-regions for the latest complete quarter', async () => {
    const page = await openPage(browser);
    const response = await page.goto(url('/oversikt'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Översikt – Samsyn');
    expect(await mainMenu(page)).toEqual(['Start', 'Översikt', 'Rapporter']);
    expect(await units(page)).toEqual(['Västra Götalands län', 'Fyrbodal', 'Göteborgsregionen', 'Sjuhärad (Boråsregionen)', 'Skaraborg']);
    const caption = await grid(page).locator('caption').innerText();
    expect(caption).toMatch(/^Länet och delregionerna, kvartal [1-4] \d{4}\. 20 indikatorer × 5 enheter\.$/);
    // Every quarter of the period has passed in the data.
    const month = await latestMonth();
    const [year, quarter] = (await shownPeriod(page)).split('-Q').map(Number) as [number, number];
    expect(`${year}-${String(quarter * 3).padStart(2, '0')}` <= month).toBe(true);
    // Area headers, a row header per indicator, and Kolada's yearly figures not applicable in a quarter.
    expect(await grid(page).locator('th[scope="rowgroup"]').allInnerTexts()).toEqual([
      'Tillgänglighet',
      'Kontinuitet',
      'Samverkan vid in- och utskrivning',
      'Hemtjänst och äldreomsorg',
      'Patientens upplevelse',
    ]);
    expect(await (await cell(page, 'Nöjdhet hemtjänst', 'Skaraborg')).innerText()).toContain('Ej tillämpligt');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('shows every municipality with values from the database, suppressed ones as `..`, and the trend in words', async () => {
    const page = await openPage(browser);
    await page.goto(url('/oversikt?niva=kommuner'));
    const names = await units(page);
    expect(names).toHaveLength(49);
    expect([names[0], names.at(-1)]).toEqual(['Ale', 'Öckerö']);

    const period = await shownPeriod(page);
    const [stored] = await samsyn.sql<{ value: number | null; trend: string | null }[]>`
      select value, trend from indicator_value
      where indicator_id = 'pv-bedomning-3d' and org_unit = '1480' and period_type = 'quarter' and period = ${period} and sex = 'T'`;
    expect(stored?.value).toEqual(expect.any(Number));
    const goteborg = await cell(page, assessment, 'Göteborg');
    const text = await goteborg.innerText();
    expect(text).toContain(percent(stored!.value!));
    expect(text).toMatch(/Grön: når målet|Gul: nära målet|Röd: når inte målet/);
    expect(text).toContain(`Trend: ${trendWords[stored!.trend!]}.`);
    expect(await goteborg.getByRole('link').getAttribute('href')).toBe(
      `/indikatorer/pv-bedomning-3d?enhet=1480&periodtyp=kvartal&period=${period}`,
    );

    // Small municipalities' figures are suppressed: Kolada's marker, explained in words.
    const suppressed = grid(page).locator('td', { hasText: 'För få – undertryckt' });
    expect(await suppressed.count()).toBeGreaterThan(10);
    expect(await suppressed.first().locator('[aria-hidden="true"]').first().innerText()).toBe('..');
    const [counted] = await samsyn.sql<{ n: number }[]>`
      select count(*)::int as n from indicator_value v join org_unit o on o.code = v.org_unit and o.kind = 'municipality'
      where v.period_type = 'quarter' and v.period = ${period} and v.sex = 'T' and v.suppressed`;
    expect(await suppressed.count()).toBe(counted!.n);
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('shows one sub-region’s municipalities after the sub-region, at the county level the county alone', async () => {
    const page = await openPage(browser);
    await page.goto(url('/oversikt?niva=kommuner&delregion=GR'));
    const names = await units(page);
    expect(names.slice(0, 3)).toEqual(['Göteborgsregionen', 'Ale', 'Alingsås']);
    expect(names).toHaveLength(13);
    expect(await grid(page).locator('caption').innerText()).toMatch(/^Göteborgsregionen och dess kommuner, /);
    expect(await page.locator('#filter-delregion').inputValue()).toBe('GR');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(url('/oversikt?niva=lan&omrade=kontinuitet'));
    expect(await units(page)).toEqual(['Västra Götalands län']);
    expect(await grid(page).locator('th[scope="rowgroup"]').allInnerTexts()).toEqual(['Kontinuitet']);
    expect(await grid(page).locator('caption').innerText()).toContain('Område: Kontinuitet.');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('is used by keyboard alone: filters, the grid, and a cell to the indicator page', async () => {
    const page = await openPage(browser);
    await page.goto(url('/oversikt'));
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const focusedText = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');

    // Tab to the period type, choose months by typing, Tab on to the button and send.
    let tabs = 0;
    while ((await focusedId()) !== 'filter-periodtyp' && tabs++ < 40) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('filter-periodtyp');
    await page.keyboard.press('M');
    expect(await page.locator('#filter-periodtyp').inputValue()).toBe('manad');
    while ((await focusedText()) !== 'Visa' && tabs++ < 60) await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL((u) => u.searchParams.get('periodtyp') === 'manad'), page.keyboard.press('Enter')]);
    const month = await latestMonth();
    const monthName = new Date(`${month}-15T12:00:00Z`).toLocaleDateString('sv-SE', { month: 'long', year: 'numeric' });
    expect(await grid(page).locator('caption').innerText()).toContain(`Länet och delregionerna, ${monthName}.`);

    // Into the grid: the scrollable region, then the first cell; the arrow keys move between cells.
    tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('td') !== null)) && tabs++ < 40) {
      await page.keyboard.press('Tab');
    }
    const href = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    expect(await href()).toBe(`/indikatorer/pv-bedomning-3d?enhet=14&periodtyp=manad&period=${month}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await href()).toBe(`/indikatorer/pv-bedomning-3d?enhet=GR&periodtyp=manad&period=${month}`);
    await page.keyboard.press('ArrowDown');
    expect(await href()).toMatch(/^\/indikatorer\/[a-z0-9-]+\?enhet=GR&/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    expect(await href()).toBe(`/indikatorer/pv-bedomning-3d?enhet=SJUHARAD&periodtyp=manad&period=${month}`);
    await page.keyboard.press('ArrowLeft');

    // Enter follows the link: the indicator for Göteborgsregionen, the month marked in its table.
    await Promise.all([page.waitForURL((u) => u.pathname === '/indikatorer/pv-bedomning-3d'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).search).toBe(`?enhet=GR&periodtyp=manad&period=${month}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(assessment);
    expect(await page.locator('.lead').first().innerText()).toBe('Göteborgsregionen, per månad.');
    await page.locator('#trend-table summary').click();
    const chosen = page.locator('#trend-table tr[aria-current="true"]');
    expect(await chosen.locator('th').innerText()).toMatch(new RegExp(`^${monthName}\\s+vald period$`));
    const [stored] = await samsyn.sql<{ value: number }[]>`
      select value from indicator_value
      where indicator_id = 'pv-bedomning-3d' and org_unit = 'GR' and period_type = 'month' and period = ${month} and sex = 'T'`;
    expect(await chosen.locator('td').first().innerText()).toBe(percent(stored!.value));
    const about = page.getByRole('region', { name: 'Om indikatorn' });
    for (const label of ['Definition', 'Motivering', 'Täljare', 'Nämnare', 'Källa', 'Beräkning', 'Huvudman', 'Frekvens', 'Riktning', 'Version']) {
      expect(await about.getByText(label, { exact: true }).count(), label).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('switches to English and keeps every filter', async () => {
    const page = await openPage(browser);
    await page.goto(url('/oversikt?niva=kommuner&delregion=FYRBODAL&periodtyp=ar'));
    await Promise.all([page.waitForURL((u) => u.searchParams.get('lang') === 'en'), page.getByRole('link', { name: 'English' }).click()]);
    const params = new URL(page.url()).searchParams;
    expect([params.get('niva'), params.get('delregion'), params.get('periodtyp')]).toEqual(['kommuner', 'FYRBODAL', 'ar']);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await grid(page).locator('caption').innerText()).toMatch(/^Fyrbodal and its municipalities, \d{4}\./);
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('prints the municipalities as tables of at most ten, with the legend', async () => {
    const page = await openPage(browser);
    await page.goto(url('/oversikt?niva=kommuner'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.scorecard-scroll').isVisible()).toBe(false);
    const printed = page.locator('.scorecard-print table');
    expect(await printed.count()).toBe(5);
    expect(await printed.first().isVisible()).toBe(true);
    expect(await printed.first().locator('caption').innerText()).toContain('Enheterna 1–10 av 49.');
    expect(await page.getByRole('heading', { name: 'Så läser du färgstyrkortet' }).isVisible()).toBe(true);
    await closePage(page);
  });

  it('says in Swedish what went wrong with an unknown sub-region or period, with a way back', async () => {
    const page = await openPage(browser);
    const response = await page.goto(url('/oversikt?niva=kommuner&delregion=NORR'));
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Delregionen finns inte');
    expect(await page.getByText('Det finns ingen delregion med koden NORR.').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Visa utan det valet' }).getAttribute('href')).toBe('/oversikt?niva=kommuner');
    expect(await axeViolations(page)).toEqual([]);

    expect((await page.goto(url('/oversikt?period=2031-Q1')))?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Perioden har inga värden');
    expect((await page.goto(url('/oversikt?niva=landsting')))?.status()).toBe(400);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Adressen innehåller ett okänt val');
    expect((await page.goto(url('/indikatorer/pv-bedomning-3d?enhet=9999')))?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Enheten finns inte');
    expect((await page.goto(url('/indikatorer/finns-inte')))?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sidan hittades inte');
    await closePage(page);
  });

  // Last: it deletes values.
  it('says what to do when nothing has been computed for a period type', async () => {
    await samsyn.sql`delete from indicator_value where period_type = 'rolling_12'`;
    const page = await openPage(browser);
    await page.goto(url('/oversikt?periodtyp=rullande12'));
    const section = page.getByRole('region', { name: 'Färgstyrkort', exact: true });
    expect(await section.innerText()).toContain('Det finns inga beräknade värden per rullande 12 månader ännu.');
    expect(await section.innerText()).toContain('Värdena räknas fram när data har importerats.');
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Så läser du färgstyrkortet' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(url('/oversikt?omrade=aldreomsorg&huvudman=region'));
    expect(await section.innerText()).toContain('Ingen indikator har det valda området och den valda huvudmannen.');
    await closePage(page);
  });
});
