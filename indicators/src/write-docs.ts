import { writeFile } from 'node:fs/promises';
import { catalogue } from './catalogue/index.ts';
import { catalogueMarkdown } from './docs.ts';

/** `pnpm docs`: regenerates docs/indicators.md from the catalogue. */
export const indicatorDocsFile = new URL('../../docs/indicators.md', import.meta.url);

export async function writeIndicatorDocs(): Promise<string> {
  await writeFile(indicatorDocsFile, catalogueMarkdown(catalogue));
  return 'docs/indicators.md';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Skrev ${await writeIndicatorDocs()}`);
}
