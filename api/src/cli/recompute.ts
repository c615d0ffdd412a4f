import { parseArgs } from 'node:util';
import { type IndicatorRecompute, recompute } from '../engine/materialise.ts';
import { UserFacingError } from '../errors.ts';
import type { Command } from './commands.ts';
import { withReadyDatabase } from './database.ts';

const usage = 'samsyn recompute [--indicator id] (flera: --indicator a --indicator b)';

const seconds = (ms: number) => (ms / 1000).toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = (n: number) => n.toLocaleString('sv-SE');

/** "pv-bedomning-3d (version 2): 12 345 värden på 0,41 s" or "… saknar data: …". */
export function describeRecompute(result: IndicatorRecompute): string {
  const name = `${result.indicatorId} (version ${result.version})`;
  return result.status === 'computed'
    ? `${name}: ${count(result.values)} värden på ${seconds(result.milliseconds)} s`
    : `${name}: ${result.note ?? 'saknar data'} (${seconds(result.milliseconds)} s)`;
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
    const results = await withReadyDatabase(config, (db) =>
      recompute(db.sql, { indicators: indicator, onIndicator: (result) => io.out(describeRecompute(result)) }),
    );
    const total = results.reduce((sum, r) => sum + r.values, 0);
    io.out(`Klart: ${count(total)} värden för ${results.length} indikatorer på ${seconds(performance.now() - started)} s.`);
  },
};
