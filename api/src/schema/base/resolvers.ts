import { createRequire } from 'node:module';
import type { Resolvers } from '../resolvers-types.generated.ts';
import { jsonScalar } from './json-scalar.ts';

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };

export const baseResolvers: Resolvers = {
  JSON: jsonScalar,
  Query: {
    version: () => version,
  },
};
