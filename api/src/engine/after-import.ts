import type { Computation } from '@samsyn/indicators';
import type { SqlPool } from '../db/client.ts';
import { type IndicatorRecompute, recompute } from './materialise.ts';

/**
 * Bringing the indicator values up to date after imports. An import publishes its rows in one transaction; the
 * values those rows reach are then recomputed here, and the batch marked (import_batch.values_updated_at). The
 * indicators recomputed are those that read the batch's dataset, and of their values only the cells that changed
 * are written (materialise.ts): a corrected March rewrites what March reaches — March, its quarter, its year, the
 * rolling 12 months it is in, the trends over it, its sub-region and the county — and nothing else.
 *
 * Kept out of the import's own transaction so that a large import is not held open by the computation, and so that
 * several files imported in a row (the demo) are computed once. A process stopped between the two leaves batches
 * unmarked, and the next start (or import) finishes the work.
 */

export interface ValuesUpdate {
  /** The batches whose values are now up to date. */
  batchIds: string[];
  /** The indicators recomputed, with how many of their values changed. */
  indicators: IndicatorRecompute[];
  milliseconds: number;
}

/** The datasets an indicator reads: its rows' dataset and, for a rate, the population; Kolada's for Kolada. */
export function datasetsRead(computation: Computation): string[] {
  switch (computation.kind) {
    case 'proportion':
    case 'mean':
      return [computation.dataset];
    case 'rate':
      return [computation.dataset, 'befolkning'];
    case 'kolada':
      return ['kolada'];
    case 'survey':
      return [];
  }
}

/** Recomputes the values that published batches not yet reflected in them reach; nothing when there are none. */
export async function updatePendingValues(sql: SqlPool): Promise<ValuesUpdate> {
  const started = performance.now();
  const pending = await sql<{ id: string; dataset: string }[]>`
    select id::text as id, dataset from import_batch where status = 'published' and values_updated_at is null order by id`;
  if (pending.length === 0) return { batchIds: [], indicators: [], milliseconds: performance.now() - started };
  const datasets = new Set(pending.map((b) => b.dataset));
  const batchIds = pending.map((b) => b.id);
  // A Kolada batch replaces the rows of its own key figures only (its replaceBy), so only their indicators change.
  const koladaKpis = datasets.has('kolada')
    ? new Set(
        (await sql<{ kpi: string }[]>`select distinct kpi from fact_kolada where batch_id = any(${batchIds}::bigint[])`).map((r) => r.kpi),
      )
    : new Set<string>();
  const definitions = await sql<{ id: string; computation: Computation }[]>`
    select distinct on (id) id, definition -> 'computation' as computation from indicator_definition order by id, version desc`;
  const affected = definitions
    .filter(({ computation }) =>
      computation.kind === 'kolada'
        ? koladaKpis.has(computation.kpi)
        : datasetsRead(computation).some((name) => datasets.has(name)),
    )
    .map((d) => d.id);
  const indicators = affected.length > 0 ? await recompute(sql, { indicators: affected }) : [];
  await sql`update import_batch set values_updated_at = now() where id = any(${batchIds}::bigint[])`;
  return { batchIds, indicators, milliseconds: performance.now() - started };
}

/** "Indikatorvärden uppdaterade: 5 indikatorer, 1 234 värden ändrade (0,8 s)." */
export function describeValuesUpdate(update: ValuesUpdate): string | undefined {
  if (update.batchIds.length === 0) return undefined;
  const changed = update.indicators.reduce((sum, r) => sum + r.written, 0);
  const seconds = (update.milliseconds / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  return (
    `Indikatorvärden uppdaterade: ${update.indicators.length} indikatorer, ` +
    `${changed.toLocaleString('sv-SE')} värden ändrade (${seconds} s).`
  );
}
