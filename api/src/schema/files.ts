import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const schemaDir = fileURLToPath(new URL('.', import.meta.url));

/** One schema.graphql per module folder (base, org, indicators, …), in a stable order. */
export function schemaFiles(): string[] {
  return readdirSync(schemaDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(schemaDir, entry.name, 'schema.graphql'))
    .sort();
}

export function readTypeDefs(): string[] {
  return schemaFiles().map((file) => readFileSync(file, 'utf8'));
}
