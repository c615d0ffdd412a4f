import {
  type Computation,
  type DefinitionProblem,
  formatProblem,
  type IndicatorDefinition,
  InvalidIndicatorDefinitionError,
  parseIndicatorDefinition,
  publicationRuleProblems,
} from '@samsyn/indicators';
import { compileComputation, DefinitionCompileError } from '../engine/compile.ts';
import { UserFacingError } from '../errors.ts';

/** A definition from the API that cannot be stored; every problem with the path of its field. */
export class InvalidDefinitionInputError extends UserFacingError {
  constructor(readonly problems: DefinitionProblem[]) {
    super(`Indikatordefinitionen har fel / the indicator definition has errors: ${problems.map(formatProblem).join('; ')}`, {
      code: 'INVALID_DEFINITION',
      extensions: { problems },
    });
    this.name = 'InvalidDefinitionInputError';
  }
}

/**
 * Everything a definition written through the API must pass before it is stored, the same checks the reviewed
 * catalogue passes: the zod schema (form, and nothing but known keys), the catalogue's publication rules, and for
 * computations over rows the engine's compiler, whose allow-list of the dataset's columns is what keeps a field
 * like `kommun; drop table x` from ever reaching SQL. Compiling here, not first at the next recompute, means an
 * editor hears about a misspelt field or value now rather than finding an indicator without values later.
 */
export function validateDefinitionInput(input: unknown): IndicatorDefinition {
  let definition: IndicatorDefinition;
  try {
    definition = parseIndicatorDefinition(input);
  } catch (error) {
    if (error instanceof InvalidIndicatorDefinitionError) throw new InvalidDefinitionInputError(error.issues);
    throw error;
  }
  const problems = [...publicationRuleProblems(definition), ...compileProblems(definition.computation)];
  if (problems.length > 0) throw new InvalidDefinitionInputError(problems);
  return definition;
}

/**
 * The compiler stops at the first field that does not fit and names it relative to the computation
 * ("i numeratorWhere[0]"), so its problem is reported at `computation`.
 */
function compileProblems(computation: Computation): DefinitionProblem[] {
  switch (computation.kind) {
    case 'proportion':
    case 'rate':
    case 'mean':
      try {
        compileComputation(computation);
        return [];
      } catch (error) {
        if (error instanceof DefinitionCompileError) return [{ path: 'computation', message: error.message }];
        throw error;
      }
    case 'kolada':
    case 'survey':
      // Not computed from rows: their references are checked by the schema and the publication rules.
      return [];
  }
}
