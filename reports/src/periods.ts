/**
 * Reporting periods of the joint follow-up. Reports are about periods that have ended: the latest
 * complete quarter is the one a quarterly report is written for.
 */
export type ReportPeriodType = 'quarter' | 'half_year' | 'year';

export interface ReportPeriod {
  type: ReportPeriodType;
  /** Stable key used in URLs and storage: 2026-Q3, 2026-H2, 2026. */
  key: string;
  label: { sv: string; en: string };
  /** First and last day, ISO dates. */
  start: string;
  end: string;
}

const monthsPerPeriod: Record<ReportPeriodType, number> = { quarter: 3, half_year: 6, year: 12 };

/** The period of a type that contains the given (UTC) day. */
export function periodContaining(type: ReportPeriodType, isoDate: string): ReportPeriod {
  const { year, month } = parseIsoDate(isoDate);
  const length = monthsPerPeriod[type];
  const index = Math.floor((month - 1) / length); // 0-based within the year
  return buildPeriod(type, year, index);
}

/** The newest period of a type whose last day is before the given day. */
export function latestCompletePeriod(type: ReportPeriodType, isoDate: string): ReportPeriod {
  const current = periodContaining(type, isoDate);
  const { year, month } = parseIsoDate(current.start);
  const previousStart = new Date(Date.UTC(year, month - 1 - monthsPerPeriod[type], 1));
  return periodContaining(type, previousStart.toISOString().slice(0, 10));
}

/** The period a stored key names (2026-Q3, 2026-H2, 2026) for its type; RangeError for a key of another form. */
export function periodOfKey(type: ReportPeriodType, key: string): ReportPeriod {
  const pattern = { quarter: /^(\d{4})-Q([1-4])$/, half_year: /^(\d{4})-H([12])$/, year: /^(\d{4})()$/ }[type];
  const match = pattern.exec(key);
  if (!match) {
    const example = { quarter: '2026-Q3', half_year: '2026-H2', year: '2026' }[type];
    throw new RangeError(`Ogiltig period "${key}": skriv t.ex. ${example} / invalid period, e.g. ${example}`);
  }
  return buildPeriod(type, Number(match[1]), match[2] ? Number(match[2]) - 1 : 0);
}

function buildPeriod(type: ReportPeriodType, year: number, index: number): ReportPeriod {
  const length = monthsPerPeriod[type];
  const firstMonth = index * length; // 0-based
  const start = new Date(Date.UTC(year, firstMonth, 1));
  const end = new Date(Date.UTC(year, firstMonth + length, 0)); // day 0 = last day of previous month
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const n = index + 1;
  const names = {
    quarter: { key: `${year}-Q${n}`, sv: `Kvartal ${n} ${year}`, en: `Q${n} ${year}` },
    half_year: { key: `${year}-H${n}`, sv: `Halvår ${n} ${year}`, en: `H${n} ${year}` },
    year: { key: `${year}`, sv: `År ${year}`, en: `Year ${year}` },
  }[type];
  return { type, key: names.key, label: { sv: names.sv, en: names.en }, start: iso(start), end: iso(end) };
}

function parseIsoDate(isoDate: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const date = match ? new Date(`${isoDate}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`Ogiltigt datum "${isoDate}": ange ÅÅÅÅ-MM-DD / invalid date, use YYYY-MM-DD`);
  }
  return { year: Number(match[1]), month: Number(match[2]) };
}
