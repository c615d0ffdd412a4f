import { hasDemoData } from '../../demo/import-demo.ts';
import type { Resolvers } from '../resolvers-types.generated.ts';

export const demoResolvers: Resolvers = {
  Query: {
    demoData: (_parent, _args, { sql }) => hasDemoData(sql),
  },
};
