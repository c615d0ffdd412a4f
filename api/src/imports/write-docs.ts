import { mkdir, writeFile } from 'node:fs/promises';
import { datasets } from './datasets/index.ts';
import { datasetMarkdown } from './docs.ts';

/** `pnpm docs`: regenerates docs/datasets/*.md from the dataset definitions. */
export const docsDir = new URL('../../../docs/datasets/', import.meta.url);

export async function writeDatasetDocs(): Promise<string[]> {
  await mkdir(docsDir, { recursive: true });
  return Promise.all(
    datasets.map(async (dataset) => {
      await writeFile(new URL(`${dataset.name}.md`, docsDir), datasetMarkdown(dataset));
      return `docs/datasets/${dataset.name}.md`;
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of await writeDatasetDocs()) console.log(`Skrev ${file}`);
}
