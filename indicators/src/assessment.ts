import type { AssessmentRule, Polarity } from './definition.ts';
import { compareWithComparator, type Comparison } from './statistics/compare.ts';
import type { Estimate } from './statistics/estimate.ts';

/**
 * The colour of one value, with the rule that gave it, so that a page can say "relativt" for a
 * relative colour and never let a relative green pass for good in absolute terms. Colour is never
 * the only signal: the basis and, for grey, the reason go with it.
 */
export type Status = 'green' | 'yellow' | 'red' | 'grey';

/** Why a value is grey. */
export type GreyReason = 'suppressed' | 'missing' | 'not_applicable' | 'not_assessed' | 'no_comparator';

export interface Assessment {
  status: Status;
  basis: AssessmentRule['method'];
  greyReason?: GreyReason;
  /** For significance: outside the unit's 99.8 % interval too, not only its 95 % one. */
  strong?: boolean;
}

/** A value as the assessment sees it: missing with a reason, or a number with its intervals. */
export type Assessed =
  | { missing: 'suppressed' | 'missing' | 'not_applicable' }
  | { missing?: undefined; value: number; ci95?: Estimate; ci998?: Estimate };

export interface AssessmentContext {
  polarity: Polarity;
  /** The values of every municipality, this one included, for the same indicator and period (relative quartiles). */
  municipalityValues?: readonly number[];
  /** The county's value for the same indicator and period (significance). */
  countyValue?: number | null;
}

export function assess(rule: AssessmentRule, subject: Assessed, context: AssessmentContext): Assessment {
  if (subject.missing) return { status: 'grey', basis: rule.method, greyReason: subject.missing };
  if (rule.method === 'none' || context.polarity === 'no_judgement') {
    return { status: 'grey', basis: rule.method, greyReason: 'not_assessed' };
  }
  switch (rule.method) {
    case 'target':
      return { status: againstTarget(subject.value, rule.green, rule.yellow, context.polarity), basis: 'target' };
    case 'relative_quartiles':
      return relativeQuartile(subject.value, context.municipalityValues ?? [], context.polarity);
    case 'significance_vs_county':
      return againstCounty(subject, context.countyValue ?? null, context.polarity);
  }
}

/** The färgstyrkort: green at or beyond the green level, yellow at or beyond the yellow one, else red. */
function againstTarget(value: number, green: number, yellow: number, polarity: Polarity): Status {
  const atLeast = (level: number) => (polarity === 'lower_is_better' ? value <= level : value >= level);
  if (atLeast(green)) return 'green';
  return atLeast(yellow) ? 'yellow' : 'red';
}

/**
 * Kolada's "Kommunens kvalitet i korthet": the best quarter of the municipalities green, the
 * middle half yellow, the worst quarter red — relative, not good or bad in itself. A value's
 * place is its share of the municipalities it beats, ties counted half, so equal values always
 * get the same colour.
 */
function relativeQuartile(value: number, values: readonly number[], polarity: Polarity): Assessment {
  if (values.length < 4) return { status: 'grey', basis: 'relative_quartiles', greyReason: 'no_comparator' };
  const better = (a: number, b: number) => (polarity === 'lower_is_better' ? a < b : a > b);
  let beaten = 0;
  for (const other of values) {
    if (better(value, other)) beaten += 1;
    else if (other === value) beaten += 0.5;
  }
  // Comparing with itself counts half; take it out so one municipality alone is in the middle.
  const share = (beaten - 0.5) / Math.max(values.length - 1, 1);
  const status: Status = share >= 0.75 ? 'green' : share >= 0.25 ? 'yellow' : 'red';
  return { status, basis: 'relative_quartiles' };
}

/**
 * Fingertips' comparison: the county outside the unit's 95 % interval makes the unit better
 * (green) or worse (red) for the polarity; inside, similar (yellow). Outside the 99.8 % interval
 * too is the strong level.
 */
function againstCounty(subject: Extract<Assessed, { value: number }>, countyValue: number | null, polarity: Polarity): Assessment {
  if (!subject.ci95 || countyValue === null) return { status: 'grey', basis: 'significance_vs_county', greyReason: 'no_comparator' };
  const comparison = compareWithComparator(subject.ci95, countyValue, polarity);
  const status = colourOf(comparison);
  if (status === 'grey') return { status, basis: 'significance_vs_county', greyReason: 'no_comparator' };
  const strong = status !== 'yellow' && subject.ci998 ? compareWithComparator(subject.ci998, countyValue, polarity) === comparison : false;
  return { status, basis: 'significance_vs_county', strong };
}

function colourOf(comparison: Comparison): Status {
  switch (comparison) {
    case 'better':
      return 'green';
    case 'worse':
      return 'red';
    case 'similar':
      return 'yellow';
    default:
      return 'grey';
  }
}
