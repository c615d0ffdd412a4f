import type { Sql } from '../db/client.ts';

/**
 * For tests: the subtraction attack on stored values, as someone with every published number would try it. Every
 * published count is a sum of other published counts — T of K and M, a sub-region of its municipalities, the county
 * of its sub-regions and of its municipalities, a quarter, a year and a rolling 12 months of their months, a year of
 * its quarters. Each such sum is an equation; one with exactly one suppressed cell in it gives that cell's numerator
 * and denominator away. Written apart from the engine's own disclosure step (engine/disclose.ts), from the stored
 * rows and the org_unit table only, so that it checks what was stored, not what the engine meant to store.
 */

export interface Recovered {
  indicatorId: string;
  /** The suppressed cell the attack recovered: unit|sex|periodType|period. */
  cell: string;
  /** The equation that gave it away: the total and its parts. */
  total: string;
  parts: string[];
  numerator: number;
}

export interface AttackReport {
  /** Suppressed cells looked at, over all the indicators. */
  suppressed: number;
  /** Equations with a suppressed cell in them. */
  equationsWithHiddenCells: number;
  recovered: Recovered[];
}

interface Row {
  indicatorId: string;
  orgUnit: string;
  periodType: string;
  period: string;
  sex: string;
  numerator: number | null;
  suppressed: boolean;
}

export async function subtractionAttack(sql: Sql, indicatorIds: readonly string[]): Promise<AttackReport> {
  const units = await sql<{ code: string; kind: string; parentCode: string | null }[]>`
    select code, kind, parent_code as "parentCode" from org_unit where kind in ('county', 'subregion', 'municipality')`;
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentCode) children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u.code]);
  const municipalities = units.filter((u) => u.kind === 'municipality').map((u) => u.code);
  const county = units.find((u) => u.kind === 'county')!.code;

  const report: AttackReport = { suppressed: 0, equationsWithHiddenCells: 0, recovered: [] };
  for (const indicatorId of indicatorIds) {
    const rows = await sql<Row[]>`
      select indicator_id as "indicatorId", org_unit as "orgUnit", period_type as "periodType", period, sex,
        numerator::float8 as numerator, suppressed
      from indicator_value where indicator_id = ${indicatorId}`;
    const cells = new Map(rows.map((r) => [`${r.orgUnit}|${r.sex}|${r.periodType}|${r.period}`, r]));
    report.suppressed += rows.filter((r) => r.suppressed).length;
    for (const total of rows) {
      const key = (unit: string, sex: string, periodType: string, period: string) => `${unit}|${sex}|${periodType}|${period}`;
      const { orgUnit: u, sex: s, periodType: pt, period: p } = total;
      const equations: string[][] = [];
      if (s === 'T') equations.push([key(u, 'K', pt, p), key(u, 'M', pt, p)]);
      const below = u === county ? [children.get(u) ?? [], municipalities] : children.has(u) ? [children.get(u)!] : [];
      for (const parts of below) equations.push(parts.map((c) => key(c, s, pt, p)));
      for (const periods of shorterPeriods(pt, p)) equations.push(periods.map(([t, q]) => key(u, s, t, q)));
      for (const partKeys of equations) {
        const present = partKeys.filter((k) => cells.has(k));
        // No part published at this level at all (Kolada has years only): no equation.
        if (present.length === 0) continue;
        const inEquation = [total, ...present.map((k) => cells.get(k)!)];
        const hidden = inEquation.filter((c) => c.suppressed);
        if (hidden.length === 0) continue;
        report.equationsWithHiddenCells++;
        // Values without counts (Kolada's, or without a known denominator) cannot be subtracted.
        if (hidden.length !== 1 || inEquation.some((c) => !c.suppressed && c.numerator === null)) continue;
        const sumOfParts = present.reduce((sum, k) => sum + (cells.get(k)!.numerator ?? 0), 0);
        const cell = hidden[0]!;
        report.recovered.push({
          indicatorId,
          cell: key(cell.orgUnit, cell.sex, cell.periodType, cell.period),
          total: key(u, s, pt, p),
          parts: partKeys,
          numerator: cell === total ? sumOfParts : (total.numerator ?? 0) - sumOfParts,
        });
      }
    }
  }
  return report;
}

/** The periods a period is the sum of: its months, and for a year its quarters as well. */
function shorterPeriods(periodType: string, period: string): [string, string][][] {
  const month = (year: number, m: number): [string, string] => {
    const index = year * 12 + m;
    return ['month', `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`];
  };
  if (periodType === 'quarter') {
    const [year, quarter] = period.split('-Q').map(Number) as [number, number];
    return [[0, 1, 2].map((i) => month(year, (quarter - 1) * 3 + i))];
  }
  if (periodType === 'year') {
    const year = Number(period);
    return [
      Array.from({ length: 12 }, (_, i) => month(year, i)),
      [1, 2, 3, 4].map((q): [string, string] => ['quarter', `${year}-Q${q}`]),
    ];
  }
  if (periodType === 'rolling_12') {
    const [year, last] = period.split('-').map(Number) as [number, number];
    return [Array.from({ length: 12 }, (_, i) => month(year, last - 12 + i))];
  }
  return [];
}
