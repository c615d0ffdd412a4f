import { describe, expect, it } from 'vitest';
import { BinaryCopyEncoder, encodeNumeric } from './copy-binary.ts';

const signature = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00];

describe("PostgreSQL's binary COPY format", () => {
  it('frames tuples: signature, flags, field count, lengths, -1 for null, a trailer', () => {
    const encoder = new BinaryCopyEncoder([
      { name: 'a', sqlType: 'integer' },
      { name: 'b', sqlType: 'text' },
      { name: 'c', sqlType: 'boolean' },
    ]);
    const bytes = Buffer.concat([encoder.encode([['-2', 'å', null], ['1', '', 't']]), encoder.finish()]);
    expect([...bytes]).toEqual([
      ...signature, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 3, 0, 0, 0, 4, 0xff, 0xff, 0xff, 0xfe, 0, 0, 0, 2, 0xc3, 0xa5, 0xff, 0xff, 0xff, 0xff,
      0, 3, 0, 0, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1,
      0xff, 0xff,
    ]);
  });

  it('starts the data once, in the first batch, and ends it once', () => {
    const encoder = new BinaryCopyEncoder([{ name: 'id', sqlType: 'text' }]);
    const first = encoder.encode([['K1']]);
    const second = encoder.encode([['K2'], ['Ö']]);
    expect([...first]).toEqual([...signature, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0x4b, 0x31]);
    expect([...second]).toEqual([0, 1, 0, 0, 0, 2, 0x4b, 0x32, 0, 1, 0, 0, 0, 2, 0xc3, 0x96]);
    expect([...encoder.finish()]).toEqual([0xff, 0xff]);
  });

  it('still writes a valid empty file when there were no rows', () => {
    const encoder = new BinaryCopyEncoder([{ name: 'id', sqlType: 'text' }]);
    expect([...encoder.finish()]).toEqual([...signature, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]);
  });

  it('writes numeric as base-10 000 digits with weight, sign and scale', () => {
    const words = (value: string) => {
      const bytes = encodeNumeric(value);
      return Array.from({ length: bytes.length / 2 }, (_, i) => bytes.readInt16BE(i * 2));
    };
    // ndigits, weight, sign (0x4000 negative), dscale, then the digits.
    expect(words('12345.6')).toEqual([3, 1, 0, 1, 1, 2345, 6000]);
    expect(words('-0.00050')).toEqual([1, -1, 0x4000, 5, 5]);
    expect(words('0.00001')).toEqual([1, -2, 0, 5, 1000]);
    expect(words('10000')).toEqual([1, 1, 0, 0, 1]);
    expect(words('0')).toEqual([0, 0, 0, 0]);
    expect(words('-0.0')).toEqual([0, 0, 0, 1]);
  });
});
