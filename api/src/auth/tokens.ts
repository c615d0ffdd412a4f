import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies and one-time password links. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** Tokens are stored only as this hash, so the database alone cannot be used to log in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
