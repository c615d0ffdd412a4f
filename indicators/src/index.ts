export * from './computation.ts';
export * from './definition.ts';
export * from './publication-rules.ts';
export { catalogue } from './catalogue/index.ts';
export { definitionContentHash } from './content-hash.ts';
export { catalogueMarkdown } from './docs.ts';
export * from './statistics/index.ts';
export * from './assessment.ts';
export * from './disclosure.ts';
