import type { Computation, Filter, Measure, ValueExpression } from '@samsyn/indicators';
import { UserFacingError } from '../errors.ts';
import { ageBands, type Column, type ColumnType, describeType, sexes } from '../imports/columns.ts';
import type { Dataset } from '../imports/dataset.ts';
import { findDataset } from '../imports/datasets/index.ts';

/**
 * The compiler, first half: one definition's declarative computation → a plan of the sums it needs per
 * municipality × month × sex, checked against its dataset. Field names are looked up in the dataset's column list
 * (the allow-list), so a definition written through the API can only name columns that exist, with values that fit
 * them. The second half (scan.ts) turns the plans of all indicators over one dataset into ONE parameterised query;
 * nothing in a definition is ever pasted into SQL text.
 */

/** The computations over the rows of a dataset (Kolada and survey values are not computed from rows). */
export type RowComputation = Extract<Computation, { kind: 'proportion' | 'rate' | 'mean' }>;

/**
 * One sum over the rows of a group: count(*) (or count of a value's non-null rows), the sum of a value, or the sum
 * of its squares, over the rows that meet every condition. Sums ignore rows where the value is null.
 */
export type Aggregate =
  | { aggregate: 'count'; value?: ValueExpression; where: readonly Filter[] }
  | { aggregate: 'sum' | 'sumOfSquares'; value: ValueExpression; where: readonly Filter[] };

/**
 * What one computation needs from the scan of its dataset. What numerator and denominator hold depends on the kind:
 * - proportion: rows meeting the numerator's conditions too / rows meeting the denominator's;
 * - rate: the measure (count or sum) / inhabitants of the age bands that year (from the population, not the scan);
 * - mean: the sum of the values / the number of values, with `sumSquares` the sum of their squares.
 * A distinct count does not add up across the scan's groups (import batches, other months), so it has a query of
 * its own (`distinct`).
 */
export interface CompiledComputation {
  kind: RowComputation['kind'];
  dataset: Dataset;
  /** The date field that decides the month of a row. */
  periodField: string;
  numerator: Aggregate | null;
  denominator: Aggregate | null;
  sumSquares: Aggregate | null;
  /** A rate's population age bands. */
  population: readonly string[] | null;
  /** A rate of distinct values: the field and the conditions. */
  distinct: { field: string; where: readonly Filter[] } | null;
}

/** A definition that cannot be computed from its dataset; the message names the field and the dataset. */
export class DefinitionCompileError extends UserFacingError {
  constructor(message: string) {
    super(message, { code: 'INVALID_DEFINITION' });
    this.name = 'DefinitionCompileError';
  }
}

