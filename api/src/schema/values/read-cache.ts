import type { IndicatorDefinition } from '@samsyn/indicators';
import type { Sql } from '../../db/client.ts';
import { countyCode } from '../../seed/org-units.ts';
import type { AssessmentComparators, PeriodType, Sex } from './queries.ts';

/**
 * What the values API keeps between requests, for as long as the server runs (one per GraphQL server). Nothing in it
 * depends on who asks, and no entry can be served for data other than the data it was read from: definitions are
 * kept under their version and content hash, comparators under the generation of the values they were read from.
 * Each read names the key it needs, read from the database in the same statement as its values, so nothing needs
 * invalidating when a definition is versioned or a value recomputed, by this server or any other process.
 */
export class ValueReadCache {
  readonly definitions = new DefinitionCache();
  readonly comparators = new ComparatorCache();
}

/** Which stored definition: an indicator's version, and the hash of that version's content. */
export interface DefinitionKey {
  id: string;
  version: number;
  contentHash: string;
}

interface DefinitionEntry extends DefinitionKey {
  definition: IndicatorDefinition;
}

/**
 * Parsed definitions by id. A stored version is never rewritten (definitions/store.ts), and a new one (through the
 * API, or from `samsyn seed`) is a new key, read on first use. One entry per indicator, the last version asked for,
 * so the cache grows with the catalogue and not with its history.
 */
export class DefinitionCache {
  readonly #entries = new Map<string, DefinitionEntry>();

  /** The definitions under these keys, by indicator id; reads the database only for keys not cached yet. */
  async definitions(sql: Sql, keys: readonly DefinitionKey[]): Promise<Map<string, IndicatorDefinition>> {
    const found = new Map<string, IndicatorDefinition>();
    const missing: DefinitionKey[] = [];
    for (const key of keys) {
      const entry = this.#entries.get(key.id);
      if (entry && entry.version === key.version && entry.contentHash === key.contentHash) found.set(key.id, entry.definition);
      else missing.push(key);
    }
    if (missing.length === 0) return found;
    const rows = await sql<DefinitionEntry[]>`
      select d.id, d.version, d.content_hash as "contentHash", d.definition
      from indicator_definition d
      join unnest(${missing.map((k) => k.id)}::text[], ${missing.map((k) => k.version)}::int[]) as k (id, version)
        on d.id = k.id and d.version = k.version`;
    for (const row of rows) {
      // Kept under the version and hash the row itself has.
      this.#entries.set(row.id, row);
      found.set(row.id, row.definition);
    }
    return found;
  }
}

/**
 * When values were read: the generation of indicator_value and org_unit (migration 0012: it moves on, in the same
 * transaction, with every change of either) and the day, since which units are current depends on the date.
 */
export interface ReadPoint {
  generation: string;
  day: string;
}

/** The county's value and the municipalities' values of one indicator and period. */
interface ComparatorEntry {
  countyValue: number | null;
  municipalityValues: number[];
}

export interface ComparatorKeys {
  indicatorIds: readonly string[];
  periodType: PeriodType;
  period: string;
  sex: Sex;
}

/** Enough for every indicator over every period type and sex of a few years; past it the cache starts again. */
const maxComparatorEntries = 20_000;

/**
 * The comparators of a period (the county's and every municipality's value, what a unit's colour is judged against),
 * the same for every unit's scorecard, kept under the read point of the statement that read them. A request uses
 * only entries of its own values' read point, so a recompute (a new generation) or a new day starts afresh; entries
 * of an older point are dropped when a newer one is read.
 */
export class ComparatorCache {
  #point: { generation: bigint; day: string } | undefined;
  readonly #entries = new Map<string, ComparatorEntry>();
  /** Reads under way, so that requests arriving together after a recompute read the comparators once. */
  readonly #pending = new Map<string, Promise<{ point: ReadPoint; entries: Map<string, ComparatorEntry> }>>();

