import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { isLocalhost } from './localhost.ts';

/**
 * Headers for API responses: JSON never needs to load anything or be framed, so the policy is
 * "nothing". HSTS only where HTTPS is expected, i.e. not on localhost.
 */
export function apiSecurityHeaders(): MiddlewareHandler[] {
  return [
    secureHeaders({
      strictTransportSecurity: false,
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xFrameOptions: 'DENY',
      referrerPolicy: 'strict-origin-when-cross-origin',
    }),
    async function strictTransportSecurity(c, next) {
      await next();
      if (!isLocalhost(c.req.url)) c.res.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    },
  ];
}
