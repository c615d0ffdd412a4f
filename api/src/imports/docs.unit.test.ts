import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { datasets } from './datasets/index.ts';
import { datasetMarkdown } from './docs.ts';
import { docsDir } from './write-docs.ts';

describe('docs/datasets', () => {
  it.each(datasets.map((d) => [d.name, d] as const))('%s.md is generated from the definition (run pnpm docs)', async (name, dataset) => {
    const committed = await readFile(new URL(`${name}.md`, docsDir), 'utf8');
    expect(committed).toBe(datasetMarkdown(dataset));
  });

  it('describes every column with its allowed values', () => {
    const markdown = datasetMarkdown(datasets[0]!);
    expect(markdown).toContain('| `kommun` | SCB:s fyrsiffriga kommunkod, en av Västra Götalands 49 kommuner | ja | Patientens hemkommun. |');
    expect(markdown).toContain('| `kontaktform` | en av: fysiskt, hembesok, video, telefon, chatt | ja |');
  });
});
