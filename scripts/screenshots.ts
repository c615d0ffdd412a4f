// `pnpm screenshots`: pictures of each public view for docs/screenshots/ (referenced from the README), taken from
// a fresh Samsyn with the full demo (scale 1) in Debian's Chromium. Needs the web build (`pnpm build`).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../web/e2e/browser.ts';
import { startTestSamsyn } from '../web/e2e/samsyn.ts';

const out = join(import.meta.dirname, '..', 'docs', 'screenshots');

/** File name → page, each at a laptop's width, the whole page. */
const views: Record<string, string> = {
  'oversikt-delregioner.png': '/oversikt',
  'oversikt-kommuner-fyrbodal.png': '/oversikt?niva=kommuner&delregion=FYRBODAL',
  'indikator-bedomning-3-dagar-goteborg.png': '/indikatorer/pv-bedomning-3d?enhet=1480',
  'indikator-dagar-utskrivningsklar-sjuharad.png': '/indikatorer/uk-dagar?enhet=SJUHARAD&periodtyp=manad',
  'enhetsprofil-boras.png': '/enheter/1490',
  'enhetsprofil-fyrbodal.png': '/enheter/FYRBODAL',
  'sok.png': '/sok?q=vard',
};

const samsyn = await startTestSamsyn({ SAMSYN_DEMO: '1', SAMSYN_DEMO_SCALE: '1' });
const browser = await launchChromium();
try {
  await mkdir(out, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  for (const [file, path] of Object.entries(views)) {
    const response = await page.goto(`${samsyn.url}${path}`, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${path}: status ${response?.status()}`);
    await page.screenshot({ path: join(out, file), fullPage: true });
    console.log(`${file}  ←  ${path}`);
  }
} finally {
  await browser.close();
  await samsyn.close();
}
