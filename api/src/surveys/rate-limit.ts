import { ProofOfWork, type ProofOfWorkOptions } from './proof-of-work.ts';
import { createHash } from 'node:crypto';

/**
 * Per-address limits for the public survey endpoints, kept in this process's memory only: the address is never
 * written anywhere, and even here only a hash of it is held, for at most the window. A restart forgets everything,
 * which is acceptable for what this guards against (one machine flooding a survey or trying codes).
 */
export class SlidingWindowLimiter {
  /** Per address hash: its attempts in the window, oldest first, from `head` on (a queue without shifting). */
  private readonly hits = new Map<string, { times: number[]; head: number }>();
  private calls = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts one attempt; false when the address has used up its attempts in the window. Constant time per attempt
   * whatever the limit: the attempts that left the window are dropped from the front of the queue.
   */
  tryAcquire(address: string): boolean {
    const now = this.now();
    if (++this.calls % 1000 === 0) this.sweep(now);
    const key = createHash('sha256').update(address).digest('base64url').slice(0, 22);
    let queue = this.hits.get(key);
    if (!queue) this.hits.set(key, (queue = { times: [], head: 0 }));
    const { times } = queue;
    while (queue.head < times.length && times[queue.head]! <= now - this.windowMs) queue.head++;
    if (queue.head > 1024 && queue.head * 2 > times.length) {
      times.splice(0, queue.head);
      queue.head = 0;
    }
    if (times.length - queue.head >= this.limit) return false;
    times.push(now);
    return true;
  }

  /** Forgets addresses whose attempts have all left the window. */
  private sweep(now: number): void {
    for (const [key, { times }] of this.hits) if (times.length === 0 || times[times.length - 1]! <= now - this.windowMs) this.hits.delete(key);
  }
}

const tenMinutes = 10 * 60 * 1000;

/** Submissions per address in ten minutes: generous enough for a shared tablet in a waiting room. */
export const defaultSurveyRateLimit = 60;

export interface SurveyLimiters {
  submissions: SlidingWindowLimiter;
  /** The optional proof of work of open links (proof-of-work.ts): its key and the solutions already used. */
  proofOfWork: ProofOfWork;
  /** Codes that are not found: guessing codes is the one thing worth slowing down hard, so this is not configurable. */
  codeGuesses: SlidingWindowLimiter;
}

/** One server's limiters; `submissionsPerTenMinutes` is SAMSYN_SURVEY_RATE_LIMIT (config.ts). */
export function createSurveyLimiters(submissionsPerTenMinutes = defaultSurveyRateLimit, proofOfWork: ProofOfWorkOptions = {}): SurveyLimiters {
  return {
    proofOfWork: new ProofOfWork(proofOfWork),
    submissions: new SlidingWindowLimiter(submissionsPerTenMinutes, tenMinutes),
    codeGuesses: new SlidingWindowLimiter(10, tenMinutes),
  };
}
