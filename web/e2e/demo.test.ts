import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage, logIn, openPage } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/** A first start with (a small) demo: what a person trying Samsyn sees. */
let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn({ SAMSYN_DEMO: '1', SAMSYN_DEMO_SCALE: '0.01' }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

describe('demo data', () => {
  it('is labelled on every page, in words, in Swedish and English', async () => {
    const page = await openPage(browser);
    await page.goto(samsyn.url);
    const banner = page.getByRole('banner').getByRole('note');
    expect(await banner.innerText()).toBe('Demodata – siffrorna är påhittade och visar bara hur Samsyn fungerar.');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${samsyn.url}/logga-in?lang=en`);
    expect(await page.getByRole('note').innerText()).toBe('Demo data – the figures are made up and only show how Samsyn works.');
    await closePage(page);
  });

  it('comes with demo accounts whose passwords are in the data folder: the admin sees the demo imports', async () => {
    const accounts = await readFile(join(samsyn.dataDir, 'demo-konton.txt'), 'utf8');
    const password = /demo-admin@samsyn\.invalid\n {2}lösenord: (\S+)/.exec(accounts)?.[1];
    expect(password).toBeDefined();
    const page = await openPage(browser);
    await logIn(page, samsyn.url, 'demo-admin@samsyn.invalid', password);
    await page.goto(`${samsyn.url}/importer`);
    expect(await page.getByRole('note').count()).toBe(1);
    expect(await page.getByText('demodata-befolkning.csv').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await closePage(page);
  });
});
