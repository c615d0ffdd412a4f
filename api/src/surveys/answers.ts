import { type Answers, isShown, optionsOf, type QuestionnaireContent, questionsOf, type Valuation } from './content.ts';
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
    const given = (answers.get(question.key) ?? []).map((a) => a.trim()).filter((a) => a !== '');
    const problem = (code: AnswerProblemCode) => problems.push({ question: question.key, code });
    if (given.length === 0) {
      if (question.required) problem('required');
      continue;
    }
    const base = { questionKey: question.key, dimension: question.dimension };
    if (question.type === 'free_text') {
      const text = given.join('\n');
      if (text.length > question.maxLength) problem('too_long');
      else rows.push({ ...base, optionKey: null, valuation: null, freeText: maskPersonalData(text) });
      continue;
    }
    const options = optionsOf(question);
    const chosen = [...new Set(given)].map((key) => options.find((o) => o.key === key));
    if (chosen.some((o) => o === undefined)) problem('unknown_option');
    else if (question.type !== 'multiple_choice' && chosen.length > 1) problem('one_option');
    else for (const option of chosen) rows.push({ ...base, optionKey: option!.key, valuation: option!.valuation, freeText: null });
  }
  return { problems, rows };
}
