import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, testPassword } from '../../api/src/testing/users.ts';
import { launchChromium } from './browser.ts';
import { axeViolations, closePage as close, logIn as logInAt, mainMenu, openPage as openPageIn, pathOf } from './pages.ts';
import { startTestSamsyn } from './samsyn.ts';

let samsyn: Awaited<ReturnType<typeof startTestSamsyn>>;
let browser: Browser;

const admin = 'admin@example.se';
const editor = 'redaktor@example.se';
const reviewer = 'granskare@example.se';
const changer = 'byter@example.se';

beforeAll(async () => {
  [samsyn, browser] = await Promise.all([startTestSamsyn(), launchChromium()]);
  await createTestUser(samsyn.sql, admin, { role: 'admin', orgUnitCode: null });
  await createTestUser(samsyn.sql, editor, { role: 'editor', orgUnitCode: 'GR' });
  await createTestUser(samsyn.sql, reviewer, { role: 'reviewer', orgUnitCode: '1480' });
  await createTestUser(samsyn.sql, changer, { role: 'viewer', orgUnitCode: '14' });
});
afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
});

const url = (path: string) => `${samsyn.url}${path}`;
const openPage = () => openPageIn(browser);
const logIn = (page: Page, email: string, password?: string) => logInAt(page, samsyn.url, email, password);

