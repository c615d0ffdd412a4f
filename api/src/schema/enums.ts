import { Kind, parse } from 'graphql';

/**
 * Convention: a GraphQL enum value is the upper-case form of the value stored in the database and
 * used in TypeScript (`MUNICIPALITY` ↔ 'municipality'). This one function derives the mapping from
 * the SDL for both the resolvers (at run time) and GraphQL Code Generator (for the types), so the
 * two can never disagree and no enum is mapped by hand.
 */
export function enumValueMappings(typeDefs: readonly string[]): Record<string, Record<string, string>> {
  const mappings: Record<string, Record<string, string>> = {};
  for (const source of typeDefs) {
    for (const definition of parse(source).definitions) {
      if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
      mappings[definition.name.value] = Object.fromEntries(
        (definition.values ?? []).map((value) => [value.name.value, value.name.value.toLowerCase()]),
      );
    }
  }
  return mappings;
}
