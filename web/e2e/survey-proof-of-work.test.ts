import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../api/src/audit/record.ts';
import { createLink } from '../../api/src/surveys/links.ts';
import { launchChromium } from './browser.ts';
import { axeViolations } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

/**
 * An open link that asks for a proof of work: with JavaScript the page's script solves the challenge and the
 * response is taken; without it the last step says so in Swedish before sending, and the refusal says it again.
 */

let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;
let slug: string;

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn(), launchChromium()]);
  const [discharge] = await samsyn.sql<{ id: string }[]>`select id::text as id from questionnaire where key = 'efter-utskrivning'`;
  ({ slug } = await createLink(samsyn.sql, cliActor, { questionnaireId: discharge!.id, orgUnitCode: '1488', proofOfWork: true }));
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

const stored = async () => (await samsyn.sql<{ n: number }[]>`select count(*)::int as n from survey_response where org_unit_code = '1488'`)[0]!.n;

/** Answers the required question and goes to the last step. */
async function toLastStep(page: Page): Promise<void> {
  await page.goto(`${samsyn.url}/enkat/${slug}`);
  await page.locator('input[name="trygg_hemgang"][value="ja"]').check();
  for (let i = 0; i < 5 && (await page.locator('button[value="skicka"]').count()) === 0; i++) {
    await Promise.all([page.waitForEvent('load'), page.locator('button[value="fram"]').click()]);
  }
  expect(await page.locator('button[value="skicka"]').count()).toBe(1);
}

describe('an open link with a proof of work', () => {
  it('takes the response when the page’s script has solved the challenge', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const before = await stored();
    await toLastStep(page);
    expect(await page.locator('form[data-pow]').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // Sent at once: the script holds the post until the challenge is solved.
    await Promise.all([page.waitForURL(/\/enkat\/tack/), page.locator('button[value="skicka"]').click()]);
    expect((await stored()) - before).toBe(1);
    await context.close();
  });

  it('tells a visitor without JavaScript in Swedish, before and after sending, and stores nothing (axe needs JavaScript, so not here)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const before = await stored();
    await toLastStep(page);
    expect(await page.getByText(/automatisk kontroll mot skräpsvar när du skickar, och den behöver JavaScript/).count()).toBe(1);
    await Promise.all([page.waitForEvent('load'), page.locator('button[value="skicka"]').click()]);
    expect(await page.getByText(/^Dina svar är inte skickade\. Den här enkäten gör en automatisk kontroll mot skräpsvar som behöver JavaScript\./).count()).toBe(1);
    expect(await stored()).toBe(before);
    await context.close();
  });
});