  async comparators(sql: Sql, point: ReadPoint, keys: ComparatorKeys): Promise<AssessmentComparators> {
    const found = new Map<string, ComparatorEntry>();
    const missing: string[] = [];
    const current = this.#point !== undefined && this.#point.generation === BigInt(point.generation) && this.#point.day === point.day;
    for (const indicatorId of keys.indicatorIds) {
      const entry = current ? this.#entries.get(entryKey(indicatorId, keys)) : undefined;
      if (entry) found.set(indicatorId, entry);
      else missing.push(indicatorId);
    }
    if (missing.length > 0) {
      const pendingKey = `${point.generation}|${point.day}|${entryKey(missing.join(','), keys)}`;
      let pending = this.#pending.get(pendingKey);
      if (!pending) {
        pending = readComparators(sql, { ...keys, indicatorIds: missing }).finally(() => this.#pending.delete(pendingKey));
        this.#pending.set(pendingKey, pending);
      }
      const read = await pending;
      this.#keep(read.point, keys, read.entries);
      for (const [indicatorId, entry] of read.entries) found.set(indicatorId, entry);
    }
    const of = (indicatorId: string, period: string) => (period === keys.period ? found.get(indicatorId) : undefined);
    return {
      countyValue: (indicatorId, period) => of(indicatorId, period)?.countyValue ?? null,
      municipalityValues: (indicatorId, period) => of(indicatorId, period)?.municipalityValues ?? [],
    };
  }

  /** Keeps what was read unless the cache holds a newer read point (a statement that ran before a recompute). */
  #keep(point: ReadPoint, keys: ComparatorKeys, entries: ReadonlyMap<string, ComparatorEntry>): void {
    const read = { generation: BigInt(point.generation), day: point.day };
    const kept = this.#point;
    if (!kept || read.generation !== kept.generation || read.day !== kept.day) {
      if (kept && (read.generation < kept.generation || (read.generation === kept.generation && read.day < kept.day))) return;
      this.#point = read;
      this.#entries.clear();
    }
    if (this.#entries.size + entries.size > maxComparatorEntries) this.#entries.clear();
    for (const [indicatorId, entry] of entries) this.#entries.set(entryKey(indicatorId, keys), entry);
  }
}

const entryKey = (indicatorId: string, keys: Pick<ComparatorKeys, 'periodType' | 'period' | 'sex'>) =>
  `${indicatorId}\u0000${keys.periodType}\u0000${keys.period}\u0000${keys.sex}`;

/**
 * The comparators of some indicators for one period in one statement: a row per indicator with the county's value and
 * the municipalities' values as an array (the stored values gathered, not computed: nothing aggregates raw rows), and
 * the read point they were read at. Every requested indicator gets an entry, empty when it has no values.
 */
async function readComparators(sql: Sql, keys: ComparatorKeys): Promise<{ point: ReadPoint; entries: Map<string, ComparatorEntry> }> {
  const rows = await sql<
    { indicatorId: string | null; countyValue: number | null; municipalityValues: number[] | null; generation: string; day: string }[]
  >`
    select c.*, g.generation::text as generation, current_date::text as day
    from indicator_value_generation g
    left join (
      select v.indicator_id as "indicatorId",
        max(v.value) filter (where o.code = ${countyCode}) as "countyValue",
        array_agg(v.value) filter (where o.kind = 'municipality' and v.value is not null) as "municipalityValues"
      from indicator_value v
      join org_unit o on o.code = v.org_unit
      where v.indicator_id = any(${keys.indicatorIds as string[]}) and v.period_type = ${keys.periodType}
        and v.period = ${keys.period} and v.sex = ${keys.sex}
        and (o.kind = 'municipality' or o.code = ${countyCode})
        and (o.valid_to is null or o.valid_to >= current_date)
      group by v.indicator_id
    ) c on true`;
  const [first] = rows;
  if (!first) throw new Error('indicator_value_generation has no row (migration 0012)');
  const entries = new Map<string, ComparatorEntry>(keys.indicatorIds.map((id) => [id, { countyValue: null, municipalityValues: [] }]));
  for (const row of rows) {
    if (row.indicatorId !== null) entries.set(row.indicatorId, { countyValue: row.countyValue, municipalityValues: row.municipalityValues ?? [] });
  }
  return { point: { generation: first.generation, day: first.day }, entries };
}
