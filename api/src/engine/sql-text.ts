import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';

/**
 * For tests: the SQL text and parameters postgres.js sends for a query, rendered by postgres.js's own stringify
 * without a server. The package exports no such function, so its module is loaded by path; it is the same module
 * instance the client uses (the ESM build), so fragments and sql(name) render exactly as they do on the wire.
 */
type Stringify = (query: unknown, first: string, firstArg: unknown, parameters: unknown[], types: unknown[], options: unknown) => string;

let stringify: Stringify | undefined;

async function loadStringify(): Promise<Stringify> {
  if (stringify) return stringify;
  const require = createRequire(import.meta.url);
  const cjsEntry = require.resolve('postgres');
  const types = (await import(pathToFileURL(join(dirname(cjsEntry), '../../src/types.js')).href)) as { stringify: Stringify };
  stringify = types.stringify;
  return stringify;
}

/** A client that never connects: queries built with it are only rendered. */
export function offlineSql() {
  return postgres('postgres://nobody@127.0.0.1:1/none', { max: 1, connect_timeout: 1 });
}

export async function sqlText(query: unknown): Promise<{ text: string; parameters: unknown[] }> {
  const render = await loadStringify();
  const q = query as { strings: string[]; args: unknown[] };
  const parameters: unknown[] = [];
  const text = render(q, q.strings[0]!, q.args[0], parameters, [], { transform: { undefined: undefined, column: {} } });
  return { text: text.replace(/\s+/g, ' ').trim(), parameters };
}
