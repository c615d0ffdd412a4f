import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage, openPage, pathOf } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * The unit profile (enhetsprofil) and search on demo data computed at the start (a tenth of the demo volume), checked
 * against the stored values, with axe-core on every view and a keyboard-only walk from the header's search box to an
 * indicator.
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
const percent = (value: number) => `${value.toFixed(1).replace('.', ',')} %`;
const assessment = 'Medicinsk bedömning inom 3 dagar';

/** A profile table's row of one indicator (by its row header). */
const profileRow = (page: Page, indicator: string) =>
  page.locator('table.profile-table tbody tr', { has: page.locator('th[scope="row"]', { hasText: indicator }) });

/** The period of the profile, as its indicator links carry it. */
async function shownPeriod(page: Page): Promise<string> {
  const href = await page.locator('table.profile-table th[scope="row"] a').first().getAttribute('href');
  return new URL(href!, samsyn.url).searchParams.get('period')!;
}

async function stored(indicatorId: string, unit: string, periodType: string, period: string) {
  const [row] = await samsyn.sql<{ value: number | null; suppressed: boolean }[]>`
    select value, suppressed from indicator_value
    where indicator_id = ${indicatorId} and org_unit = ${unit} and period_type = ${periodType} and period = ${period} and sex = 'T'`;
  return row;
}

/** The published values of one level, lowest and highest. */
async function spread(indicatorId: string, kind: string, periodType: string, period: string) {
  const [row] = await samsyn.sql<{ lowest: number; highest: number; units: number }[]>`
    select min(v.value) as lowest, max(v.value) as highest, count(*)::int as units
    from indicator_value v join org_unit o on o.code = v.org_unit and o.kind = ${kind}
    where v.indicator_id = ${indicatorId} and v.period_type = ${periodType} and v.period = ${period} and v.sex = 'T'
      and v.value is not null`;
  return row!;
}

