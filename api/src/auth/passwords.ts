import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * OWASP's Argon2id minimum: 19 MiB memory, 2 iterations, parallelism 1. `Algorithm` is a const enum,
 * which isolated-module builds cannot read at run time: 2 is its Argon2id member, checked by the type.
 */
export const argon2Options = {
  algorithm: 2 satisfies Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const minPasswordLength = 12;
const maxPasswordLength = 256;

/** Returns a Swedish/English message when the password is not acceptable, else undefined. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < minPasswordLength) {
    return `Lösenordet måste ha minst ${minPasswordLength} tecken / the password needs at least ${minPasswordLength} characters`;
  }
  if (password.length > maxPasswordLength) {
    return `Lösenordet får ha högst ${maxPasswordLength} tecken / the password may have at most ${maxPasswordLength} characters`;
  }
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), argon2Options);
}

/**
 * Verifies a password. Without a stored hash (unknown e-mail, SSO-only account) it verifies
 * against a fixed dummy hash anyway, so the response time does not reveal which accounts exist.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  const target = storedHash ?? (await dummyHash());
  const matches = await verify(target, password.normalize('NFC')).catch(() => false);
  return Boolean(storedHash) && matches;
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash('samsyn-dummy-password-for-timing', argon2Options);
  return dummy;
}
