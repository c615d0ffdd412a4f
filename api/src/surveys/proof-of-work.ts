import { randomBytes } from 'node:crypto';
import { createChallenge, verifySolution } from 'altcha-lib/v1';
import type { Challenge, Payload } from 'altcha-lib/v1/types';

/**
 * Optional proof of work for open links (ALTCHA's SHA-256 scheme, self-hosted: no third-party service and no
 * request leaves the server). The server hands out a challenge signed with its HMAC key — a salt, and the SHA-256
 * of the salt followed by a secret number below `maxNumber` — and the response page's script finds the number by
 * trying them, a fraction of a second on a phone but real work for a robot sending thousands of responses. A
 * solution is accepted once: its signature is remembered until the challenge expires, in memory only, like the
 * rate limits. Nothing of it is stored with the response.
 */

export interface ProofOfWorkOptions {
  /** HMAC key (SAMSYN_SURVEY_POW_KEY); a random one per process when unset, so challenges die with the process. */
  hmacKey?: string | undefined;
  /** Every open link asks for the proof (SAMSYN_SURVEY_PROOF_OF_WORK=1); otherwise only links that say so. */
  allOpenLinks?: boolean;
  /** The secret number is below this: about half of it SHA-256 hashes on average. */
  maxNumber?: number;
  /** How long a challenge may be solved and sent: long enough to answer the last step slowly. */
  validForMs?: number;
}

export type ProofCheck = 'ok' | 'missing' | 'invalid';

export class ProofOfWork {
  readonly allOpenLinks: boolean;
  private readonly hmacKey: string;
  private readonly maxNumber: number;
  private readonly validForMs: number;
  /** Signatures of accepted solutions → when their challenge expires. */
  private readonly used = new Map<string, number>();

  constructor(options: ProofOfWorkOptions = {}) {
    this.hmacKey = options.hmacKey || randomBytes(32).toString('base64url');
    this.allOpenLinks = options.allOpenLinks ?? false;
    this.maxNumber = options.maxNumber ?? 50_000;
    this.validForMs = options.validForMs ?? 30 * 60 * 1000;
  }

  challenge(now = Date.now()): Promise<Challenge> {
    return createChallenge({ hmacKey: this.hmacKey, maxNumber: this.maxNumber, expires: new Date(now + this.validForMs) });
  }

  /** A solution as the page sends it: the base64 of ALTCHA's JSON payload. */
  async verify(solution: string | null | undefined, now = Date.now()): Promise<ProofCheck> {
    if (!solution) return 'missing';
    const payload = parsePayload(solution);
    if (!payload) return 'invalid';
    this.forgetExpired(now);
    // Taken before the (asynchronous) check, so that two simultaneous posts of one solution cannot both pass.
    if (this.used.has(payload.signature)) return 'invalid';
    this.used.set(payload.signature, now + this.validForMs);
    const valid = await verifySolution(payload, this.hmacKey, true).catch(() => false);
    if (!valid) this.used.delete(payload.signature);
    return valid ? 'ok' : 'invalid';
  }

  private forgetExpired(now: number): void {
    for (const [signature, expires] of this.used) if (expires < now) this.used.delete(signature);
  }
}

function parsePayload(solution: string): Payload | undefined {
  if (solution.length > 2000) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(solution, 'base64').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { algorithm, challenge, number, salt, signature } = value as Record<string, unknown>;
    if (algorithm !== 'SHA-256' || typeof challenge !== 'string' || typeof salt !== 'string' || typeof signature !== 'string') return undefined;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) return undefined;
    return { algorithm, challenge, number, salt, signature };
  } catch {
    return undefined;
  }
}
