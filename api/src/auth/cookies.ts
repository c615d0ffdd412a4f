import { parse, serialize } from 'hono/utils/cookie';
import { sessionCookieName, sessionPolicy } from './sessions.ts';

/** Localhost is the one place a session cookie may travel without TLS. */
export function needsSecureCookie(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

export function sessionTokenFrom(cookieHeader: string | null): string | undefined {
  return cookieHeader ? parse(cookieHeader, sessionCookieName)[sessionCookieName] : undefined;
}

/** httpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), Secure outside localhost. */
export function sessionCookie(token: string, secure: boolean): string {
  return serialize(sessionCookieName, token, {
    httpOnly: true,
    secure,
    sameSite: 'Lax',
    path: '/',
    maxAge: sessionPolicy.absoluteHours * 3600,
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize(sessionCookieName, '', { httpOnly: true, secure, sameSite: 'Lax', path: '/', maxAge: 0 });
}
