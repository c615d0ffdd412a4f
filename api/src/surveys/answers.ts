import {
  type AnswerOption,
  type Answers,
  isShown,
  optionsOf,
  type Question,
  type QuestionnaireContent,
  questionsOf,
  type Valuation,
} from './content.ts';
import { maskPersonalData } from './mask.ts';

/**
 * A response's answers checked against the version answered, and turned into the rows stored. Pure, so that the
 * page can show the same problems the store would refuse with. Answers to questions that are not shown (their
 * condition no longer holds after the person went back and changed an earlier answer) are dropped, not refused.
 */

export type AnswerProblemCode = 'required' | 'unknown_option' | 'one_option' | 'too_long';

export interface AnswerProblem {
  question: string;
  code: AnswerProblemCode;
}

export interface AnswerRow {
  questionKey: string;
  dimension: string;
  optionKey: string | null;
  valuation: Valuation | null;
  freeText: string | null;
}

export function checkAnswers(content: QuestionnaireContent, answers: Answers): { problems: AnswerProblem[]; rows: AnswerRow[] } {
  const problems: AnswerProblem[] = [];
  const rows: AnswerRow[] = [];
  for (const question of questionsOf(content)) {
    if (!isShown(content, question, answers)) continue;
    const given = givenValues(answers.get(question.key));
    if (given.length === 0) {
      if (question.required) problems.push({ question: question.key, code: 'required' });
      continue;
    }
    const { key: questionKey, dimension } = question;
    if (question.type === 'free_text') {
      const text = given.join('\n');
      if (text.length > question.maxLength) problems.push({ question: questionKey, code: 'too_long' });
      else rows.push({ questionKey, dimension, optionKey: null, valuation: null, freeText: maskPersonalData(text) });
      continue;
    }
    const options = optionsByKey(question);
    const chosen = given.length === 1 ? given : [...new Set(given)];
    if (chosen.some((key) => !options.has(key))) problems.push({ question: questionKey, code: 'unknown_option' });
    else if (question.type !== 'multiple_choice' && chosen.length > 1) problems.push({ question: questionKey, code: 'one_option' });
    else for (const key of chosen) rows.push({ questionKey, dimension, optionKey: key, valuation: options.get(key)!.valuation, freeText: null });
  }
  return { problems, rows };
}

/** The values given for a question, trimmed, without empty ones. */
function givenValues(values: readonly string[] | undefined): string[] {
  const given: string[] = [];
  for (const value of values ?? []) {
    const trimmed = value.trim();
    if (trimmed !== '') given.push(trimmed);
  }
  return given;
}

/**
 * A question's options by key, worked out once per question: every submission checks its answers against the same
 * published version, whose content is read once and never changes (questionnaires.ts).
 */
const optionMaps = new WeakMap<Question, ReadonlyMap<string, AnswerOption>>();

function optionsByKey(question: Question): ReadonlyMap<string, AnswerOption> {
  let options = optionMaps.get(question);
  if (!options) optionMaps.set(question, (options = new Map(optionsOf(question).map((option) => [option.key, option]))));
  return options;
}
