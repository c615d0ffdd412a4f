import type { Computation, Filter, Measure, ValueExpression } from '@samsyn/indicators';
import type { PendingQuery } from 'postgres';
import type { Fragment, Sql } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { ageBands, type Column, type ColumnType, describeType, sexes } from '../imports/columns.ts';
import type { Dataset } from '../imports/dataset.ts';
import { befolkning } from '../imports/datasets/befolkning.ts';
import { findDataset } from '../imports/datasets/index.ts';

/**
 * The compiler: one definition's declarative computation → ONE parameterised query that returns the base sums per
 * municipality × month × sex. Field names are looked up in the dataset's column list (the allow-list) and reach SQL
 * only as identifiers through sql(name); every value is a parameter. Nothing in a definition is ever pasted into
 * SQL text, so a definition written through the API cannot inject anything.
 */

/** The computations over the rows of a dataset (Kolada and survey values are not computed from rows). */
export type RowComputation = Extract<Computation, { kind: 'proportion' | 'rate' | 'mean' }>;

/**
 * Base sums of one municipality, month and sex. What numerator and denominator hold depends on the kind:
 * - proportion: rows meeting the numerator's conditions too / rows meeting the denominator's;
 * - rate: the measure (count, sum or distinct count) / inhabitants of the age bands that year (null: not imported);
 * - mean: the sum of the values / the number of values, with `sumSquares` the sum of their squares.
 */
export interface BaseRow {
  kommun: string;
  /** YYYY-MM */
  month: string;
  sex: 'K' | 'M';
  numerator: number;
  denominator: number | null;
  sumSquares: number | null;
  /** The import batches whose rows the sums came from (lineage), as text: batch ids are bigints. */
  batchIds: string[];
}

export interface CompiledComputation {
  kind: RowComputation['kind'];
  dataset: Dataset;
  /** The one query; run it in the transaction that writes the values, so they and their lineage agree. */
  query(sql: Sql): PendingQuery<BaseRow[]>;
}

/** A definition that cannot be computed from its dataset; the message names the field and the dataset. */
export class DefinitionCompileError extends UserFacingError {
  constructor(message: string) {
    super(message, { code: 'INVALID_DEFINITION' });
    this.name = 'DefinitionCompileError';
  }
}

