import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limit.ts';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` attempts per address in the window, then again as old attempts leave it', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(2, 1000, () => now);
    expect([limiter.tryAcquire('198.51.100.1'), limiter.tryAcquire('198.51.100.1'), limiter.tryAcquire('198.51.100.1')]).toEqual([true, true, false]);
    expect(limiter.tryAcquire('198.51.100.2')).toBe(true);
    now = 1001;
    expect(limiter.tryAcquire('198.51.100.1')).toBe(true);
  });
});
