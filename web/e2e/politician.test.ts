import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage, openPage } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * Issue 6's test of the whole: a politician, new to Samsyn, answers from the pages alone "Which of our
 * municipalities is worst on days as discharge-ready this quarter, is that difference real, and is it getting
 * better?" — by the Översikt, the indicator page's comparison of the municipalities and the worst one's trend — and
 * the answer read off the pages is the one the stored values give. On the full demo (scale 1), where the larger
 * municipalities' quarters are published and the smaller ones' suppressed.
 */
let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn({ SAMSYN_DEMO: '1', SAMSYN_DEMO_SCALE: '1' }), launchChromium()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

const indicator = 'uk-dagar';
const decimal = (value: number) => value.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const trendWords: Record<string, string> = {
  improving: 'förbättras',
  worsening: 'försämras',
  no_significant_change: 'ingen säker förändring',
};

describe('a politician’s question', () => {
  it('finds the worst municipality on days as discharge-ready this quarter, whether it is really worse, and where it is heading', async () => {
    const page = await openPage(browser);

    // The Översikt, narrowed to the municipalities and to care transitions, as the filters offer.
    await page.goto(`${samsyn.url}/oversikt`);
    await page.getByLabel('Nivå').selectOption({ label: 'Kommunerna' });
    await page.getByLabel('Område').selectOption({ label: 'Samverkan vid in- och utskrivning' });
    await Promise.all([page.waitForURL(/niva=kommuner/), page.getByRole('button', { name: 'Visa', exact: true }).click()]);
    const row = page.locator('table[data-grid-keys] tr', { has: page.locator('th[scope="row"]', { hasText: 'Dagar som utskrivningsklar' }) });
    expect(await row.count()).toBe(1);

    // A cell leads to the indicator page, which compares every municipality in the same quarter.
    await Promise.all([page.waitForURL(new RegExp(`/indikatorer/${indicator}`)), row.locator('td a').first().click()]);
    const quarter = new URL(page.url()).searchParams.get('period')!;
    expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByText('Visa som tabell').first().click();
    const ranked = await page.locator('#comparison-table tbody tr').evaluateAll((rows) =>
      rows
        .map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim()))
        .filter((cells) => cells[0] !== ''),
    );
    // Ranked best first: the worst with a value is the last ranked row. Columns: rank, unit, value, 95 % interval,
    // counts, against the county, status.
    const worst = ranked.at(-1)!;
    const [, worstName, worstValue, worstInterval, , againstCounty] = worst;

    // What the stored values say: the published municipality with the most days, its interval, the county.
    const stored = await samsyn.sql<{ org_unit: string; name: string; value: number; ci_low: number; ci_high: number; trend: string | null }[]>`
      select v.org_unit, u.name, v.value, v.ci_low, v.ci_high, v.trend
      from indicator_value v join org_unit u on u.code = v.org_unit
      where v.indicator_id = ${indicator} and v.period_type = 'quarter' and v.period = ${quarter} and v.sex = 'T'
        and u.kind = 'municipality' and v.value is not null
      order by v.value desc limit 1`;
    const [county] = await samsyn.sql<{ value: number }[]>`
      select value from indicator_value
      where indicator_id = ${indicator} and period_type = 'quarter' and period = ${quarter} and sex = 'T' and org_unit = '14'`;
    const expected = stored[0]!;
    // A comparison needs two; the small municipalities' quarters are suppressed.
    expect(ranked.length).toBeGreaterThanOrEqual(2);
    expect(worstName).toBe(expected.name);
    expect(worstValue).toBe(decimal(expected.value));
    expect(worstInterval).toBe(`${decimal(expected.ci_low)}–${decimal(expected.ci_high)}`);
    // Real (the county outside the 95 % interval, above it: more days is worse) or not.
    const really = county!.value < expected.ci_low;
    expect(againstCounty).toBe(really ? 'Säkert sämre än länet' : 'Ingen säker skillnad mot länet');

    // Its row leads to its own view of the indicator, whose trend says where it is heading.
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get('enhet') === expected.org_unit),
      page.locator('#comparison-table').getByRole('link', { name: expected.name, exact: true }).click(),
    ]);
    expect(new URL(page.url()).searchParams.get('period')).toBe(quarter);
    const summary = await page.locator('#trend-summary').innerText();
    expect(summary).toContain(expected.name);
    const words = expected.trend ? trendWords[expected.trend]! : null;
    if (words) expect(summary).toContain(words);
    else expect(Object.values(trendWords).some((w) => summary.includes(w))).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('reads the indicator page in English with every choice kept', async () => {
    const page = await openPage(browser);
    await page.goto(`${samsyn.url}/indikatorer/${indicator}?enhet=1490&periodtyp=manad&niva=delregioner&lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Days as discharge-ready');
    expect(await page.locator('#choice-enhet').inputValue()).toBe('1490');
    expect(await page.locator('#choice-periodtyp').inputValue()).toBe('manad');
    expect(await page.locator('#choice-niva').inputValue()).toBe('delregioner');
    expect(await page.locator('#trend-summary').innerText()).toMatch(/^Borås/);
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('prints the data tables behind the charts, opened or not', async () => {
    const page = await openPage(browser);
    await page.goto(`${samsyn.url}/indikatorer/${indicator}?enhet=GR`);
    const tables = [page.locator('#comparison-table table'), page.locator('#trend-table table')];
    expect(await Promise.all(tables.map((t) => t.isVisible()))).toEqual([false, false]);
    await page.emulateMedia({ media: 'print' });
    expect(await Promise.all(tables.map((t) => t.isVisible()))).toEqual([true, true]);
    await closePage(page);
  });
});
