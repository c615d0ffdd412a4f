import { solveChallenge } from 'altcha-lib/v1';
import { describe, expect, it } from 'vitest';
import { ProofOfWork } from './proof-of-work.ts';

/** What the response page's script sends: the solved challenge as base64 JSON. */
async function solve(pow: ProofOfWork, now?: number, change: (payload: Record<string, unknown>) => void = () => {}) {
  const challenge = await pow.challenge(now);
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  const payload: Record<string, unknown> = { ...challenge, number: solution!.number };
  delete payload.maxnumber;
  change(payload);
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

describe('proof of work for open links', () => {
  const pow = new ProofOfWork({ maxNumber: 2000 });

  it('accepts a correct solution once, and refuses it when it comes again', async () => {
    const solution = await solve(pow);
    expect(await pow.verify(solution)).toBe('ok');
    expect(await pow.verify(solution)).toBe('invalid');
  });

  it('lets only one of two simultaneous posts of one solution through', async () => {
    const solution = await solve(pow);
    expect((await Promise.all([pow.verify(solution), pow.verify(solution)])).sort()).toEqual(['invalid', 'ok']);
  });

  it('refuses forged solutions: a wrong number, a changed salt, a challenge of another key, garbage', async () => {
    expect(await pow.verify(await solve(pow, undefined, (p) => (p.number = (p.number as number) + 1)))).toBe('invalid');
    expect(await pow.verify(await solve(pow, undefined, (p) => (p.salt = `${p.salt as string}&x=1`)))).toBe('invalid');
    expect(await pow.verify(await solve(new ProofOfWork({ maxNumber: 2000 })))).toBe('invalid');
    expect(await pow.verify('not base64 json')).toBe('invalid');
    expect(await pow.verify(Buffer.from('{"algorithm":"SHA-256"}').toString('base64'))).toBe('invalid');
  });

  it('refuses an expired challenge, and says when none was sent', async () => {
    const anHourAgo = Date.now() - 60 * 60 * 1000;
    expect(await pow.verify(await solve(pow, anHourAgo))).toBe('invalid');
    expect(await pow.verify('')).toBe('missing');
    expect(await pow.verify(undefined)).toBe('missing');
  });

  it('accepts a correct solution after a wrong one with the same signature was refused', async () => {
    const good = await solve(pow);
    const payload = JSON.parse(Buffer.from(good, 'base64').toString('utf8'));
    const wrong = Buffer.from(JSON.stringify({ ...payload, number: payload.number + 1 })).toString('base64');
    expect(await pow.verify(wrong)).toBe('invalid');
    expect(await pow.verify(good)).toBe('ok');
  });
});
