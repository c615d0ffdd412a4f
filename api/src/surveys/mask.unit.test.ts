import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './mask.ts';
import { weekMonday } from './week.ts';

describe('maskPersonalData', () => {
  it.each([
    ['Mitt personnummer är 19121212-1212.', 'Mitt personnummer är [personnummer].'],
    ['pnr 121212-1212 tack', 'pnr [personnummer] tack'],
    ['pnr 121212+1212 (över 100 år)', 'pnr [personnummer] (över 100 år)'],
    ['191212121212', '[personnummer]'],
    ['1212121212', '[personnummer]'],
    ['200101011234 och 010101 1234', '[personnummer] och [personnummer]'],
    ['Ring mig på 070-123 45 67!', 'Ring mig på [telefonnummer]!'],
    ['0761234567 eller 0791234567', '[telefonnummer] eller [telefonnummer]'],
    ['073 123 45 67', '[telefonnummer]'],
    ['+46 70 123 45 67', '[telefonnummer]'],
    ['+46(0)701234567', '[telefonnummer]'],
    ['0046701234567', '[telefonnummer]'],
    ['Växeln 031-123 45 67', 'Växeln [telefonnummer]'],
    ['Skriv till anna.andersson@example.se.', 'Skriv till [e-post].'],
    ['åsa+vård@vgregion.se', '[e-post]'],
  ])('masks %j', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it('masks a number that could be either a mobile number or a personal number (born 2007) as one of them', () => {
    expect(maskPersonalData('0701234567')).toMatch(/^\[(personnummer|telefonnummer)\]$/);
  });

  it('leaves ordinary numbers alone', () => {
    const text = 'Jag väntade 3 veckor, 45 minuter i telefonkö, år 2026, rum 12, 1 200 kr.';
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe('weekMonday', () => {
  it('gives the Monday of the ISO week, in Swedish time', () => {
    expect(weekMonday(new Date('2026-03-12T10:15:00Z'))).toBe('2026-03-09'); // Thursday
    expect(weekMonday(new Date('2026-03-09T00:00:00+01:00'))).toBe('2026-03-09'); // Monday just after midnight in Sweden
    expect(weekMonday(new Date('2026-03-08T22:59:59Z'))).toBe('2026-03-02'); // Sunday 23:59:59 in Sweden
    expect(weekMonday(new Date('2026-01-01T12:00:00Z'))).toBe('2025-12-29'); // the week crosses the new year
    expect(weekMonday(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30'); // summer time: already Monday in Sweden
  });

  it('keeps the last hour’s Monday only for moments of that hour', () => {
    expect(weekMonday(new Date('2026-03-08T22:00:00Z'))).toBe('2026-03-02'); // Sunday 23:00 in Sweden
    expect(weekMonday(new Date('2026-03-08T22:59:59.999Z'))).toBe('2026-03-02');
    expect(weekMonday(new Date('2026-03-08T23:00:00Z'))).toBe('2026-03-09'); // Monday 00:00 in Sweden
    expect(weekMonday(new Date('2026-03-15T23:00:00Z'))).toBe('2026-03-16'); // the same minute a week later
    expect(weekMonday(new Date('2026-03-08T23:30:00Z'))).toBe('2026-03-09');
  });
});
