import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { recordAudit } from '../audit/record.ts';
import { needsSecureCookie, sessionCookie } from '../auth/cookies.ts';
import type { OidcLogin } from '../auth/oidc.ts';
import { createSession } from '../auth/sessions.ts';
import { userForSingleSignOn } from '../auth/users.ts';
import type { SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import type { Logger } from '../logger.ts';

export const oidcLoginPath = '/auth/oidc/login';
const loginCookie = 'samsyn_oidc';

/** Only paths on this site: a login must never end on someone else's page (open redirect). */
export function safeRedirectTarget(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

/**
 * The browser side of single sign-on: /auth/oidc/login sends the browser to the provider, and
 * /auth/oidc/callback brings it back with a code, which becomes a Samsyn session. Failures end on
 * the login page with a reason code the web explains (?fel=sso or ?fel=sso-avstangt).
 */
export function oidcRoutes(options: { sql: SqlPool; logger: Logger; oidc: OidcLogin }): Hono {
  const { sql, logger, oidc } = options;
  const routes = new Hono();

  routes.get('/login', async (c) => {
    try {
      const { loginId, authorizationUrl } = await oidc.start(sql, safeRedirectTarget(c.req.query('redirectTo')));
      setCookie(c, loginCookie, loginId, {
        httpOnly: true,
        secure: needsSecureCookie(c.req.url),
        sameSite: 'Lax', // the provider sends the browser back with a top-level GET
        path: '/auth/oidc',
        maxAge: 600,
      });
      return c.redirect(authorizationUrl.href, 302);
    } catch (error) {
      logger.warn({ err: error, requestId: c.get('requestId') }, 'single sign-on could not start');
      return c.redirect('/logga-in?fel=sso', 302);
    }
  });

  routes.get('/callback', async (c) => {
    const loginId = getCookie(c, loginCookie);
    deleteCookie(c, loginCookie, { path: '/auth/oidc' });
    try {
      if (!loginId) throw new Error('no login cookie');
      const query = new URL(c.req.url).search;
      const { identity, redirectTo } = await oidc.finish(sql, loginId, query);
      const token = await sql.begin(async (tx) => {
        const user = await userForSingleSignOn(tx, identity);
        await recordAudit(tx, { userId: user.id, label: user.email, requestId: c.get('requestId') }, {
          action: 'session.login_sso',
          entityType: 'user',
          entityId: user.id,
        });
        return createSession(tx, user.id);
      });
      c.header('Set-Cookie', sessionCookie(token, needsSecureCookie(c.req.url)), { append: true });
      return c.redirect(redirectTo, 302);
    } catch (error) {
      const reason = error instanceof UserFacingError && error.code === 'ACCOUNT_DISABLED' ? 'sso-avstangt' : 'sso';
      logger.warn({ err: error, requestId: c.get('requestId') }, 'single sign-on failed');
      return c.redirect(`/logga-in?fel=${reason}`, 302);
    }
  });

  return routes;
}
