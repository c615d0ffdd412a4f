import { z } from 'zod';

/**
 * How an indicator is computed, declaratively: which dataset, which date decides the period, and
 * what is counted, summed or averaged under which conditions. The engine's compiler turns this
 * into parameterised SQL; nothing here is SQL, so a definition that working groups write through
 * the API can never inject any. Field names are checked against the dataset's columns by the
 * compiler, with the same validation for code and for the API.
 *
 * The kinds follow the statistics they need, so that an indicator cannot be computed with an
 * interval that does not fit it:
 * - proportion: a subset of a set of rows (Wilson interval); the numerator is the denominator's
 *   rows that also meet further conditions, so it can never exceed it;
 * - rate: a count (or sum) per population, per 1 000 or 100 000 inhabitants (Byar; exact Poisson
 *   below 10);
 * - mean: the mean of a value over rows (Student's t, from n, sum and sum of squares);
 * - kolada: a key figure Kolada has already computed, taken as published;
 * - survey: positive answers among valid answers in the patient survey (a proportion).
 */

const fieldName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'Fältnamn: gemener, siffror och understreck / field names: a–z, 0–9, _');
const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A value of a row: a field, or the number of whole days from one date field to another. */
export const valueExpressionSchema = z.union([
  fieldName,
  z.object({ daysBetween: z.tuple([fieldName, fieldName]) }).strict(),
]);
export type ValueExpression = z.infer<typeof valueExpressionSchema>;

/** Conditions on a row; a list of them must all hold. */
export const filterSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('eq'), field: fieldName, value: scalar }).strict(),
  z.object({ op: z.literal('in'), field: fieldName, values: z.array(scalar).min(1) }).strict(),
  z.object({ op: z.literal('between'), field: fieldName, min: z.number(), max: z.number() }).strict(),
  z.object({ op: z.literal('isNull'), field: fieldName, value: z.boolean() }).strict(),
  /** Whole days from `from` to `to` (to − from), within min and max (either may be left open). */
  z
    .object({ op: z.literal('daysBetween'), from: fieldName, to: fieldName, min: z.int().optional(), max: z.int().optional() })
    .strict(),
  /** Hours from the start of the day of `from` (a date) or the moment `from` to the moment `to`, at most `max`. */
  z.object({ op: z.literal('hoursBetween'), from: fieldName, to: fieldName, max: z.number() }).strict(),
]);
export type Filter = z.infer<typeof filterSchema>;

const rowSource = {
  dataset: z.enum(['pv_kontakter', 'utskrivningsklara', 'specialiserad_vantande']),
  /** The date field that decides the month a row belongs to. */
  periodField: fieldName,
};

/** count, sum(value) or countDistinct(field) over the rows meeting `where`. */
export const measureSchema = z.discriminatedUnion('aggregate', [
  z.object({ aggregate: z.literal('count'), where: z.array(filterSchema) }).strict(),
  z.object({ aggregate: z.literal('sum'), value: valueExpressionSchema, where: z.array(filterSchema) }).strict(),
  z.object({ aggregate: z.literal('countDistinct'), field: fieldName, where: z.array(filterSchema) }).strict(),
]);
export type Measure = z.infer<typeof measureSchema>;

export const ageBandValues = ['0-17', '18-64', '65-79', '80+'] as const;

export const computationSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('proportion'),
      ...rowSource,
      /** The rows counted in the denominator. */
      denominatorWhere: z.array(filterSchema),
      /** Further conditions a denominator row meets to count in the numerator too. */
      numeratorWhere: z.array(filterSchema).min(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal('rate'),
      ...rowSource,
      numerator: measureSchema,
      /** Inhabitants (befolkning) of these age bands, of the row's sex when values are by sex. */
      population: z.object({ ageBands: z.array(z.enum(ageBandValues)).min(1) }).strict(),
      per: z.union([z.literal(1_000), z.literal(100_000)]),
    })
    .strict(),
  z.object({ kind: z.literal('mean'), ...rowSource, value: valueExpressionSchema, where: z.array(filterSchema) }).strict(),
  z.object({ kind: z.literal('kolada'), kpi: z.string().regex(/^[A-Z]\d{5}$/, 'Kolada-id som N21704 / a Kolada id like N21704') }).strict(),
  z
    .object({
      kind: z.literal('survey'),
      /** The questionnaire dimension or question whose positive answers are counted. */
      dimension: z.string().min(1),
    })
    .strict(),
]);
export type Computation = z.infer<typeof computationSchema>;
