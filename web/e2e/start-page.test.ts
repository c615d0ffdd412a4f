import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { axeViolations } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

/** axe-core needs a page of its own browser context. */
async function openPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}


describe('the start page', () => {
  it('shows the organisation tree and the indicator catalogue from the database, in Swedish', async () => {
    const page = await openPage();
    const response = await page.goto(samsyn.url);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.title()).toBe('Start – Samsyn');
    expect(await page.getByRole('note').count()).toBe(0); // no demo data, no demo label

    const org = page.getByRole('region', { name: 'Organisation' });
    await expect.poll(() => org.getByRole('heading', { name: 'Västra Götalands län' }).count()).toBe(1);
    expect(await org.getByText('4 delregioner och 49 kommuner').count()).toBe(1);
    expect(await org.locator('summary').allInnerTexts()).toEqual([
      '14 kommuner i Fyrbodal',
      '12 kommuner i Göteborgsregionen',
      '8 kommuner i Sjuhärad (Boråsregionen)',
      '15 kommuner i Skaraborg',
    ]);
    expect(await org.getByRole('listitem').filter({ hasText: 'Öckerö' }).last().innerText()).toMatch(/Öckerö\s+kommunkod\s+1407/);

    const indicators = page.getByRole('region', { name: 'Indikatorer' });
    const card = indicators.getByRole('article').filter({ hasText: 'Medicinsk bedömning inom 3 dagar' });
    expect(await card.count()).toBe(1);
    const text = await card.innerText();
    expect(text).toContain(
      'Andel av vårdgarantikontakterna med medicinsk bedömning där bedömningen gjordes högst 3 dagar efter den första kontakten.',
    );
    expect(text).toContain('Grön ≥ 90 %, gul ≥ 80 %');
    expect(text).toContain('Värden som bygger på färre än 20 observationer redovisas inte.');
    expect(await indicators.getByRole('article').count()).toBe(20);

    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is usable by keyboard: the skip link comes first and moves focus to the main content', async () => {
    const page = await openPage();
    await page.goto(samsyn.url);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('Hoppa till huvudinnehållet');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none' || getComputedStyle(el).boxShadow !== 'none')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('switches to English and remembers the choice', async () => {
    const page = await openPage();
    await page.goto(samsyn.url);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { name: 'Indicators', level: 2 }).count()).toBe(1);
    expect(await page.getByText('Medical assessment within 3 days', { exact: false }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(samsyn.url); // no ?lang: the cookie decides
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });

  it('works with JavaScript turned off: everything is rendered on the server', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(samsyn.url);
    expect(await page.getByRole('region', { name: 'Organisation' }).getByRole('listitem').filter({ hasText: 'Göteborg' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Indikatorer' }).getByRole('article').count()).toBe(20);
    await page.context().close();
  });
});