describe('the unit profile', () => {
  it('shows a municipality’s every indicator against the county and the municipalities, with a chart in words', async () => {
    const page = await openPage(browser);
    const response = await page.goto(url('/enheter/1480'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Göteborg – enhetsprofil – Samsyn');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Göteborg');
    // Every indicator of the catalogue, grouped by area.
    expect(await page.locator('table.profile-table tbody tr').count()).toBe(20);
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Tillgänglighet',
      'Kontinuitet',
      'Samverkan vid in- och utskrivning',
      'Hemtjänst och äldreomsorg',
      'Patientens upplevelse',
    ]);

    const period = await shownPeriod(page);
    expect(period).toMatch(/^\d{4}-Q[1-4]$/);
    const goteborg = await stored('pv-bedomning-3d', '1480', 'quarter', period);
    const county = await stored('pv-bedomning-3d', '14', 'quarter', period);
    const municipalities = await spread('pv-bedomning-3d', 'municipality', 'quarter', period);
    const row = profileRow(page, assessment);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toContain(percent(goteborg!.value!));
    expect(cells[0]).toMatch(/Grön: når målet|Gul: nära målet|Röd: når inte målet/);
    expect(cells[2]).toBe(percent(county!.value!));
    // Higher is better: the worst is the lowest.
    expect(cells[3]).toContain(`sämst ${percent(municipalities.lowest)} – bäst ${percent(municipalities.highest)}`);
    expect(cells[3]).toContain(municipalities.units === 1 ? '1 kommun med värde' : `${municipalities.units} kommuner med värde`);
    const chart = row.getByRole('img');
    expect(await chart.getAttribute('aria-label')).toMatch(
      new RegExp(`^Göteborg: ${percent(goteborg!.value!)}, .+\\. Länet: ${percent(county!.value!)}\\. Kommunerna: sämst `),
    );
    expect(await row.getByRole('link', { name: assessment }).getAttribute('href')).toBe(
      `/indikatorer/pv-bedomning-3d?enhet=1480&periodtyp=kvartal&period=${period}`,
    );

    // Suppressed values: Kolada's marker, explained in words, no marker on the chart.
    const [suppressed] = await samsyn.sql<{ n: number }[]>`
      select count(*)::int as n from indicator_value
      where org_unit = '1480' and period_type = 'quarter' and period = ${period} and sex = 'T' and suppressed`;
    const suppressedRows = page.locator('table.profile-table tbody tr', { hasText: 'För få – undertryckt' });
    expect(await suppressedRows.count()).toBe(suppressed!.n);
    // Yearly Kolada figures in a quarter: not applicable.
    expect(await profileRow(page, 'Nöjdhet hemtjänst').locator('td').first().innerText()).toMatch(/^\.\s+Ej tillämpligt$/);

    expect(await page.getByRole('link', { name: 'Göteborgsregionen' }).getAttribute('href')).toBe('/enheter/GR');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('places a sub-region among the sub-regions, for the period type chosen, in either language', async () => {
    const page = await openPage(browser);
    await page.goto(url('/enheter/FYRBODAL'));
    // The form: years, sent as a plain GET.
    await page.locator('#profile-periodtyp').selectOption('ar');
    await Promise.all([page.waitForURL((u) => u.searchParams.get('periodtyp') === 'ar'), page.getByRole('button', { name: 'Visa' }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Fyrbodal');
    expect(await page.locator('.profile-kicker').innerText()).toBe('Enhetsprofil · Delregion');
    const period = await shownPeriod(page);
    expect(period).toMatch(/^\d{4}$/);
    expect(await page.getByRole('heading', { level: 2, name: `Indikatorerna, ${period}` }).count()).toBe(1);

    const row = profileRow(page, 'Dagar som utskrivningsklar');
    const days = await spread('uk-dagar', 'subregion', 'year', period);
    // Fewer days is better: the worst is the highest, on the left.
    expect((await row.locator('td').nth(3).innerText()).replace(/\s+/g, ' ')).toContain(
      `sämst ${days.highest.toFixed(1).replace('.', ',')} – bäst ${days.lowest.toFixed(1).replace('.', ',')}`,
    );
    expect(await page.locator('table.profile-table thead th', { hasText: 'Delregionerna' }).count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForURL((u) => u.searchParams.get('lang') === 'en'), page.getByRole('link', { name: 'English' }).click()]);
    expect(new URL(page.url()).searchParams.get('periodtyp')).toBe('ar');
    expect(await page.locator('.profile-kicker').innerText()).toBe('Unit profile · Sub-region');
    expect(await page.locator('table.profile-table thead th', { hasText: 'Sub-regions' }).count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('is reached from the Översikt’s unit headings, and refuses an unknown unit', async () => {
    const page = await openPage(browser);
    await page.goto(url('/oversikt'));
    const heading = page.locator('table[data-grid-keys] thead th a', { hasText: 'Göteborgsregionen' });
    const href = (await heading.getAttribute('href'))!;
    expect(href).toMatch(/^\/enheter\/GR\?period=\d{4}-Q[1-4]$/);
    await Promise.all([page.waitForURL((u) => u.pathname === '/enheter/GR'), heading.click()]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Göteborgsregionen');

    const response = await page.goto(url('/enheter/9999'));
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Enheten finns inte');
    await closePage(page);
  });
});

describe('search', () => {
  it('says what to do before anything is typed, and when nothing is found', async () => {
    const page = await openPage(browser);
    await page.goto(url('/sok'));
    expect(await page.title()).toBe('Sök – Samsyn');
    expect(await page.locator('.empty-state__message').innerText()).toBe('Skriv vad du söker efter.');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(url('/sok?q=xyzzy'));
    expect(await page.locator('.empty-state__message').innerText()).toBe('Inga träffar för ”xyzzy”.');
    expect(await page.locator('#search-q').inputValue()).toBe('xyzzy');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('finds units by name or code and indicators by name, accents and case aside, grouped', async () => {
    const page = await openPage(browser);
    const hits = (group: string) =>
      page.locator('h3', { hasText: group }).locator('xpath=following-sibling::ul[1]').getByRole('link').allInnerTexts();

    await page.goto(url('/sok?q=GOTEBORG'));
    expect(await page.locator('.search-count').innerText()).toBe('2 träffar för ”GOTEBORG”.');
    expect(await hits('Enheter')).toEqual(['Göteborg', 'Göteborgsregionen']);
    expect(await page.getByRole('link', { name: 'Göteborg', exact: true }).getAttribute('href')).toBe('/enheter/1480');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(url('/sok?q=1480'));
    expect(await hits('Enheter')).toEqual(['Göteborg']);
    await page.goto(url('/sok?q=fyrbodal'));
    expect(await hits('Enheter')).toEqual(['Fyrbodal']);

    await page.goto(url('/sok?q=utskrivningsklar'));
    expect(await page.locator('h3').allInnerTexts()).toEqual(['Indikatorer (1)']);
    expect(
      await page.getByRole('link', { name: 'Dagar i slutenvården efter att patienten bedömts utskrivningsklar' }).getAttribute('href'),
    ).toBe('/indikatorer/uk-dagar');
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('is used by keyboard alone: the header’s search box, a result, the profile, an indicator', async () => {
    const page = await openPage(browser);
    await page.goto(url('/'));
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return { id: element?.id ?? '', text: element?.innerText ?? '', href: element?.getAttribute('href') ?? '' };
      });
    const tabTo = async (found: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit: number) => {
      for (let tabs = 0; !found(await focused()) && tabs < limit; tabs++) await page.keyboard.press('Tab');
      expect(found(await focused())).toBe(true);
    };

    await tabTo((f) => f.id === 'site-search-q', 10);
    await page.keyboard.type('göteborg');
    await Promise.all([page.waitForURL((u) => u.pathname === '/sok'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('göteborg');

    await tabTo((f) => f.href === '/enheter/1480', 30);
    await Promise.all([page.waitForURL((u) => u.pathname === '/enheter/1480'), page.keyboard.press('Enter')]);

    await tabTo((f) => f.href.startsWith('/indikatorer/pv-bedomning-3d?'), 40);
    await Promise.all([page.waitForURL((u) => u.pathname === '/indikatorer/pv-bedomning-3d'), page.keyboard.press('Enter')]);
    expect(pathOf(page)).toMatch(/^\/indikatorer\/pv-bedomning-3d\?enhet=1480&periodtyp=kvartal&period=\d{4}-Q[1-4]$/);
    await closePage(page);
  });
});
