import { parseArgs } from 'node:util';
import { type IndicatorRecompute, recompute } from '../engine/materialise.ts';
import { UserFacingError } from '../errors.ts';
import type { Command } from './commands.ts';
import { withReadyDatabase } from './database.ts';

const usage = 'samsyn recompute [--indicator id] (flera: --indicator a --indicator b)';

const seconds = (ms: number) => (ms / 1000).toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = (n: number) => n.toLocaleString('sv-SE');

/**
 * "pv-bedomning-3d (version 2): 12 345 värden, 120 ändrade" or "… saknar data: …". Indicators over one dataset are
 * computed together from one scan of it, so the time is given once, for all of them.
 */
export function describeRecompute(result: IndicatorRecompute): string {
  const name = `${result.indicatorId} (version ${result.version})`;
  return result.status === 'computed'
    ? `${name}: ${count(result.values)} värden, ${count(result.written)} ändrade`
    : `${name}: ${result.note ?? 'saknar data'}`;
}

export const recomputeCommand: Command = {
  summary: 'Räknar om indikatorvärdena från importerade data, för alla indikatorer eller dem som anges med --indicator',
  usage,
  async run(config, args, io) {
    let indicator: string[] | undefined;
    try {
      ({ indicator } = parseArgs({ args, options: { indicator: { type: 'string', multiple: true } } }).values);
    } catch (error) {
      throw new UserFacingError(`${(error as Error).message}\nAnvändning / usage: ${usage}`, { exitCode: 2 });
    }
    const started = performance.now();
    io.out('Räknar om indikatorvärdena …');
    const results = await withReadyDatabase(config, (db) => recompute(db.sql, { indicators: indicator }));
    for (const result of results) io.out(describeRecompute(result));
    const total = results.reduce((sum, r) => sum + r.values, 0);
    const written = results.reduce((sum, r) => sum + r.written, 0);
    io.out(
      `Klart: ${count(total)} värden för ${results.length} indikatorer, ${count(written)} ändrade, på ${seconds(performance.now() - started)} s.`,
    );
  },
};
