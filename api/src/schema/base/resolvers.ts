import { createRequire } from 'node:module';
import type { Resolvers } from '../resolvers-types.generated.ts';

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };

export const baseResolvers: Resolvers = {
  Query: {
    version: () => version,
  },
};
