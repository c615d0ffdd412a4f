import { describe, expect, it } from 'vitest';
import { latestCompletePeriod, periodContaining, periodOfKey } from './periods.ts';

describe('periodContaining', () => {
  it('finds quarter, half year and year with their first and last day', () => {
    expect(periodContaining('quarter', '2026-11-22')).toEqual({
      type: 'quarter',
      key: '2026-Q4',
      label: { sv: 'Kvartal 4 2026', en: 'Q4 2026' },
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(periodContaining('half_year', '2024-02-29')).toMatchObject({ key: '2024-H1', start: '2024-01-01', end: '2024-06-30' });
    expect(periodContaining('year', '2026-01-01')).toMatchObject({ key: '2026', start: '2026-01-01', end: '2026-12-31' });
  });

  it('ends February quarters on the right day in leap years', () => {
    expect(periodContaining('quarter', '2024-03-31').end).toBe('2024-03-31');
    expect(periodContaining('quarter', '2024-01-15').start).toBe('2024-01-01');
  });

  it('rejects dates that do not exist', () => {
    expect(() => periodContaining('quarter', '2026-02-30')).toThrow(/Ogiltigt datum "2026-02-30"/);
    expect(() => periodContaining('year', '26-1-1')).toThrow(RangeError);
  });
});

describe('latestCompletePeriod', () => {
  it('steps back across the year boundary', () => {
    expect(latestCompletePeriod('quarter', '2026-01-10').key).toBe('2025-Q4');
    expect(latestCompletePeriod('half_year', '2026-06-30').key).toBe('2025-H2');
    expect(latestCompletePeriod('year', '2026-11-22')).toMatchObject({ key: '2025', label: { sv: 'År 2025', en: 'Year 2025' } });
  });

  it('treats the first day of a period as the start of a new, incomplete one', () => {
    expect(latestCompletePeriod('quarter', '2026-10-01').key).toBe('2026-Q3');
  });
});

describe('periodOfKey', () => {
  it('reads back the key of every period type', () => {
    expect(periodOfKey('quarter', '2026-Q3')).toEqual(periodContaining('quarter', '2026-08-01'));
    expect(periodOfKey('half_year', '2025-H2')).toMatchObject({ start: '2025-07-01', end: '2025-12-31' });
    expect(periodOfKey('year', '2024')).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('refuses a key of another type or form', () => {
    expect(() => periodOfKey('quarter', '2026')).toThrow(/Ogiltig period "2026": skriv t.ex. 2026-Q3/);
    expect(() => periodOfKey('year', '2026-Q1')).toThrow(RangeError);
    expect(() => periodOfKey('quarter', '2026-Q5')).toThrow(RangeError);
  });
});
