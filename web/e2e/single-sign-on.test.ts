import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Provider from 'oidc-provider';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config.ts';
import { startSamsyn, type RunningSamsyn } from '../../api/src/server.ts';
import { createTestUser } from '../../api/src/testing/users.ts';
import { launchChromium } from './browser.ts';

/**
 * Single sign-on end to end: a real OpenID provider (oidc-provider, with its development login and
 * consent pages) on one loopback port, Samsyn on another, and Chromium walking through the flow.
 */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let provider: Server;
let samsyn: RunningSamsyn;
let dataDir: string;
let browser: Browser;
let samsynUrl: string;

beforeAll(async () => {
  const [providerPort, samsynPort] = [await freePort(), await freePort()];
  const issuer = `http://127.0.0.1:${providerPort}`;
  samsynUrl = `http://127.0.0.1:${samsynPort}`;
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: 'samsyn',
        client_secret: 'testhemlighet-som-ar-lang-nog',
        redirect_uris: [`${samsynUrl}/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    cookies: { keys: ['oidc-test-nyckel'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: `${id}@vgregion.se`, email_verified: true, name: `${id} Testsson` }),
    }),
  });
  provider = oidc.listen(providerPort);

  dataDir = await mkdtemp(join(tmpdir(), 'samsyn-sso-'));
  const config = loadConfig({
    PORT: String(samsynPort),
    SAMSYN_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SAMSYN_DEMO: '0',
    SAMSYN_PUBLIC_URL: samsynUrl,
    SAMSYN_OIDC_ISSUER: issuer,
    SAMSYN_OIDC_CLIENT_ID: 'samsyn',
    SAMSYN_OIDC_CLIENT_SECRET: 'testhemlighet-som-ar-lang-nog',
    SAMSYN_OIDC_NAME: 'VGR-ID',
  });
  [samsyn, browser] = await Promise.all([startSamsyn(config), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await samsyn?.close();
  provider?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Logs in at the provider as `login` and returns the context, now back at Samsyn. */
async function signInAs(login: string, redirectTo = '/'): Promise<{ context: BrowserContext; landedOn: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${samsynUrl}/auth/oidc/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('valfritt');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click(); // consent
  await page.waitForURL((url) => url.origin === samsynUrl);
  return { context, landedOn: page.url() };
}

async function me(context: BrowserContext) {
  const response = await context.request.post(`${samsynUrl}/graphql`, {
    data: { query: '{ me { email displayName usesSingleSignOn grants { role } } }' },
  });
  return ((await response.json()) as { data: { me: unknown } }).data.me;
}

describe('single sign-on with OpenID Connect', () => {
  it('is announced to the login page', async () => {
    const response = await fetch(`${samsynUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ singleSignOn { enabled providerName loginPath } }' }),
    });
    expect(await response.json()).toEqual({
      data: { singleSignOn: { enabled: true, providerName: 'VGR-ID', loginPath: '/auth/oidc/login' } },
    });
  });

  it('provisions a new person on first login, with no role, and returns them where they were going', async () => {
    const { context, landedOn } = await signInAs('anna', '/konto?x=1');
    expect(landedOn).toBe(`${samsynUrl}/konto?x=1`);
    expect(await me(context)).toEqual({ email: 'anna@vgregion.se', displayName: 'anna Testsson', usesSingleSignOn: true, grants: [] });
    const cookies = await context.cookies(samsynUrl);
    expect(cookies.find((c) => c.name === 'samsyn_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await context.close();

    const again = await signInAs('anna');
    expect(await me(again.context)).toMatchObject({ email: 'anna@vgregion.se' });
    await again.context.close();
    const accounts = await samsyn.sql`select count(*)::int as n from app_user where email = 'anna@vgregion.se'`;
    expect(accounts[0]?.n).toBe(1);
    const audit = await samsyn.sql`select actor, action from audit_log where entity_type = 'user' order by id`;
    expect(audit.map((r) => `${r.actor} ${r.action}`)).toEqual([
      'system user.create',
      'anna@vgregion.se session.login_sso',
      'anna@vgregion.se session.login_sso',
    ]);
  });

  it('links an existing account with the same verified e-mail address, keeping its roles', async () => {
    await createTestUser(samsyn.sql, 'bertil@vgregion.se', { role: 'admin', orgUnitCode: null });
    const { context } = await signInAs('bertil');
    expect(await me(context)).toMatchObject({ email: 'bertil@vgregion.se', usesSingleSignOn: true, grants: [{ role: 'ADMIN' }] });
    await context.close();
  });

  it('refuses a disabled account and a callback that was not started here', async () => {
    await samsyn.sql`update app_user set disabled_at = now() where email = 'anna@vgregion.se'`;
    const { context, landedOn } = await signInAs('anna');
    expect(landedOn).toBe(`${samsynUrl}/logga-in?fel=sso-avstangt`);
    expect(await me(context)).toBeNull();
    await context.close();

    const forged = await fetch(`${samsynUrl}/auth/oidc/callback?code=abc&state=xyz`, { redirect: 'manual' });
    expect(forged.status).toBe(302);
    expect(forged.headers.get('location')).toBe('/logga-in?fel=sso');
    expect(forged.headers.getSetCookie().some((c) => c.startsWith('samsyn_session='))).toBe(false);
  });
});
