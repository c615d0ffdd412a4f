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

  it('keeps counting exactly over many attempts, as old ones leave the window one by one', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(3000, 10_000, () => now);
    // 5000 attempts, one per millisecond: the first 3000 pass, the rest are refused while all 3000 are in the window.
    const passed = Array.from({ length: 5000 }, () => (now++, limiter.tryAcquire('198.51.100.7'))).filter(Boolean).length;
    expect(passed).toBe(3000);
    // At 11 000 ms the attempts made at 1–1 000 ms have left the 10 s window: exactly 1000 more pass (refusals
    // are not counted).
    now = 11_000;
    const again = Array.from({ length: 1500 }, () => limiter.tryAcquire('198.51.100.7')).filter(Boolean).length;
    expect(again).toBe(1000);
  });
});