/** Validates the computation against its dataset's columns (throws DefinitionCompileError) and returns its query. */
export function compileComputation(computation: RowComputation): CompiledComputation {
  const dataset = findDataset(computation.dataset);
  const fields = new FieldChecker(dataset);
  fields.periodField(computation.periodField);
  switch (computation.kind) {
    case 'proportion':
      fields.filters(computation.denominatorWhere, 'denominatorWhere');
      fields.filters(computation.numeratorWhere, 'numeratorWhere');
      return { kind: 'proportion', dataset, query: (sql) => proportionQuery(sql, dataset, computation) };
    case 'rate':
      fields.measure(computation.numerator, 'numerator');
      return { kind: 'rate', dataset, query: (sql) => rateQuery(sql, dataset, computation) };
    case 'mean':
      fields.numericValue(computation.value, 'value');
      fields.filters(computation.where, 'where');
      return { kind: 'mean', dataset, query: (sql) => meanQuery(sql, dataset, computation) };
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

  periodField(name: string): void {
    this.typed(name, 'periodField', ['date', 'timestamp'], 'periodfältet');
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

// ---------------------------------------------------------------------------------------------------------------
// Fragments. Every identifier goes through sql(name) inside a fragment of its own: postgres.js reads sql(x) by the
// keyword before it in the same fragment, and `… in ${sql('field')}` would otherwise be taken for its in-list helper.

function identifier(sql: Sql, name: string): Fragment {
  return sql`${sql(name)}`;
}

function allOf(sql: Sql, fragments: Fragment[]): Fragment {
  if (fragments.length === 0) return sql`true`;
  return fragments.reduce((joined, fragment) => sql`${joined} and ${fragment}`);
}

function filterFragment(sql: Sql, filter: Filter): Fragment {
  switch (filter.op) {
    case 'eq':
      return sql`${identifier(sql, filter.field)} = ${filter.value}`;
    case 'in':
      return sql`${identifier(sql, filter.field)} in ${sql(filter.values)}`;
    case 'between':
      return sql`${identifier(sql, filter.field)} between ${filter.min} and ${filter.max}`;
    case 'isNull':
      return filter.value ? sql`${identifier(sql, filter.field)} is null` : sql`${identifier(sql, filter.field)} is not null`;
    case 'daysBetween': {
      // date − date is a whole number of days.
      const days = sql`(${identifier(sql, filter.to)} - ${identifier(sql, filter.from)})`;
      const bounds = [
        ...(filter.min === undefined ? [] : [sql`${days} >= ${filter.min}`]),
        ...(filter.max === undefined ? [] : [sql`${days} <= ${filter.max}`]),
      ];
      return bounds.length ? allOf(sql, bounds) : sql`${days} is not null`;
    }
    case 'hoursBetween':
      // A date `from` becomes the start of its day; a timestamp `from` stays the moment it is.
      return sql`${identifier(sql, filter.to)} - ${identifier(sql, filter.from)}::timestamp <= ${filter.max}::float8 * interval '1 hour'`;
  }
}

function conditions(sql: Sql, filters: readonly Filter[]): Fragment {
  return allOf(sql, filters.map((filter) => sql`(${filterFragment(sql, filter)})`));
}

function valueFragment(sql: Sql, value: ValueExpression): Fragment {
  return typeof value === 'string'
    ? sql`${identifier(sql, value)}::float8`
    : sql`(${identifier(sql, value.daysBetween[1])} - ${identifier(sql, value.daysBetween[0])})::float8`;
}

/**
 * The month a row belongs to. When the period field is the one the import files the rows by, the stored `period`
 * (its first day of the month) is used as is; otherwise the field's month is computed.
 */
function monthOf(sql: Sql, dataset: Dataset, periodField: string): Fragment {
  return dataset.period.column === periodField && dataset.period.granularity === 'month'
    ? sql`period`
    : sql`date_trunc('month', ${identifier(sql, periodField)})::date`;
}

/** Rows that belong to a month: the period field is set. */
function fromRows(sql: Sql, dataset: Dataset, periodField: string): Fragment {
  return sql`from ${identifier(sql, dataset.factTable)} where ${identifier(sql, periodField)} is not null`;
}

/**
 * The sums are first grouped with the import batch as one more key, which costs the hash aggregate next to nothing
 * (rows of one month come from one or a few batches), and then merged per cell with the batch ids as lineage. An
 * array_agg(distinct batch_id) over the raw rows would sort millions of them instead.
 */
function proportionQuery(sql: Sql, dataset: Dataset, c: Extract<RowComputation, { kind: 'proportion' }>) {
  return sql<BaseRow[]>`
    with grouped as (
      select kommun, ${monthOf(sql, dataset, c.periodField)} as month_start, kon, batch_id,
        count(*) filter (where ${conditions(sql, c.numeratorWhere)}) as numerator,
        count(*) as denominator
      ${fromRows(sql, dataset, c.periodField)} and ${conditions(sql, c.denominatorWhere)}
      group by kommun, month_start, kon, batch_id
    )
    select kommun, to_char(month_start, 'YYYY-MM') as month, kon as sex,
      sum(numerator)::float8 as numerator, sum(denominator)::float8 as denominator, null::float8 as "sumSquares",
      array_agg(batch_id order by batch_id)::text[] as "batchIds"
    from grouped
    group by kommun, month_start, kon
    order by kommun, month_start, kon`;
}

function meanQuery(sql: Sql, dataset: Dataset, c: Extract<RowComputation, { kind: 'mean' }>) {
  const value = valueFragment(sql, c.value);
  return sql<BaseRow[]>`
    with grouped as (
      select kommun, ${monthOf(sql, dataset, c.periodField)} as month_start, kon, batch_id,
        sum(${value}) as total, count(*) as n, sum(${value} * ${value}) as squares
      ${fromRows(sql, dataset, c.periodField)} and ${conditions(sql, c.where)} and ${value} is not null
      group by kommun, month_start, kon, batch_id
    )
    select kommun, to_char(month_start, 'YYYY-MM') as month, kon as sex,
      sum(total)::float8 as numerator, sum(n)::float8 as denominator, sum(squares)::float8 as "sumSquares",
      array_agg(batch_id order by batch_id)::text[] as "batchIds"
    from grouped
    group by kommun, month_start, kon
    order by kommun, month_start, kon`;
}

/** The measure per municipality, month and sex, over ALL rows of the dataset: a month with data has zero events, not none. */
function eventsQuery(sql: Sql, dataset: Dataset, c: Extract<RowComputation, { kind: 'rate' }>): Fragment {
  const month = monthOf(sql, dataset, c.periodField);
  const measure = c.numerator;
  const where = conditions(sql, measure.where);
  if (measure.aggregate === 'countDistinct') {
    // Distinct counts do not add up across batches, so this one is not split by batch.
    return sql`
      select kommun, ${month} as month_start, kon,
        count(distinct ${identifier(sql, measure.field)}) filter (where ${where})::float8 as numerator,
        array_agg(distinct batch_id) as batch_ids
      ${fromRows(sql, dataset, c.periodField)}
      group by kommun, month_start, kon`;
  }
  const aggregate =
    measure.aggregate === 'count'
      ? sql`count(*) filter (where ${where})`
      : sql`coalesce(sum(${valueFragment(sql, measure.value)}) filter (where ${where}), 0)`;
  return sql`
    select kommun, month_start, kon, sum(numerator)::float8 as numerator, array_agg(batch_id order by batch_id) as batch_ids
    from (
      select kommun, ${month} as month_start, kon, batch_id, ${aggregate} as numerator
      ${fromRows(sql, dataset, c.periodField)}
      group by kommun, month_start, kon, batch_id
    ) by_batch
    group by kommun, month_start, kon`;
}

/**
 * A rate: the measure per municipality × month × sex against the population of the same municipality, sex and
 * year in the definition's age bands (a month's population is that year's figure). Every municipality with a
 * population gets a cell for every month the dataset has data for, so that no events is a rate of 0, not a gap.
 */
function rateQuery(sql: Sql, dataset: Dataset, c: Extract<RowComputation, { kind: 'rate' }>) {
  return sql<BaseRow[]>`
    with events as (${eventsQuery(sql, dataset, c)}),
    months as (select distinct month_start from events),
    population as (
      select kommun, ar, kon, sum(antal)::float8 as population, array_agg(distinct batch_id) as batch_ids
      from ${identifier(sql, befolkning.factTable)}
      where ${sql`aldersgrupp in ${sql(c.population.ageBands)}`}
      group by kommun, ar, kon
    ),
    expected as (
      select p.kommun, m.month_start, p.kon, p.population, p.batch_ids
      from months m join population p on p.ar = extract(year from m.month_start)::integer
    )
    select coalesce(e.kommun, x.kommun) as kommun, to_char(coalesce(e.month_start, x.month_start), 'YYYY-MM') as month,
      coalesce(e.kon, x.kon) as sex, coalesce(e.numerator, 0)::float8 as numerator, x.population as denominator,
      null::float8 as "sumSquares",
      array(
        select distinct b from unnest(coalesce(e.batch_ids, '{}'::bigint[]) || coalesce(x.batch_ids, '{}'::bigint[])) as b order by b
      )::text[] as "batchIds"
    from expected x
    full join events e on e.kommun = x.kommun and e.month_start = x.month_start and e.kon = x.kon
    order by 1, 2, 3`;
}
