import { createHash } from 'node:crypto';
import type { IndicatorDefinition } from './definition.ts';

/**
 * A stable hash of a definition's content. Seeding compares it with the stored version so that a
 * definition edited in code without a version bump is caught instead of silently rewriting history.
 */
export function definitionContentHash(definition: IndicatorDefinition): string {
  return createHash('sha256').update(canonicalJson(definition)).digest('hex');
}

/** JSON with object keys sorted at every depth, so key order in the source file does not matter. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
