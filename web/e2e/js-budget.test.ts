import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { closePage, openPage } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * The JavaScript budget of the public pages (issue 6: ≤ 150 KB gzip on any public page): every script Chromium
 * loads for a page, until the network is idle, gzipped here (level 6, what a reverse proxy serves) and summed.
 * Measured in the browser rather than read off the build's manifest, so that whatever a page imports lazily
 * counts too. The table is printed with the test run. Pages are server-rendered without SvelteKit's client
 * (`csr = false` in the root layout), so most need no script at all; the Översikt grid loads its keyboard script.
 */
const budgetBytes = 150 * 1024;

/** Public pages: what anyone sees without logging in. */
const publicPages = [
  '/',
  '/oversikt',
  '/oversikt?niva=kommuner',
  '/oversikt?niva=lan&periodtyp=manad',
  '/indikatorer/pv-bedomning-3d?enhet=1480',
  '/indikatorer/uk-dagar?enhet=FYRBODAL',
  '/enheter/1480',
  '/enheter/GR',
  '/sok?q=goteborg',
  '/rapporter',
  // The patient survey, through one of the demo's open links: its own budget is 30 KB (below).
  '/enkat/demo-patientupplevelse-1480',
];

/** The response page must stay light for old phones on slow connections (issue 7). */
const surveyBudgetBytes = 30 * 1024;

let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn({ SAMSYN_DEMO: '1', SAMSYN_DEMO_SCALE: '0.02' }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

interface PageWeight {
  path: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
}

async function weigh(path: string): Promise<PageWeight> {
  const page = await openPage(browser);
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  const response = await page.goto(`${samsyn.url}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  const scripts = await Promise.all(bodies);
  await closePage(page);
  return {
    path,
    scripts: scripts.length,
    rawBytes: scripts.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: scripts.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0),
  };
}

describe('the JavaScript of the public pages', () => {
  it(`stays within ${budgetBytes / 1024} KB gzip on every page`, async () => {
    const weights: PageWeight[] = [];
    for (const path of publicPages) weights.push(await weigh(path));

    const kb = (bytes: number) => (bytes / 1024).toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    console.log(
      [
        `\nJavaScript per public page (budget ${budgetBytes / 1024} KB gzip):`,
        `  ${'page'.padEnd(42)} ${'scripts'.padStart(7)} ${'KB'.padStart(7)} ${'KB gzip'.padStart(8)}`,
        ...weights.map((w) => `  ${w.path.padEnd(42)} ${String(w.scripts).padStart(7)} ${kb(w.rawBytes).padStart(7)} ${kb(w.gzipBytes).padStart(8)}`),
      ].join('\n'),
    );
    // The grid's arrow-key script: proof that the measurement sees the scripts a page loads.
    expect(weights.find((w) => w.path === '/oversikt')?.scripts).toBeGreaterThan(0);
    expect(weights.filter((w) => w.gzipBytes > budgetBytes).map((w) => `${w.path}: ${kb(w.gzipBytes)} KB`)).toEqual([]);
    const survey = weights.find((w) => w.path.startsWith('/enkat/'))!;
    expect(survey.scripts).toBeGreaterThan(0);
    expect(survey.gzipBytes).toBeLessThanOrEqual(surveyBudgetBytes);
  });
});
