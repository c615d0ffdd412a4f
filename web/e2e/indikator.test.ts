import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage, openPage } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * The indicator page: charts (server-rendered SVG) that agree with their tables, text
 * alternatives, downloads, keyboard use and the empty and error states, on demo data computed at
 * the start (a tenth of the demo volume: small municipalities' figures are suppressed).
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
const decimal = (value: number) => value.toFixed(1).replace('.', ',');

/** The comparison chart's units (in drawing order) and the comparison table's (in row order). */
async function comparisonUnits(page: Page) {
  const chart = await page.locator('svg[data-chart="comparison"] g[data-unit]').evaluateAll((rows) =>
    rows.map((row) => ({
      unit: row.getAttribute('data-unit'),
      bar: row.querySelector('rect.chart__bar') !== null,
      text: row.querySelector('.chart__value')?.textContent ?? '',
    })),
  );
  const table = await page.locator('#comparison-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      unit: row.getAttribute('data-unit'),
      value: row.querySelector('td[data-value]')?.getAttribute('data-value') ?? null,
      text: (row.querySelectorAll('td')[1] as HTMLElement).innerText.trim(),
    })),
  );
  return { chart, table };
}

describe('the indicator page', () => {
  it('shows the municipalities sorted with intervals, suppressed ones as `..`, in a chart that agrees with its table', async () => {
    const page = await openPage(browser);
    const response = await page.goto(url('/indikatorer/pv-bedomning-3d?enhet=1480'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Medicinsk bedömning inom 3 dagar – Samsyn');
    // Server-rendered SVG and no script at all: the page works and prints without JavaScript.
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('svg[data-chart="comparison"]').getAttribute('role')).toBe('img');

    const { chart, table } = await comparisonUnits(page);
    expect(chart.length).toBe(49);
    expect(chart.map((row) => row.unit)).toEqual(table.map((row) => row.unit));
    for (const [index, row] of chart.entries()) {
      const inTable = table[index]!;
      if (inTable.value === null) {
        // No bar, Kolada's marker and its reason instead.
        expect(row.bar, row.unit!).toBe(false);
        expect(row.text).toMatch(/^(\.\. För få – undertryckt|- Saknas|\. Ej tillämpligt)$/);
      } else {
        expect(row.bar, row.unit!).toBe(true);
        expect(row.text).toBe(decimal(Number(inTable.value)));
      }
    }
    expect(table.filter((row) => row.value !== null).length).toBeGreaterThan(0);
    expect(chart.some((row) => row.text === '.. För få – undertryckt')).toBe(true);

    // The same numbers as stored, the county as the reference, and the text alternative says who is highest.
    const period = new URL((await page.locator('a[href*="/data.csv"]').getAttribute('href'))!, samsyn.url).searchParams.get('period')!;
    expect(period).toMatch(/^\d{4}-Q[1-4]$/);
    const stored = await samsyn.sql<{ org_unit: string; value: number | null }[]>`
      select org_unit, value from indicator_value
      where indicator_id = 'pv-bedomning-3d' and period_type = 'quarter' and period = ${period} and sex = 'T'`;
    const byUnit = new Map(stored.map((row) => [row.org_unit, row.value]));
    for (const row of table) expect(row.value === null ? null : Number(row.value)).toBe(byUnit.get(row.unit!) ?? null);
    const county = byUnit.get('14')!;
    expect(await page.locator('.chart__county-label').textContent()).toBe(`Västra Götalands län: ${decimal(county)}`);
    // Göteborg is marked in chart and table.
    expect(await page.locator('g.chart__row--selected').getAttribute('data-unit')).toBe('1480');
    expect(await page.locator('#comparison-table tr[aria-current="true"]').getAttribute('data-unit')).toBe('1480');
    expect(await axeViolations(page)).toEqual([]);

    // The sub-regions, best (highest share) first; the text alternative names the highest and the lowest.
    await page.goto(url(`/indikatorer/pv-bedomning-3d?enhet=GR&period=${period}`));
    const subregions = (await comparisonUnits(page)).table;
    const values = subregions.map((row) => Number(row.value));
    expect(values).toHaveLength(4);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const row of subregions) expect(Number(row.value)).toBe(byUnit.get(row.unit!));
    const highest = subregions[0]!;
    const lowest = subregions[3]!;
    const summary = await page.locator('#comparison-summary').innerText();
    const escape = (text: string | null) => (text ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const name = async (row: { unit: string | null }) => escape(await page.locator(`#comparison-table tr[data-unit="${row.unit}"] th`).textContent());
    const percent = (value: number) => `${Number(value.toFixed(1)).toLocaleString('sv-SE')} %`;
    expect(summary).toMatch(
      new RegExp(`^${await name(highest)} har högst värde, ${percent(Number(highest.value))} \\(95 % KI [\\d,]+–[\\d,]+\\), och ${await name(lowest)} lägst, ${percent(Number(lowest.value))} \\(95 % KI [\\d,]+–[\\d,]+\\)\\. Länet: ${percent(county)}\\.$`),
    );
    expect(await page.locator('svg[data-chart="comparison"]').getAttribute('aria-describedby')).toBe('comparison-summary');
    expect(await axeViolations(page)).toEqual([]);

    // Days as discharge-ready: fewer is better, so the lowest comes first.
    await page.goto(url('/indikatorer/uk-dagar?enhet=1480'));
    expect(await page.title()).toBe('Dagar som utskrivningsklar – Samsyn');
    const days = (await comparisonUnits(page)).table.filter((row) => row.value !== null).map((row) => Number(row.value));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('draws the unit’s trend with its band and the county line, point for point as in the table', async () => {
    const page = await openPage(browser);
    await page.goto(url('/indikatorer/pv-bedomning-3d?enhet=GR&periodtyp=manad'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Medicinsk bedömning inom 3 dagar');
    const trend = page.locator('svg[data-chart="trend"]');
    expect(await trend.locator('path.chart__band').count()).toBe(1);
    expect(await trend.locator('path.chart__county-line').count()).toBe(1);
    const points = await trend.locator('circle.chart__point').evaluateAll((circles) =>
      circles.map((c) => [c.getAttribute('data-period'), Number(c.getAttribute('data-value'))]),
    );
    const rows = await page.locator('#trend-table tbody tr').evaluateAll((trs) =>
      trs
        .map((tr) => [tr.getAttribute('data-period'), tr.querySelector('td[data-value]')?.getAttribute('data-value')] as const)
        .filter(([, value]) => value != null)
        .map(([period, value]) => [period, Number(value)])
        .reverse(),
    );
    expect(points.length).toBeGreaterThan(24);
    expect(points).toEqual(rows);
    const stored = await samsyn.sql<{ period: string; value: number }[]>`
      select period, value from indicator_value
      where indicator_id = 'pv-bedomning-3d' and org_unit = 'GR' and period_type = 'month' and sex = 'T' and value is not null
      order by period`;
    expect(points).toEqual(stored.map((row) => [row.period, row.value]));
    expect(await trend.locator('rect.chart__county-point').count()).toBe(stored.length);
    expect(await page.locator('#trend-summary').innerText()).toMatch(/^Göteborgsregionen: \d+,\d % \(95 % KI [\d,]+–[\d,]+\) \w+ \d{4}, från /);
    // Percentages: the axis ends at 100 at most.
    const ticks = await trend.locator('.chart__tick').allTextContents();
    expect(ticks).toContain('0');
    expect(Math.max(...ticks.filter((t) => /^\d+$/.test(t)).map(Number))).toBeLessThanOrEqual(100);
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('downloads the page’s data as CSV for Swedish Excel and as XLSX', async () => {
    const page = await openPage(browser);
    await page.goto(url('/indikatorer/uk-dagar?enhet=1480'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV för Excel (semikolon, decimalkomma)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^uk-dagar_Goteborg_kvartal_\d{4}-Q[1-4]\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'indikator;enhetskod;enhet;periodtyp;period;kön;täljare;nämnare;värde;ki95_nedre;ki95_övre;ki998_nedre;ki998_övre;' +
        'bedömning;jämfört_med_länet;trend;undertryckt;orsak;definitionsversion;metod',
    );
    const rows = lines.slice(1, -1).map((line) => line.split(';'));
    const published = rows.find((row) => row[1] === '1480' && row[8] !== '')!;
    expect(published[8]).toMatch(/^\d+(,\d{1,2})?$/);
    expect(published[16]).toBe('nej');
    const suppressed = rows.find((row) => row[16] === 'ja')!;
    expect(suppressed.slice(6, 13)).toEqual(['', '', '', '', '', '', '']);
    expect(suppressed[17]).toBe('För få – undertryckt');
    // Each unit and period once: Göteborg's periods, the county's, then the other municipalities.
    expect(new Set(rows.map((row) => `${row[1]} ${row[4]}`)).size).toBe(rows.length);
    expect(rows.filter((row) => row[1] === '14').length).toBeGreaterThan(4);

    const xlsx = await page.request.get(url('/indikatorer/uk-dagar/data.xlsx?enhet=1480'));
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect([...(await xlsx.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip
    await closePage(page);
  });

  it('is used by keyboard alone: the choices, a table behind its chart, and a download', async () => {
    const page = await openPage(browser);
    await page.goto(url('/indikatorer/uk-dagar?enhet=1480'));
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: (document.activeElement as HTMLElement | null)?.innerText ?? '' }));
    let tabs = 0;
    while ((await focused()).id !== 'choice-niva' && tabs++ < 40) await page.keyboard.press('Tab');
    await page.keyboard.press('D'); // Delregionerna
    expect(await page.locator('#choice-niva').inputValue()).toBe('delregioner');
    while ((await focused()).text !== 'Visa' && tabs++ < 60) await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL((u) => u.searchParams.get('niva') === 'delregioner'), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 2, name: /^Delregionerna, kvartal/ }).count()).toBe(1);

    while ((await focused()).text !== 'Visa som tabell' && tabs++ < 100) await page.keyboard.press('Tab');
    expect(await page.locator('#comparison-table').getAttribute('open')).toBe(null);
    await page.keyboard.press('Enter');
    expect(await page.locator('#comparison-table').getAttribute('open')).toBe('');
    expect(await page.locator('#comparison-table tbody tr').count()).toBe(4);
    while (!(await focused()).text.startsWith('CSV för Excel') && tabs++ < 140) await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('CSV för Excel (semikolon, decimalkomma)');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('says in Swedish what went wrong: an unknown unit, level or period', async () => {
    const page = await openPage(browser);
    expect((await page.goto(url('/indikatorer/uk-dagar?enhet=9999')))?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Enheten finns inte');
    expect((await page.goto(url('/indikatorer/uk-dagar?niva=landsting')))?.status()).toBe(400);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Adressen innehåller ett okänt val');
    expect((await page.goto(url('/indikatorer/uk-dagar?period=2031-Q1')))?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Perioden har inga värden');
    expect(await axeViolations(page)).toEqual([]);
    expect((await page.request.get(url('/indikatorer/uk-dagar/data.csv?enhet=9999'))).status()).toBe(404);
    await closePage(page);
  });

  // Last: it deletes values.
  it('says so when an indicator has no values yet', async () => {
    await samsyn.sql`delete from indicator_value where indicator_id = 'uk-sip-30d'`;
    const page = await openPage(browser);
    expect((await page.goto(url('/indikatorer/uk-sip-30d')))?.status()).toBe(200);
    expect(await page.locator('main').innerText()).toContain('Det finns inga värden per kvartal för indikatorn ännu.');
    expect(await page.locator('svg.chart').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Om indikatorn' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });
});