/** Validates the computation against its dataset's columns (throws DefinitionCompileError) and returns its plan. */
export function compileComputation(computation: RowComputation): CompiledComputation {
  const dataset = findDataset(computation.dataset);
  const fields = new FieldChecker(dataset);
  const periodColumn = fields.periodField(computation.periodField);
  // Every sum is over rows with a month: the period field is set (always, when the import requires it).
  const dated = (where: readonly Filter[]): Filter[] =>
    periodColumn.optional ? [{ op: 'isNull', field: computation.periodField, value: false }, ...where] : [...where];
  const plan = { dataset, periodField: computation.periodField, sumSquares: null, population: null, distinct: null };
  switch (computation.kind) {
    case 'proportion': {
      fields.filters(computation.denominatorWhere, 'denominatorWhere');
      fields.filters(computation.numeratorWhere, 'numeratorWhere');
      const denominatorRows = dated(computation.denominatorWhere);
      return {
        ...plan,
        kind: 'proportion',
        numerator: { aggregate: 'count', where: [...denominatorRows, ...computation.numeratorWhere] },
        denominator: { aggregate: 'count', where: denominatorRows },
      };
    }
    case 'rate': {
      const measure = computation.numerator;
      fields.measure(measure, 'numerator');
      const rate = { ...plan, kind: 'rate' as const, denominator: null, population: computation.population.ageBands };
      if (measure.aggregate === 'countDistinct') {
        return { ...rate, numerator: null, distinct: { field: measure.field, where: dated(measure.where) } };
      }
      const numerator: Aggregate =
        measure.aggregate === 'count'
          ? { aggregate: 'count', where: dated(measure.where) }
          : { aggregate: 'sum', value: measure.value, where: dated(measure.where) };
      return { ...rate, numerator };
    }
    case 'mean': {
      fields.numericValue(computation.value, 'value');
      fields.filters(computation.where, 'where');
      const rows = dated(computation.where);
      return {
        ...plan,
        kind: 'mean',
        numerator: { aggregate: 'sum', value: computation.value, where: rows },
        denominator: { aggregate: 'count', value: computation.value, where: rows },
        sumSquares: { aggregate: 'sumOfSquares', value: computation.value, where: rows },
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: the allow-list and the types of the dataset's columns.

type TypeClass = 'date' | 'timestamp' | 'number' | 'boolean' | 'text';

function typeClass(type: ColumnType): TypeClass {
  switch (type.kind) {
    case 'date':
    case 'timestamp':
    case 'boolean':
      return type.kind;
    case 'integer':
    case 'decimal':
      return 'number';
    default:
      return 'text';
  }
}

const typeNames: Record<TypeClass, string> = {
  date: 'ett datum',
  timestamp: 'en tidpunkt',
  number: 'ett tal',
  boolean: 'ett ja/nej-värde',
  text: 'en text',
};

class FieldChecker {
  constructor(private readonly dataset: Dataset) {}

  private fail(message: string): never {
    throw new DefinitionCompileError(message);
  }

  column(name: string, where: string): Column {
    const column = this.dataset.columns.find((c) => c.name === name);
    if (!column) {
      this.fail(
        `Fältet "${name}" (i ${where}) finns inte i datamängden ${this.dataset.name}; fälten är ` +
          `${this.dataset.columns.map((c) => c.name).join(', ')} / unknown field "${name}" in dataset ${this.dataset.name}`,
      );
    }
    return column;
  }

  typed(name: string, where: string, allowed: readonly TypeClass[], purpose: string): Column {
    const column = this.column(name, where);
    const actual = typeClass(column.type);
    if (!allowed.includes(actual)) {
      this.fail(
        `Fältet "${name}" (i ${where}) i datamängden ${this.dataset.name} är ${typeNames[actual]}, men ${purpose} kräver ` +
          `${allowed.map((t) => typeNames[t]).join(' eller ')} / field "${name}" in dataset ${this.dataset.name} has the wrong type`,
      );
    }
    return column;
  }

  periodField(name: string): Column {
    return this.typed(name, 'periodField', ['date', 'timestamp'], 'periodfältet');
  }

  numericValue(value: ValueExpression, where: string): void {
    if (typeof value === 'string') this.typed(value, where, ['number'], 'ett värde att summera');
    else for (const field of value.daysBetween) this.typed(field, where, ['date'], 'daysBetween');
  }

  measure(measure: Measure, where: string): void {
    if (measure.aggregate === 'sum') this.numericValue(measure.value, `${where}.value`);
    if (measure.aggregate === 'countDistinct') this.column(measure.field, `${where}.field`);
    this.filters(measure.where, `${where}.where`);
  }

  filters(filters: readonly Filter[], where: string): void {
    filters.forEach((filter, i) => this.filter(filter, `${where}[${i}]`));
  }

  filter(filter: Filter, where: string): void {
    switch (filter.op) {
      case 'eq':
        this.value(this.column(filter.field, where), filter.value, where);
        return;
      case 'in':
        for (const value of filter.values) this.value(this.column(filter.field, where), value, where);
        return;
      case 'between':
        if (this.typed(filter.field, where, ['number'], 'between').type.kind === 'integer') {
          const fraction = [filter.min, filter.max].find((bound) => !Number.isInteger(bound));
          if (fraction !== undefined) {
            this.fail(
              `between i ${where}: fältet "${filter.field}" i datamängden ${this.dataset.name} är ett heltal, men gränsen ` +
                `${fraction} är det inte / bounds of an integer field must be whole numbers`,
            );
          }
        }
        if (filter.min > filter.max) this.fail(`between i ${where} har min ${filter.min} större än max ${filter.max} / min exceeds max`);
        return;
      case 'isNull':
        this.column(filter.field, where);
        return;
      case 'daysBetween':
        this.typed(filter.from, where, ['date'], 'daysBetween');
        this.typed(filter.to, where, ['date'], 'daysBetween');
        if (filter.min !== undefined && filter.max !== undefined && filter.min > filter.max) {
          this.fail(`daysBetween i ${where} har min ${filter.min} större än max ${filter.max} / min exceeds max`);
        }
        return;
      case 'hoursBetween':
        this.typed(filter.from, where, ['date', 'timestamp'], 'hoursBetween (från)');
        this.typed(filter.to, where, ['timestamp'], 'hoursBetween (till)');
        return;
    }
  }

  /** A compared value must be one the column can hold: a typo like 'hembesök' would otherwise count nothing. */
  value(column: Column, value: string | number | boolean, where: string): void {
    const type = column.type;
    const known = type.kind === 'enum' ? type.values : type.kind === 'sex' ? sexes : type.kind === 'ageBand' ? ageBands : undefined;
    const fits =
      typeClass(type) === 'boolean'
        ? typeof value === 'boolean'
        : typeClass(type) === 'number'
          ? typeof value === 'number' && (type.kind !== 'integer' || Number.isInteger(value))
          : type.kind === 'date'
            ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
            : typeof value === 'string' && (!known || known.includes(value));
    if (!fits) {
      this.fail(
        `Värdet ${JSON.stringify(value)} (i ${where}) passar inte fältet "${column.name}" i datamängden ${this.dataset.name}, ` +
          `som är ${describeType(type)} / value does not fit field "${column.name}" in dataset ${this.dataset.name}`,
      );
    }
  }
}
