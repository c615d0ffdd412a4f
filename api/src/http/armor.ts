import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

/**
 * Limits that stop a single GraphQL document from costing the server more than any real page does.
 * The web's heaviest query (the start page) has depth 4, no aliases, ~60 tokens and cost ~30; the
 * limits leave ample room for reports and admin pages to come.
 */
export const graphqlLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 5000,
} as const;

export function armorPlugins(options: { debug: boolean }): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: graphqlLimits.maxDepth },
    maxAliases: { n: graphqlLimits.maxAliases },
    maxTokens: { n: graphqlLimits.maxTokens },
    maxDirectives: { n: graphqlLimits.maxDirectives },
    costLimit: { maxCost: graphqlLimits.maxCost },
    // Suggestions ("Did you mean …?") reveal the schema; keep them for developers only.
    blockFieldSuggestion: { enabled: !options.debug },
  });
  return armor.protect().plugins as Plugin[];
}
