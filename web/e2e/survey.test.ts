import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../api/src/audit/record.ts';
import { generateCodes } from '../../api/src/surveys/codes.ts';
import { createLink } from '../../api/src/surveys/links.ts';
import { surveyTableValues } from '../../api/src/testing/survey-tables.ts';
import { launchChromium } from './browser.ts';
import { axeViolations } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * The patient survey in a browser: answered with the keyboard only, with JavaScript and without,
 * in Swedish and in Arabic; the error summary, the way back, the language switch, single-use codes,
 * the refusals, what reaches the database, and the page's JavaScript budget.
 */

let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;
let patientSurvey: string;
let discharge: string;

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn(), launchChromium()]);
  const ids = await samsyn.sql<{ key: string; id: string }[]>`select key, id::text as id from questionnaire`;
  patientSurvey = ids.find((q) => q.key === 'patientupplevelse')!.id;
  discharge = ids.find((q) => q.key === 'efter-utskrivning')!.id;
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

const pages: Page[] = [];
async function openPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
  });
  (page as Page & { errors?: string[] }).errors = errors;
  pages.push(page);
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors?: string[] }).errors ?? [];

/** The focused element matches `selector`; asked through a locator, which works with JavaScript off too. */
const focused = async (page: Page, selector: string) => (await page.locator(`:is(${selector}):focus`).count()) > 0;