describe('logging in and the menu by role', () => {
  it('an editor sees the workspace for Göteborgsregionen, but not the review or the administration', async () => {
    const page = await openPage();
    await logIn(page, editor);
    expect(pathOf(page)).toBe('/');
    expect(await mainMenu(page)).toEqual(['Start', 'Översikt', 'Rapporter', 'Mitt konto', 'Arbetsyta', 'Enkäter']);
    expect(await page.getByRole('link', { name: 'redaktor' }).getAttribute('href')).toBe('/konto');

    await page.getByRole('link', { name: 'Arbetsyta' }).click();
    expect(pathOf(page)).toBe('/arbetsyta');
    expect(await page.getByRole('link', { name: 'Arbetsyta' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBeNull();
    expect(await page.getByText('Du arbetar för: Göteborgsregionen.').count()).toBe(1);
    expect(await page.getByText('Det finns inga rapportutkast ännu.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    for (const path of ['/granskning', '/admin/anvandare', '/admin/handelselogg']) {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(403);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Du har inte behörighet till sidan');
    }
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it('a reviewer sees the review for Göteborg, but not the workspace', async () => {
    const page = await openPage();
    await logIn(page, reviewer);
    expect(await mainMenu(page)).toEqual(['Start', 'Översikt', 'Rapporter', 'Mitt konto', 'Enkätresultat', 'Granskning']);

    await page.goto(url('/granskning'));
    expect(await page.getByText('Du granskar för: Göteborg.').count()).toBe(1);
    expect(await page.getByText('Inga rapporter väntar på granskning.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    expect((await page.goto(url('/arbetsyta')))?.status()).toBe(403);
    await close(page);
  });

  it('sends anonymous visitors to the login page and back to where they were going', async () => {
    const page = await openPage();
    await page.goto(url('/arbetsyta'));
    expect(pathOf(page)).toBe('/logga-in?redirectTo=%2Farbetsyta');
    expect(await mainMenu(page)).toEqual(['Start', 'Översikt', 'Rapporter']);
    await logIn(page, editor);
    expect(pathOf(page)).toBe('/arbetsyta');

    // Logged in already: the login page leads to the account.
    await page.goto(url('/logga-in'));
    expect(pathOf(page)).toBe('/konto');
    await close(page);
  });

  it('does not redirect to another site after logging in', async () => {
    const page = await openPage();
    await page.goto(url('/logga-in?redirectTo=%2F%2Fevil.example%2F'));
    await logIn(page, editor);
    expect(page.url()).toBe(url('/'));
    await close(page);
  });

  it('shows a Swedish error for a wrong password, keeps the e-mail and forgets the password', async () => {
    const page = await openPage();
    await page.goto(url('/logga-in'));
    expect(await page.title()).toBe('Logga in – Samsyn');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('E-postadress').fill(reviewer);
    await page.getByLabel('Lösenord', { exact: true }).fill('fel lösenord helt enkelt');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForLoadState();

    expect(await page.title()).toBe('Fel: Logga in – Samsyn');
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('heading').innerText()).toBe('Det finns problem');
    const error = 'Fel e-postadress eller lösenord. Kontrollera att du har skrivit rätt.';
    expect(await summary.getByRole('link', { name: error }).getAttribute('href')).toBe('#email');
    // The summary has the focus, so screen readers read it first.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);

    const email = page.getByLabel('E-postadress');
    expect(await email.inputValue()).toBe(reviewer);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toBe('email-error');
    expect(await page.locator('#email-error').innerText()).toContain(error);
    expect(await page.getByLabel('Lösenord', { exact: true }).inputValue()).toBe('');
    expect(await page.content()).not.toContain('fel lösenord helt enkelt');
    expect(await axeViolations(page)).toEqual([]);

    // Empty fields are checked on the server too (the form has novalidate).
    await page.getByLabel('E-postadress').fill('');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').getByRole('link').allInnerTexts()).toEqual([
      'Ange din e-postadress',
      'Ange ditt lösenord',
    ]);
    await close(page);
  });

  it('speaks English when asked to', async () => {
    const page = await openPage();
    await page.goto(url('/logga-in?lang=en'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('E-mail address').fill(reviewer);
    await page.getByLabel('Password', { exact: true }).fill('still not the password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForLoadState();
    expect(await page.title()).toBe('Error: Log in – Samsyn');
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe(
      'Wrong e-mail address or password. Check that you have typed them correctly.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it('can log in with the keyboard only: Tab, typing and Enter', async () => {
    const page = await openPage();
    await page.goto(url('/logga-in'));
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'email') break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.keyboard.type(editor);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await page.keyboard.type(testPassword);
    await Promise.all([page.waitForURL(url('/')), page.keyboard.press('Enter')]);
    expect(await mainMenu(page)).toContain('Arbetsyta');
    await close(page);
  });

  it('logs out with the header button, and the session is gone', async () => {
    const page = await openPage();
    await logIn(page, reviewer);
    const cookies = async () => (await page.context().cookies()).map((c) => c.name);
    expect(await cookies()).toContain('samsyn_session');
    const session = (await page.context().cookies()).find((c) => c.name === 'samsyn_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    await Promise.all([page.waitForURL(url('/')), page.getByRole('button', { name: 'Logga ut' }).click()]);
    expect(await cookies()).not.toContain('samsyn_session');
    expect(await page.getByRole('link', { name: 'Logga in' }).count()).toBe(1);
    expect(await mainMenu(page)).toEqual(['Start', 'Översikt', 'Rapporter']);

    await page.goto(url('/konto'));
    expect(pathOf(page)).toBe('/logga-in?redirectTo=%2Fkonto');
    await close(page);
  });
});

describe('security headers', () => {
  it('sends the CSP and the other headers, and no caching for logged-in pages', async () => {
    const page = await openPage();
    const anonymous = await page.goto(url('/'));
    const headers = anonymous!.headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("style-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
    expect(headers['strict-transport-security']).toBeUndefined(); // 127.0.0.1: no TLS to insist on
    expect(headers['cache-control']).toBeUndefined();

    await logIn(page, editor);
    const loggedIn = await page.goto(url('/konto'));
    expect(loggedIn!.headers()['cache-control']).toBe('private, no-store');
    await close(page);
  });

  it('refuses form posts from other sites', async () => {
    const response = await fetch(url('/logga-in'), {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: editor, password: testPassword }),
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe('my account', () => {
  it('shows the roles, changes the password (checked on the server) and logs out everywhere', async () => {
    const page = await openPage();
    const other = await openPage();
    await logIn(page, changer);
    await logIn(other, changer);

    await page.goto(url('/konto'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Mitt konto');
    const roles = page.getByRole('table', { name: 'Dina roller' });
    expect(await roles.getByRole('row').nth(1).innerText()).toMatch(/Läsare\s+Västra Götalands län/);
    expect(await axeViolations(page)).toEqual([]);

    const newPassword = 'ett nytt och långt lösenord';
    await page.getByLabel('Nuvarande lösenord').fill(testPassword);
    await page.getByLabel('Nytt lösenord').fill(newPassword);
    await page.getByLabel('Upprepa det nya lösenordet').fill('något annat');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').innerText()).toContain('Lösenorden är inte likadana.');
    expect(await page.getByLabel('Upprepa det nya lösenordet').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Nuvarande lösenord').fill(testPassword);
    await page.getByLabel('Nytt lösenord').fill(newPassword);
    await page.getByLabel('Upprepa det nya lösenordet').fill(newPassword);
    await Promise.all([page.waitForURL(url('/konto?klart=losenord')), page.getByRole('button', { name: 'Byt lösenord' }).click()]);
    expect(await page.getByRole('status').innerText()).toBe('Ditt lösenord är bytt. Du har loggats ut på dina andra enheter.');

    // The other browser was logged out by the change.
    await other.goto(url('/konto'));
    expect(pathOf(other)).toBe('/logga-in?redirectTo=%2Fkonto');
    await logIn(other, changer, newPassword);

    await Promise.all([
      page.waitForURL(url('/logga-in?klart=overallt')),
      page.getByRole('button', { name: 'Logga ut på alla enheter' }).click(),
    ]);
    expect(await page.getByRole('status').innerText()).toBe('Du är utloggad på alla enheter.');
    await other.goto(url('/konto'));
    expect(pathOf(other)).toBe('/logga-in?redirectTo=%2Fkonto');
    await close(page);
    await close(other);
  });
});

/** These tests build on each other, in order: the audit log shows what the first one did. */
describe('administration', () => {
  it('an admin creates an account, grants a role and a password link; the new user sets a password and logs in', async () => {
    const page = await openPage();
    await logIn(page, admin);
    expect(await mainMenu(page)).toEqual(['Start', 'Översikt', 'Rapporter', 'Mitt konto', 'Arbetsyta', 'Enkäter', 'Importer', 'Granskning', 'Användare', 'Händelselogg']);

    await page.getByRole('link', { name: 'Användare' }).click();
    expect(pathOf(page)).toBe('/admin/anvandare');
    expect(await axeViolations(page)).toEqual([]);

    const created = page.getByRole('region', { name: 'Skapa konto' });
    await created.getByLabel('E-postadress').fill('Ny.Person@Example.se');
    await created.getByLabel('Namn').fill('Ny Person');
    await created.getByRole('button', { name: 'Skapa kontot' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').innerText()).toBe(
      'Kontot för ny.person@example.se är skapat. Ge det en roll och skapa en lösenordslänk.',
    );
    const row = page.getByRole('table', { name: 'Alla konton' }).getByRole('row').filter({ hasText: 'ny.person@example.se' });
    expect(await row.innerText()).toMatch(/ny\.person@example\.se\s+Ny Person\s+Inga roller\s+Aktiv\s+Inget lösenord ännu/);

    // The same address again: the API's EMAIL_TAKEN, translated, at the field.
    await created.getByLabel('E-postadress').fill('ny.person@example.se');
    await created.getByRole('button', { name: 'Skapa kontot' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe('Det finns redan ett konto med den e-postadressen.');
    expect(await axeViolations(page)).toEqual([]);

    const account = page.getByRole('region', { name: 'ny.person@example.se' });
    // A role other than admin needs an organisation: checked on the server.
    await account.getByLabel('Roll', { exact: true }).selectOption({ label: 'Redaktör' });
    await account.getByRole('button', { name: 'Ge rollen' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').innerText()).toContain('Välj den organisation som rollen ska gälla');
    expect(await account.getByLabel('Organisation').getAttribute('aria-invalid')).toBe('true');
    expect(await account.getByLabel('Roll', { exact: true }).inputValue()).toBe('EDITOR');

    await account.getByLabel('Organisation').selectOption({ label: 'Göteborgsregionen' });
    await account.getByRole('button', { name: 'Ge rollen' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').innerText()).toBe('ny.person@example.se har fått rollen.');
    expect(await row.innerText()).toContain('Redaktör – Göteborgsregionen');

    // A second role, then revoke it again.
    await account.getByLabel('Roll', { exact: true }).selectOption({ label: 'Granskare' });
    await account.getByLabel('Organisation').selectOption({ label: 'Borås' });
    await account.getByRole('button', { name: 'Ge rollen' }).click();
    await page.waitForLoadState();
    expect(await row.innerText()).toContain('Granskare – Borås');
    await account.getByRole('button', { name: 'Ta bort Granskare – Borås' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').innerText()).toBe('Rollen är borttagen från ny.person@example.se.');
    expect(await row.innerText()).not.toContain('Borås');

    await account.getByRole('button', { name: 'Skapa lösenordslänk' }).click();
    await page.waitForLoadState();
    const link = await page.getByLabel('Länk', { exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${samsyn.url}/konto/losenord\\?token=[\\w%-]+$`));
    expect(await page.getByText('Länken gäller i 24 timmar och visas bara nu.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);

    // The new user, in a browser of their own.
    const newcomer = await openPage();
    await newcomer.goto(link);
    expect(await newcomer.getByRole('heading', { level: 1 }).innerText()).toBe('Välj lösenord');
    // The token is in the address: it must not travel on as a referrer.
    expect((await newcomer.reload())?.headers()['referrer-policy']).toBe('strict-origin');
    expect(await axeViolations(newcomer)).toEqual([]);
    await newcomer.getByLabel('Nytt lösenord').fill('kort');
    await newcomer.getByLabel('Upprepa det nya lösenordet').fill('kort');
    await newcomer.getByRole('button', { name: 'Spara lösenordet' }).click();
    await newcomer.waitForLoadState();
    expect(await newcomer.getByRole('alert').innerText()).toContain('Lösenordet måste ha minst 12 och högst 256 tecken.');
    expect(await axeViolations(newcomer)).toEqual([]);

    const chosen = 'min egen fina lösenordsmening';
    await newcomer.getByLabel('Nytt lösenord').fill(chosen);
    await newcomer.getByLabel('Upprepa det nya lösenordet').fill(chosen);
    await newcomer.getByRole('button', { name: 'Spara lösenordet' }).click();
    await newcomer.waitForLoadState();
    expect(pathOf(newcomer)).toBe('/konto/losenord?klart=sparat');
    expect(await newcomer.getByRole('heading', { level: 1 }).innerText()).toBe('Lösenordet är sparat');

    await newcomer.getByRole('main').getByRole('link', { name: 'Logga in' }).click();
    await logIn(newcomer, 'ny.person@example.se', chosen);
    expect(await mainMenu(newcomer)).toEqual(['Start', 'Översikt', 'Rapporter', 'Mitt konto', 'Arbetsyta', 'Enkäter']);

    // The link works once.
    await newcomer.goto(link);
    await newcomer.getByLabel('Nytt lösenord').fill(chosen);
    await newcomer.getByLabel('Upprepa det nya lösenordet').fill(chosen);
    await newcomer.getByRole('button', { name: 'Spara lösenordet' }).click();
    await newcomer.waitForLoadState();
    expect(await newcomer.getByRole('heading', { level: 1 }).innerText()).toBe('Länken går inte att använda');
    expect(await axeViolations(newcomer)).toEqual([]);
    await close(newcomer);
  });

  it('the audit log lists the admin’s actions, filters them and exports them as CSV', async () => {
    const page = await openPage();
    await logIn(page, admin);
    await page.goto(url('/admin/handelselogg'));
    expect(await axeViolations(page)).toEqual([]);

    const table = page.getByRole('table', { name: 'Händelser' });
    const byAdmin = table.locator('tbody tr').filter({ has: page.locator('td:nth-child(2)', { hasText: admin }) });
    expect(await byAdmin.filter({ hasText: 'Konto skapat' }).count()).toBe(1);
    expect(await byAdmin.filter({ hasText: 'Roll given' }).count()).toBe(2);
    expect(await byAdmin.filter({ hasText: 'Roll borttagen' }).count()).toBe(1);
    expect(await byAdmin.filter({ hasText: 'Länk för att välja lösenord skapad' }).count()).toBe(1);
    expect(await byAdmin.filter({ hasText: 'Konto skapat' }).innerText()).toContain('E-postadress: ny.person@example.se');
    expect(await byAdmin.filter({ hasText: 'Roll borttagen' }).innerText()).toMatch(
      /Roller:\s+(före\s+)?Redaktör – Göteborgsregionen, Granskare – Borås\s*→\s*(efter\s+)?Redaktör – Göteborgsregionen/,
    );
    // Times in Swedish time, as the API's UTC instant.
    const time = table.locator('time').first();
    expect(await time.innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    await page.getByLabel('Händelse', { exact: true }).fill('role.');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForLoadState();
    expect(pathOf(page)).toBe('/admin/handelselogg?aktor=&handelse=role.&objekttyp=&objektid=&fran=&till=');
    const actions = await table.locator('tbody tr td:nth-child(3) code').allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((action) => action.startsWith('role.'))).toBe(true);

    const exportLink = page.getByRole('link', { name: 'Exportera som CSV' });
    expect(await exportLink.getAttribute('href')).toBe('/admin/handelselogg.csv?handelse=role.');
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^handelselogg-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('tid;aktör;händelse;objekttyp;objekt-id;organisation;ändringar;request-id');
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    expect(rows.length).toBe(actions.length);
    expect(rows.every((row) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00;/.test(row))).toBe(true);
    expect(rows.filter((row) => row.includes(`;${admin};role.grant;user;`))).toHaveLength(2);
    expect(rows.some((row) => row.includes(';GR;"{""grants"": ['))).toBe(true);

    // Invalid dates are explained, not sent to the API.
    await page.goto(url('/admin/handelselogg?fran=2026-02-30'));
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe(
      'Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-31',
    );
    expect(await axeViolations(page)).toEqual([]);

    // An empty result has its own message.
    await page.goto(url('/admin/handelselogg?aktor=ingen%40example.se'));
    expect(await page.getByText('Inga händelser hittades.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // More than a page (50): "Visa äldre" continues where the page ended, with the same filter.
    await samsyn.sql`
      insert into audit_log (actor, action, entity_type, entity_id)
      select 'system', 'test.bulk', 'test', n::text from generate_series(1, 55) as n`;
    await page.goto(url('/admin/handelselogg?handelse=test.'));
    expect(await table.locator('tbody tr').count()).toBe(50);
    expect(await page.getByRole('link', { name: 'Till de senaste händelserna' }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Bläddra bland händelserna' }).getByRole('link', { name: 'Visa äldre händelser' }).click();
    await page.waitForLoadState();
    expect(pathOf(page)).toMatch(/^\/admin\/handelselogg\?handelse=test\.&fore=\d+$/);
    expect(await table.locator('tbody tr').count()).toBe(5);
    expect(await page.getByRole('link', { name: 'Visa äldre händelser' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Till de senaste händelserna' }).getAttribute('href')).toBe(
      '/admin/handelselogg?handelse=test.',
    );
    await close(page);
  });

  it('an admin disables an account after one more step, and it can no longer log in', async () => {
    const page = await openPage();
    await logIn(page, admin);
    await page.goto(url('/admin/anvandare'));
    const account = page.getByRole('region', { name: changer });
    const disable = account.getByRole('button', { name: `Stäng av kontot ${changer}` });
    expect(await disable.isVisible()).toBe(false); // inside a closed <details>
    await account.getByText('Stäng av kontot', { exact: true }).click();
    await disable.click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').innerText()).toBe(`Kontot för ${changer} är avstängt.`);
    const row = page.getByRole('table', { name: 'Alla konton' }).getByRole('row').filter({ hasText: changer });
    expect(await row.innerText()).toContain('Avstängd');
    expect(await account.getByText('Kontot är avstängt. Personen kan inte logga in.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);

    const former = await openPage();
    await former.goto(url('/logga-in'));
    await former.getByLabel('E-postadress').fill(changer);
    await former.getByLabel('Lösenord', { exact: true }).fill('ett nytt och långt lösenord');
    await former.getByRole('button', { name: 'Logga in' }).click();
    await former.waitForLoadState();
    expect(await former.getByRole('alert').innerText()).toContain('Fel e-postadress eller lösenord.');
    await close(former);
  });

  it('the CSV export needs an admin', async () => {
    const page = await openPage();
    const anonymous = await page.request.get(url('/admin/handelselogg.csv'), { maxRedirects: 0 });
    expect(anonymous.status()).toBe(303);
    expect(anonymous.headers()['location']).toBe('/logga-in?redirectTo=%2Fadmin%2Fhandelselogg.csv');

    await logIn(page, editor);
    const editorsExport = await page.request.get(url('/admin/handelselogg.csv'), { maxRedirects: 0 });
    expect(editorsExport.status()).toBe(303);
    expect(editorsExport.headers()['location']).toBe('/admin/handelselogg');
    await close(page);
  });
});
