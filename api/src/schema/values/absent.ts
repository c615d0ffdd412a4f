import type { IndicatorDefinition } from '@samsyn/indicators';
import type { PeriodType, ValueRow } from './queries.ts';

/** How many months a frequency or a period type spans, to tell a period too short for an indicator. */
const monthsOfFrequency: Record<IndicatorDefinition['frequency'], number> = { month: 1, quarter: 3, half_year: 6, year: 12 };
const monthsOfPeriodType: Record<PeriodType, number> = { month: 1, quarter: 3, year: 12, rolling_12: 12 };

/**
 * A scorecard row for an indicator without a stored value for the unit and period, so that every indicator is on
 * the scorecard with a typed reason instead of silently absent: not applicable (`.`) when the period is shorter than
 * the indicator's frequency (a yearly Kolada figure in a quarter), missing (`-`) otherwise (no data yet).
 * Shared by `scorecard` (one unit) and `scorecardGrid` (every unit of a level).
 */
export function absentValue(definition: IndicatorDefinition, orgUnit: string, periodType: PeriodType, period: string): ValueRow {
  const tooShort = monthsOfPeriodType[periodType] < monthsOfFrequency[definition.frequency];
  return {
    indicatorId: definition.id,
    definitionVersion: definition.version,
    orgUnit,
    periodType,
    period,
    sex: 'T',
    numerator: null,
    denominator: null,
    value: null,
    ciLow: null,
    ciHigh: null,
    ciLow998: null,
    ciHigh998: null,
    suppressed: false,
    missingReason: tooShort ? 'not_applicable' : 'missing',
    trend: null,
    trendChiSquare: null,
  };
}
