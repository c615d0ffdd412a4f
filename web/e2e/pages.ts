import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { testPassword } from '../../api/src/testing/users.ts';

/**
 * Helpers shared by the browser tests. Console errors are collected per page: a CSP violation
 * shows up there ("Refused to apply inline style …"). Chromium also reports every 4xx page as a
 * failed resource; those are expected.
 */
const consoleErrors = new WeakMap<Page, string[]>();
const expectedStatus = /^Failed to load resource: the server responded with a status of 4\d\d /;

/** A page in a context of its own (axe-core needs one; cookies stay apart between users). */
export async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedStatus.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  consoleErrors.set(page, errors);
  return page;
}

/** Closes the page's context, failing the test if the page logged errors. */
export async function closePage(page: Page): Promise<void> {
  expect(consoleErrors.get(page), 'console errors (CSP violations?)').toEqual([]);
  await page.context().close();
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export const pathOf = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

/** Logs in through the login form, as a person would. */
export async function logIn(page: Page, baseUrl: string, email: string, password = testPassword): Promise<void> {
  if (!page.url().includes('/logga-in')) await page.goto(`${baseUrl}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/logga-in')),
    page.getByRole('button', { name: 'Logga in' }).click(),
  ]);
}

export function mainMenu(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allInnerTexts();
}