/** Presses Tab until the focused element matches `selector` (keyboard only: no clicks). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await focused(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Chooses the option at `index` of a radio group: Tab into it, Space, then arrow down. */
async function chooseRadio(page: Page, question: string, index: number): Promise<void> {
  await tabTo(page, `input[name="${question}"]`);
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

async function pressButton(page: Page, value: string): Promise<void> {
  await tabTo(page, `button[value="${value}"]`);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
}

const progress = (page: Page) => page.locator('.survey-progress > span').first().innerText();

const texts = {
  sv: { step: (n: number) => `Steg ${n} av 7`, thanks: 'Tack för dina svar!', back: 'Föregående' },
  ar: { step: (n: number) => `الخطوة ${n} من 7`, thanks: 'شكرًا على إجاباتك!', back: 'السابق' },
};

describe('answering the patient survey with the keyboard', () => {
  const runs = [
    { lang: 'sv', javaScript: true, unit: '1480' },
    { lang: 'sv', javaScript: false, unit: '1481' },
    { lang: 'ar', javaScript: true, unit: '1482' },
    { lang: 'ar', javaScript: false, unit: '1484' },
  ] as const;

  it.each(runs)('in $lang, JavaScript $javaScript: seven steps, back and forth, and a thank-you page', async ({ lang, javaScript, unit }) => {
    const { slug } = await createLink(samsyn.sql, cliActor, { questionnaireId: patientSurvey, orgUnitCode: unit });
    const page = await openPage({ javaScriptEnabled: javaScript });
    const t = texts[lang];
    expect((await page.goto(`${samsyn.url}/enkat/${slug}?sprak=${lang}`))?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await progress(page)).toBe(t.step(1));
    // axe-core runs as a script in the page, so it checks the runs with JavaScript (the markup is the same).
    if (javaScript) expect(await axeViolations(page)).toEqual([]);
    // Every question is a fieldset named by its legend.
    expect(await page.getByRole('group', { name: lang === 'sv' ? 'Hur var det att komma i kontakt med oss?' : 'كيف كان التواصل معنا؟' }).count()).toBe(1);

    await chooseRadio(page, 'tg_kontakt', 0);
    await chooseRadio(page, 'tg_vantetid', 1);
    await pressButton(page, 'fram');
    expect(await progress(page)).toBe(t.step(2));

    // Back and forward again: the first step's answers are still there.
    await pressButton(page, 'tillbaka');
    expect(await progress(page)).toBe(t.step(1));
    expect(await page.locator('#q-tg_kontakt-mycket_bra').isChecked()).toBe(true);
    expect(await page.locator('#q-tg_vantetid-ganska_bra').isChecked()).toBe(true);
    await pressButton(page, 'fram');

    await chooseRadio(page, 'ik_information', 0);
    await chooseRadio(page, 'ik_forklara', 2);
    await chooseRadio(page, 'ik_lakemedel', 4);
    await pressButton(page, 'fram');
    expect(await progress(page)).toBe(t.step(3));

    await chooseRadio(page, 'dl_bestamma', 1);
    expect(await page.locator('[data-question="dl_narstaende"]').isVisible()).toBe(false);
    await chooseRadio(page, 'dl_narstaende_ville', 0);
    if (!javaScript) {
      // Without JavaScript the question that depends on the answer is shown by the next post, on the same step.
      await pressButton(page, 'fram');
      expect(await progress(page)).toBe(t.step(3));
    }
    expect(await page.locator('[data-question="dl_narstaende"]').isVisible()).toBe(true);
    await chooseRadio(page, 'dl_narstaende', 0);
    await pressButton(page, 'fram');
    expect(await progress(page)).toBe(t.step(4));

    await chooseRadio(page, 'kk_samma_personal', 3);
    await chooseRadio(page, 'kk_vart_vanda', 0);
    await pressButton(page, 'fram');
    await chooseRadio(page, 'rb_bemotande', 0);
    await pressButton(page, 'fram');
    await chooseRadio(page, 'es_oro', 1);
    await pressButton(page, 'fram');
    expect(await progress(page)).toBe(t.step(7));
    if (javaScript) expect(await axeViolations(page)).toEqual([]);

    await chooseRadio(page, 'hi_helhet', 0);
    await tabTo(page, '#q-hi_hjalp_svara-narstaende');
    await page.keyboard.press('Space');
    await tabTo(page, '#q-hi_hjalp_svara-tolk');
    await page.keyboard.press('Space');
    await tabTo(page, '#q-hi_fritext');
    await page.keyboard.type('Bra bemötande. Ring mig gärna på 070-123 45 67.');
    await pressButton(page, 'skicka');

    expect(new URL(page.url()).pathname).toBe('/enkat/tack');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t.thanks);
    expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    if (javaScript) expect(await axeViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);

    const answers = await samsyn.sql<{ question_key: string; option_key: string | null; free_text: string | null }[]>`
      select a.question_key, a.option_key, a.free_text from survey_answer a join survey_response r on r.id = a.response_id
      where r.org_unit_code = ${unit} order by a.question_key, a.option_key`;
    expect(answers.map((a) => [a.question_key, a.option_key ?? a.free_text])).toEqual([
      ['dl_bestamma', 'ganska_bra'],
      ['dl_narstaende', 'mycket_bra'],
      ['dl_narstaende_ville', 'ja'],
      ['es_oro', 'ganska_bra'],
      ['hi_fritext', 'Bra bemötande. Ring mig gärna på [telefonnummer].'],
      ['hi_helhet', 'mycket_bra'],
      ['hi_hjalp_svara', 'narstaende'],
      ['hi_hjalp_svara', 'tolk'],
      ['ik_forklara', 'ganska_daligt'],
      ['ik_information', 'mycket_bra'],
      ['ik_lakemedel', 'vet_inte'],
      ['kk_samma_personal', 'mycket_daligt'],
      ['kk_vart_vanda', 'ja'],
      ['rb_bemotande', 'mycket_bra'],
      ['tg_kontakt', 'mycket_bra'],
      ['tg_vantetid', 'ganska_bra'],
    ]);
  });
});

