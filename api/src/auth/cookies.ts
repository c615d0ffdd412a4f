import { parse, serialize } from 'hono/utils/cookie';
import { isLocalhost } from '../http/localhost.ts';
import { sessionCookieName, sessionPolicy } from './sessions.ts';

export function needsSecureCookie(url: string): boolean {
  return new URL(url).protocol === 'https:' || !isLocalhost(url);
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
