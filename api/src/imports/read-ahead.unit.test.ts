import { describe, expect, it } from 'vitest';
import { readAheadWhile } from './read-ahead.ts';

/** Pieces of `size` bytes numbered 0…count-1, one every two milliseconds, counting how many have been read. */
function pieces(count: number, size = 10) {
  const state = { read: 0 };
  async function* source() {
    for (let i = 0; i < count; i++) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      state.read++;
      yield Buffer.alloc(size, i);
    }
  }
  return { state, source: source() };
}

async function collect(rows: AsyncIterable<Buffer>): Promise<number[]> {
  const seen: number[] = [];
  for await (const piece of rows) seen.push(piece[0]!);
  return seen;
}

function later() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('reading ahead while the database is busy', () => {
  it('reads on until the work is done, then hands back every piece in order and reads the rest on demand', async () => {
    const { state, source } = pieces(50);
    const busy = later();
    const reading = readAheadWhile(source, busy.promise, 1_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    busy.resolve();
    const rows = await reading;
    const readAhead = state.read;
    expect(readAhead).toBeGreaterThan(0);
    expect(readAhead).toBeLessThan(50);
    expect(await collect(rows)).toEqual([...Array(50).keys()]);
  });

  it('holds no more than the limit, however long the work takes', async () => {
    const { state, source } = pieces(50);
    const busy = later();
    const reading = readAheadWhile(source, busy.promise, 95);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.read).toBe(10); // the piece that reaches the limit is the last one read
    busy.resolve();
    expect(await collect(await reading)).toEqual([...Array(50).keys()]);
  });

  it('hands back a source that ended while the work went on', async () => {
    const { source } = pieces(3);
    const busy = later();
    const reading = readAheadWhile(source, busy.promise, 1_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    busy.resolve();
    expect(await collect(await reading)).toEqual([0, 1, 2]);
  });

  it('fails as the work fails, and with the reading error when the reading fails first', async () => {
    const busy = later();
    const reading = readAheadWhile(pieces(5).source, busy.promise, 1_000);
    busy.reject(new Error('delete failed'));
    await expect(reading).rejects.toThrow('delete failed');

    async function* broken(): AsyncGenerator<Buffer> {
      yield Buffer.from('a');
      throw new Error('file unreadable');
    }
    const slow = later();
    await expect(readAheadWhile(broken(), slow.promise, 1_000)).rejects.toThrow('file unreadable');
    slow.reject(new Error('not reported'));
  });
});