describe('the response page', () => {
  it('shows an error summary that links to the question, and keeps the answers when the language changes', async () => {
    const { slug } = await createLink(samsyn.sql, cliActor, { questionnaireId: discharge, orgUnitCode: '1485' });
    const page = await openPage();
    await page.goto(`${samsyn.url}/enkat/${slug}`);
    expect(await progress(page).catch(() => '')).toBe('Steg 1 av 2');
    await pressButton(page, 'fram');
    expect(await page.title()).toBe('Fel: Hur var det att komma hem? – Samsyn');
    const summary = page.getByRole('alert');
    expect(await summary.innerText()).toContain('Svara på frågan: Kände du dig trygg när du kom hem?');
    expect(await focused(page, '.error-summary')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, '.error-summary a');
    await page.keyboard.press('Enter');
    expect(await focused(page, '#q-trygg_hemgang-ja')).toBe(true);

    await page.keyboard.press('Space');
    await chooseRadio(page, 'uh_planering', 1);
    await tabTo(page, 'button[value="sprak:ar"]');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getByRole('group', { name: 'هل شعرت بالأمان عندما عدت إلى المنزل؟ (مطلوب)' }).count()).toBe(1);
    expect(await page.locator('#q-trygg_hemgang-ja').isChecked()).toBe(true);
    expect(await page.locator('#q-uh_planering-ganska_bra').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a filled-in honeypot and an unknown link with a clear message', async () => {
    const { slug } = await createLink(samsyn.sql, cliActor, { questionnaireId: discharge, orgUnitCode: '1486' });
    const page = await openPage();
    await page.goto(`${samsyn.url}/enkat/${slug}`);
    await page.locator('#q-trygg_hemgang-ja').check();
    await page.locator('#survey-trap').fill('http://spam.example');
    await pressButton(page, 'fram');
    expect(await page.getByRole('alert').innerText()).toContain('fältet ”Lämna det här fältet tomt” var ifyllt');

    const missing = await page.goto(`${samsyn.url}/enkat/finns-inte-alls`);
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Det gick inte att svara');
    expect(await page.getByText('Vi hittar ingen enkät på den här adressen.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('answers with a single-use code once, and kindly refuses the code the second time', async () => {
    const { codes } = await generateCodes(samsyn.sql, cliActor, {
      questionnaireId: discharge,
      orgUnitCode: '1487',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      count: 1,
    });
    const page = await openPage();
    await page.goto(`${samsyn.url}/enkat/kod`);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, '#kod');
    await page.keyboard.type(codes[0]!.toLowerCase());
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).search).not.toContain(codes[0]!.slice(0, 4)); // never in the address
    await chooseRadio(page, 'trygg_hemgang', 0);
    await pressButton(page, 'fram');
    await tabTo(page, '#q-uh_fritext');
    await page.keyboard.type('Min dotter 19121212-1212 hjälpte mig.');
    await pressButton(page, 'skicka');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tack för dina svar!');

    await page.goto(`${samsyn.url}/enkat/kod`);
    await page.locator('#kod').fill(codes[0]!);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.getByRole('alert').innerText()).toContain('Koden har redan använts.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('stores nothing of the browser: no address, user agent, personal number or time', async () => {
    const { slug } = await createLink(samsyn.sql, cliActor, { questionnaireId: discharge, orgUnitCode: '1488' });
    // Markers with letters outside 0–9a–f, so that no random response id (a UUID, hex digits) can contain one.
    const userAgent = 'Mozilla/5.0 (Anonymitetstest Pluto-Quark)';
    const page = await openPage({ userAgent, javaScriptEnabled: false });
    await page.goto(`${samsyn.url}/enkat/${slug}`);
    await page.locator('#q-trygg_hemgang-nej').check();
    await pressButton(page, 'fram');
    await page.locator('#q-uh_fritext').fill('Mejla anna@example.se eller ring +46 70 765 43 21, pnr 201212121212.');
    await pressButton(page, 'skicka');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tack för dina svar!');

    const cookies = await page.context().cookies();
    expect(cookies).toEqual([]);
    const now = new Date();
    const secrets = ['Anonymitetstest', 'Pluto-Quark', '127.0.0.1', 'anna@', '765 43 21', '201212121212', now.toISOString().slice(0, 13)];
    const found = (await surveyTableValues(samsyn.sql)).filter(({ value }) => secrets.some((s) => value.includes(s)));
    expect(found).toEqual([]);
  });

  it('loads at most 30 KB of JavaScript (gzip), and works without it', async () => {
    const { slug } = await createLink(samsyn.sql, cliActor, { questionnaireId: patientSurvey, orgUnitCode: '1489' });
    const page = await openPage();
    const scripts: Buffer[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.body());
    });
    await page.goto(`${samsyn.url}/enkat/${slug}`, { waitUntil: 'networkidle' });
    const inline = await page.locator('script:not([src])').allInnerTexts();
    const bytes = [...scripts, ...inline.map((s) => Buffer.from(s))].reduce((sum, body) => sum + gzipSync(body).length, 0);
    console.log(`JavaScript of /enkat/[slug]: ${scripts.length} files + ${inline.length} inline, ${bytes} bytes gzip`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });
});
