import { describe, expect, it } from 'vitest';
import type { Column, ColumnType } from './columns.ts';
import { IdScreen } from './id-screen.ts';
import { Invalid, valueConverter, type Converted } from './values.ts';

const reference = { municipalities: new Set(['1480', '1492']), county: '14' };
const convert = (type: ColumnType, raw: string, optional = false): Converted =>
  valueConverter({ name: 'x', type, optional, description: '' } satisfies Column, reference)(raw);
const reason = (value: Converted) => (value instanceof Invalid ? value.reason : value);

describe('converting a value the way its column type says', () => {
  it('reads dates as YYYY-MM-DD or YYYYMMDD and refuses impossible ones', () => {
    const date = { kind: 'date' } as const;
    expect(convert(date, ' 2024-02-29 ')).toBe('2024-02-29');
    expect(convert(date, '20240229')).toBe('2024-02-29');
    expect(reason(convert(date, '2025-02-29'))).toBe("Ogiltigt datum '2025-02-29' – använd ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD");
    for (const bad of ['2025-13-01', '2025-1-01', '1899-12-31', '2025-02-28x', '202502']) expect(convert(date, bad)).toBeInstanceOf(Invalid);
  });

  it('reads timestamps with or without seconds', () => {
    const timestamp = { kind: 'timestamp' } as const;
    expect(convert(timestamp, '2026-10-01 14:05')).toBe('2026-10-01 14:05:00');
    expect(convert(timestamp, '20261001T08:30:15')).toBe('2026-10-01 08:30:15');
    for (const bad of ['2026-10-01 24:00', '2026-10-01 12:60', '2026-10-01', '2026-10-01 12:00:61']) {
      expect(convert(timestamp, bad)).toBeInstanceOf(Invalid);
    }
  });

  it('reads booleans, sexes, age bands and enums in any case and with spaces', () => {
    expect([convert({ kind: 'boolean' }, ' Ja'), convert({ kind: 'boolean' }, 'FALSE'), convert({ kind: 'boolean' }, '1')]).toEqual(['t', 'f', 't']);
    expect(reason(convert({ kind: 'boolean' }, 'kanske'))).toBe("Ogiltigt ja/nej-värde 'kanske' – använd J/N, Ja/Nej, 1/0 eller true/false");
    expect(convert({ kind: 'sex' }, ' k ')).toBe('K');
    expect(reason(convert({ kind: 'sex' }, 'T'))).toBe("Okänt kön 'T' – använd K eller M");
    expect(convert({ kind: 'sex', total: true }, 't')).toBe('T');
    expect(convert({ kind: 'ageBand' }, '18 - 64')).toBe('18-64');
    expect(convert({ kind: 'enum', values: ['fysiskt', 'video'] }, ' Video')).toBe('video');
  });

  it('knows the municipalities, and the county only where the column allows it', () => {
    expect(convert({ kind: 'municipality' }, '1480')).toBe('1480');
    expect(reason(convert({ kind: 'municipality' }, '9999'))).toBe('Okänd kommunkod 9999 – förväntade en av Västra Götalands 49 kommuner');
    expect(convert({ kind: 'municipality' }, '14')).toBeInstanceOf(Invalid);
    expect(convert({ kind: 'municipality', county: true }, '0014')).toBe('14');
  });

  it('reads integers in range and decimals with comma or point, and missing markers as null', () => {
    expect(convert({ kind: 'integer', min: 0, max: 10 }, ' 7 ')).toBe('7');
    expect(reason(convert({ kind: 'integer', min: 0, max: 10 }, '11'))).toBe("Ogiltigt heltal '11' – förväntade ett heltal 0–10");
    expect(convert({ kind: 'integer', min: 0, max: 10 }, '1.5')).toBeInstanceOf(Invalid);
    const decimal = { kind: 'decimal', min: -100, max: 100, missing: { markers: { '..': 'undertryckt' }, reasonColumn: 'saknas' } } as const;
    expect([convert(decimal, '12,5'), convert(decimal, '-0.25'), convert(decimal, '..')]).toEqual(['12.5', '-0.25', null]);
    for (const bad of ['1 000', '1e3', '1,2,3', 'toString']) expect(convert(decimal, bad)).toBeInstanceOf(Invalid);
  });

  it('treats an empty value as missing: an error where the column is required, null where it is optional', () => {
    expect(reason(convert({ kind: 'date' }, '  '))).toBe('Värdet saknas – kolumnen är obligatorisk');
    expect(convert({ kind: 'date' }, '', true)).toBeNull();
  });

  it('gives the same answer for a value it has seen before (memoised)', () => {
    const column = valueConverter({ name: 'x', type: { kind: 'date' }, description: '' }, reference);
    for (let i = 0; i < 3; i++) {
      expect(column('2026-03-01')).toBe('2026-03-01');
      expect(column('2026-02-30')).toBeInstanceOf(Invalid);
    }
  });
});

describe('screening ids for repeats', () => {
  it('flags every id seen twice and, among a million distinct ids, next to none that are not', () => {
    const screen = new IdScreen();
    for (let i = 0; i < 1_000_000; i++) screen.add(`K${i}`);
    const falseAlarms = screen.candidates === 'all' ? Infinity : screen.candidates.size;
    // Any false alarm costs a scan of the batch in the database's exact check.
    expect(falseAlarms).toBeLessThan(3);
    for (const id of ['K17', 'K999999', 'K500000']) screen.add(id);
    expect(screen.candidates).not.toBe('all');
    expect([...(screen.candidates as Set<string>)]).toEqual(expect.arrayContaining(['K17', 'K999999', 'K500000']));
  });

  it('still flags a repeat of an early id once a large file has filled the first filter', () => {
    const screen = new IdScreen();
    for (let i = 0; i < 4_500_000; i++) screen.add(`K${i}`);
    const falseAlarms = screen.candidates === 'all' ? Infinity : screen.candidates.size;
    expect(falseAlarms).toBeLessThan(100);
    screen.add('K3');
    screen.add('K4499999');
    expect([...(screen.candidates as Set<string>)]).toEqual(expect.arrayContaining(['K3', 'K4499999']));
  });

  it('stops listing when there are too many repeats to list, and says so', () => {
    const screen = new IdScreen();
    for (let round = 0; round < 2; round++) for (let i = 0; i < 10_001; i++) screen.add(`R${i}`);
    expect(screen.candidates).toBe('all');
  });
});
