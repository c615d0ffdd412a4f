import type { Computation } from './computation.ts';
import type { DefinitionProblem, IndicatorDefinition } from './definition.ts';

/**
 * Rules of the joint catalogue that the zod schema does not hold, because they are policy rather than
 * form: the reviewed catalogue keeps them by its tests (catalogue.test.ts), and definitions that working
 * groups write through the API are refused when they break them. One function, so the two cannot drift.
 */

/**
 * The smallest disclosure limit allowed: register data (contacts, waiting lists, care transitions) like
 * Väntetider i vården never on fewer than 20 observations, survey results never on fewer than 30 answers.
 * Kolada suppresses small numbers itself, so its key figures need no limit of Samsyn's own.
 */
export function minimumDenominator(computation: Computation): number {
  switch (computation.kind) {
    case 'survey':
      return 30;
    case 'kolada':
      return 1;
    default:
      return 20;
  }
}

/** Kolada publishes its key figures once a year; a monthly or quarterly Kolada indicator would promise values that never come. */
const koladaFrequency = 'year';

/**
 * A survey dimension is looked up by name in the questionnaire, so it is written like a field name (the
 * catalogue's are `helhetsintryck`, `trygg_hemgang`, …), never as free text.
 */
const surveyDimensionPattern = /^[a-z][a-z0-9_]*$/;

/** Every rule the definition breaks, with the path of the field to change. */
export function publicationRuleProblems(definition: IndicatorDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const { computation } = definition;
  const minimum = minimumDenominator(computation);
  if (definition.disclosure.minDenominator < minimum) {
    problems.push({
      path: 'disclosure.minDenominator',
      message:
        `Minst ${minimum} för beräkningen ${computation.kind}, så att ingen enskild kan pekas ut / ` +
        `at least ${minimum} for a ${computation.kind} computation`,
    });
  }
  if (computation.kind === 'kolada' && definition.frequency !== koladaFrequency) {
    problems.push({
      path: 'frequency',
      message: 'Kolada publicerar nyckeltal en gång om året; använd year / Kolada key figures are yearly: use year',
    });
  }
  if (computation.kind === 'survey' && !surveyDimensionPattern.test(computation.dimension)) {
    problems.push({
      path: 'computation.dimension',
      message:
        'Enkätdimensionen skrivs med gemener, siffror och understreck, t.ex. trygg_hemgang / ' +
        'a survey dimension is a name of a–z, 0–9 and _',
    });
  }
  return problems;
}
