import type { Dataset } from './dataset.ts';

/** Header names as people type them: any case, stray spaces, å/ä/ö or a/a/o. */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export interface HeaderMapping {
  /** For each dataset column, its 0-based position in the file. */
  positions: number[];
  /** File columns the dataset does not use (ignored). */
  ignored: string[];
}

export class HeaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeaderError';
  }
}

/** Finds every dataset column in the file's header, or explains which are missing or doubled. */
export function mapHeader(dataset: Dataset, header: readonly string[]): HeaderMapping {
  const normalized = header.map(normalizeHeader);
  const missing: string[] = [];
  const positions = dataset.columns.map((column) => {
    const matches = normalized.flatMap((name, index) => (name === column.name ? [index] : []));
    if (matches.length > 1) {
      throw new HeaderError(`Kolumnen ${column.name} finns ${matches.length} gånger i rubrikraden (rad 1)`);
    }
    if (matches.length === 0) missing.push(column.name);
    return matches[0] ?? -1;
  });
  if (missing.length > 0) {
    throw new HeaderError(
      `Rubrikraden (rad 1) saknar ${missing.length === 1 ? 'kolumnen' : 'kolumnerna'} ${missing.join(', ')} ` +
        `för ${dataset.name}. Rubrikraden har: ${header.join(', ') || '(inget)'}`,
    );
  }
  const known = new Set(dataset.columns.map((c) => c.name));
  return { positions, ignored: header.filter((_, i) => !known.has(normalized[i] ?? '')) };
}
