import { z } from 'zod';
import { computationSchema } from './computation.ts';

/**
 * The indicator definition: the contract between the catalogue (reviewed code), the database
 * (`indicator_definition`), the API and the generated documentation. One zod schema is the single
 * source: the TypeScript type is inferred from it, and the same validation guards code, seeding and
 * (later) definitions that working groups create through the API.
 */

const isoDate = z.iso.date({ error: 'Ange datumet som ÅÅÅÅ-MM-DD / use YYYY-MM-DD' });

/** Swedish is required; English is required too so that nothing is published half-translated. */
export const localizedTextSchema = z.object({
  sv: z.string().trim().min(1, 'Svensk text saknas / Swedish text missing'),
  en: z.string().trim().min(1, 'Engelsk text saknas / English text missing'),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const indicatorAreas = [
  'accessibility',
  'continuity',
  'care_transitions',
  'elderly_care',
  'patient_experience',
] as const;
export const polarities = ['higher_is_better', 'lower_is_better', 'no_judgement'] as const;
export const principals = ['region', 'municipality', 'joint'] as const;
export const frequencies = ['month', 'quarter', 'half_year', 'year'] as const;
export const indicatorUnits = ['percent', 'per_thousand', 'per_hundred_thousand', 'days', 'number'] as const;
export const assessmentMethods = ['target', 'relative_quartiles', 'significance_vs_county', 'none'] as const;

export type IndicatorArea = (typeof indicatorAreas)[number];
export type Polarity = (typeof polarities)[number];
export type Principal = (typeof principals)[number];
export type Frequency = (typeof frequencies)[number];
export type IndicatorUnit = (typeof indicatorUnits)[number];
export type AssessmentMethod = (typeof assessmentMethods)[number];

const assessmentRuleSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('target'), green: z.number(), yellow: z.number() }),
  z.object({ method: z.literal('relative_quartiles') }),
  z.object({ method: z.literal('significance_vs_county') }),
  z.object({ method: z.literal('none') }),
]);
export type AssessmentRule = z.infer<typeof assessmentRuleSchema>;

const disclosureRuleSchema = z.object({
  /** Väntetider i vården publishes nothing built on fewer than 20 observations. */
  minDenominator: z.int().min(1),
  /** Guards against disclosure through the complement (denominator − numerator). */
  minCell: z.int().min(0),
});
export type DisclosureRule = z.infer<typeof disclosureRuleSchema>;

export const indicatorIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Id får bara innehålla a–z, 0–9 och bindestreck / id must be kebab-case a–z, 0–9');

export const indicatorDefinitionSchema = z
  .object({
    id: indicatorIdSchema,
    version: z.int().min(1),
    title: localizedTextSchema,
    shortTitle: localizedTextSchema,
    area: z.enum(indicatorAreas),
    definition: localizedTextSchema,
    rationale: localizedTextSchema,
    numerator: localizedTextSchema,
    denominator: localizedTextSchema,
    source: localizedTextSchema,
    method: localizedTextSchema,
    caveats: localizedTextSchema.optional(),
    unit: z.enum(indicatorUnits),
    polarity: z.enum(polarities),
    principal: z.enum(principals),
    frequency: z.enum(frequencies),
    assessment: assessmentRuleSchema,
    disclosure: disclosureRuleSchema,
    computation: computationSchema,
    ownerGroup: z.string().trim().min(1),
    validFrom: isoDate,
    nextReviewDate: isoDate,
  })
  .strict()
  .superRefine((def, ctx) => {
    if (def.nextReviewDate <= def.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReviewDate'],
        message: 'Nästa översyn måste ligga efter giltig från / next review must be after valid from',
      });
    }
    const unitProblem = unitMismatch(def.computation, def.unit);
    if (unitProblem) ctx.addIssue({ code: 'custom', path: ['unit'], message: unitProblem });
    const rule = def.assessment;
    if (rule.method === 'target') {
      if (def.polarity === 'no_judgement') {
        ctx.addIssue({
          code: 'custom',
          path: ['assessment'],
          message: 'En indikator utan bedömningsriktning kan inte ha målnivåer / no targets without a polarity',
        });
      }
      const ordered = def.polarity === 'higher_is_better' ? rule.green >= rule.yellow : rule.green <= rule.yellow;
      if (def.polarity !== 'no_judgement' && !ordered) {
        ctx.addIssue({
          code: 'custom',
          path: ['assessment', 'green'],
          message: 'Grön nivå måste vara bättre än gul nivå / green must be better than yellow',
        });
      }
    }
  });

export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

/** The unit must be what the computation produces, or the value would be shown wrongly. */
function unitMismatch(computation: z.infer<typeof computationSchema>, unit: IndicatorUnit): string | undefined {
  const expected: Partial<Record<typeof computation.kind, readonly IndicatorUnit[]>> = {
    proportion: ['percent'],
    survey: ['percent'],
    rate: computation.kind === 'rate' ? [computation.per === 1_000 ? 'per_thousand' : 'per_hundred_thousand'] : [],
    mean: ['days', 'number'],
  };
  const allowed = expected[computation.kind];
  return allowed && !allowed.includes(unit)
    ? `Enheten ${unit} passar inte beräkningen ${computation.kind}; använd ${allowed.join(' eller ')} / the unit does not fit the computation`
    : undefined;
}

/** One problem with a definition: where it is (`computation.numeratorWhere[0].field`) and what is wrong. */
export interface DefinitionProblem {
  path: string;
  message: string;
}

export class InvalidIndicatorDefinitionError extends Error {
  /** Each problem as "path: message", the form people read. */
  readonly problems: string[];

  constructor(
    readonly indicatorId: string,
    readonly issues: DefinitionProblem[],
  ) {
    const problems = issues.map(formatProblem);
    super(`Ogiltig indikatordefinition ${indicatorId}: ${problems.join('; ')}`);
    this.name = 'InvalidIndicatorDefinitionError';
    this.problems = problems;
  }
}

export function formatProblem(problem: DefinitionProblem): string {
  return `${problem.path}: ${problem.message}`;
}

/**
 * A field path as people (and the engine's compiler) write it: `computation.numeratorWhere[0].field`.
 * The root is "(rot)".
 */
function fieldPath(path: readonly PropertyKey[]): string {
  const text = path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
  return text || '(rot)';
}

/**
 * zod's own messages (wrong type, unknown key, …) in Swedish with the English after " / ", like the
 * messages written in the schema. Definitions come from working groups through the API too, so every
 * message is one they can read.
 */
const swedishMessage = z.locales.sv().localeError;
const englishMessage = z.locales.en().localeError;
const bilingualMessage: z.core.$ZodErrorMap = (issue) => {
  const text = (map: z.core.$ZodErrorMap) => {
    const result = map(issue);
    return typeof result === 'string' ? result : (result?.message ?? '');
  };
  return `${text(swedishMessage)} / ${text(englishMessage)}`;
};

/** Validates untrusted input; every problem is reported with its field path. */
export function parseIndicatorDefinition(input: unknown): IndicatorDefinition {
  const result = indicatorDefinitionSchema.safeParse(input, { error: bilingualMessage });
  if (result.success) return result.data;
  const id = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : '(okänd)';
  const issues = result.error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message }));
  throw new InvalidIndicatorDefinitionError(id, issues);
}
