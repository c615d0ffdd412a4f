/**
 * The survey form's logic, shared by the form actions (server) and the page (browser): which
 * questions are shown, which step comes next, and what a step still lacks. The API checks every
 * response again in full when it is sent; this is what lets a person move between steps without
 * losing anything, with or without JavaScript.
 *
 * Answers travel in the form itself: the current step's fields, and every other step's answers as
 * hidden fields named by question key. Nothing is kept between requests on the server or in a
 * cookie.
 */
import type { FormError } from '../forms';
import type { SurveyFormData } from '../graphql/operations';
import type { SurveyLanguage } from './languages';
import { surveyText } from './messages';

/** The questionnaire content as the API returns it (api/src/surveys/content.ts). */
export type Texts = Record<SurveyLanguage, string>;

export interface SurveyQuestion {
	key: string;
	type: 'scale' | 'yes_no' | 'multiple_choice' | 'free_text';
	text: Texts;
	dimension: string;
	required: boolean;
	showIf?: { question: string; answers: string[] };
	/** The answers to choose from, in order (none for free text); the API spells out its fixed scales. */
	options: { key: string; text: Texts }[];
	/** free_text only. */
	maxLength?: number;
}

export interface SurveyGroup {
	key: string;
	title: Texts;
	questions: SurveyQuestion[];
}

export interface SurveyContent {
	title: Texts;
	intro: Texts;
	groups: SurveyGroup[];
}

/** Answers by question key: option keys, or one text. */
export type SurveyAnswers = Record<string, string[]>;

/** What a step of the survey shows. */
export interface SurveyView {
	survey: SurveyFormData;
	lang: SurveyLanguage;
	step: number;
	answers: SurveyAnswers;
	errors: FormError[];
	/** A refusal that still leaves the form usable (e.g. a new version was published meanwhile). */
	notice?: string;
	/** The single-use code, carried in a hidden field (never in the address, where it would be logged). */
	code?: string;
}

export function allQuestions(content: SurveyContent): SurveyQuestion[] {
	return content.groups.flatMap((group) => group.questions);
}

export function isShown(content: SurveyContent, question: SurveyQuestion, answers: SurveyAnswers): boolean {
	if (!question.showIf) return true;
	const { question: key, answers: wanted } = question.showIf;
	const target = allQuestions(content).find((q) => q.key === key);
	if (!target || !isShown(content, target, answers)) return false;
	return (answers[key] ?? []).some((answer) => wanted.includes(answer));
}

export function shownQuestions(content: SurveyContent, step: number, answers: SurveyAnswers): SurveyQuestion[] {
	return (content.groups[step]?.questions ?? []).filter((q) => isShown(content, q, answers));
}

/** The next (or previous) step with a question to show; undefined past the last (first) one. */
export function neighbourStep(content: SurveyContent, step: number, direction: 1 | -1, answers: SurveyAnswers): number | undefined {
	for (let s = step + direction; s >= 0 && s < content.groups.length; s += direction) {
		if (shownQuestions(content, s, answers).length > 0) return s;
	}
	return undefined;
}

/** Every question's answers in the posted form (other fields, such as the step, are ignored). */
export function answersFromForm(content: SurveyContent, data: FormData): SurveyAnswers {
	const answers: SurveyAnswers = {};
	for (const question of allQuestions(content)) {
		const values = data
			.getAll(question.key)
			.filter((v): v is string => typeof v === 'string')
			.map((v) => (question.type === 'free_text' ? v : v.trim()))
			.filter((v) => v.trim() !== '');
		if (values.length > 0) answers[question.key] = question.type === 'free_text' ? [values.join('\n')] : values;
	}
	return answers;
}

/** The id a problem links to: the first option of the question's fieldset, or its text field. */
export function fieldId(question: SurveyQuestion): string {
	const first = question.options[0];
	return first ? `q-${question.key}-${first.key}` : `q-${question.key}`;
}

export type ProblemCode = 'required' | 'unknown_option' | 'one_option' | 'too_long';

export function problemError(language: SurveyLanguage, question: SurveyQuestion, code: ProblemCode): FormError {
	return {
		field: fieldId(question),
		message: surveyText(language, `problem.${code}`, { question: question.text[language], max: question.maxLength ?? 0 })
	};
}

/** What the shown questions of one step lack before moving on: required answers, text too long. */
export function stepProblems(content: SurveyContent, step: number, answers: SurveyAnswers, language: SurveyLanguage): FormError[] {
	const errors: FormError[] = [];
	for (const question of shownQuestions(content, step, answers)) {
		const given = answers[question.key] ?? [];
		if (question.required && given.length === 0) errors.push(problemError(language, question, 'required'));
		else if (question.type === 'free_text' && (given[0]?.length ?? 0) > (question.maxLength ?? Infinity)) {
			errors.push(problemError(language, question, 'too_long'));
		}
	}
	return errors;
}

/** Answers to send: only those of questions still shown (earlier choices may have hidden some). */
export function answersToSend(content: SurveyContent, answers: SurveyAnswers): { question: string; values: string[] }[] {
	return allQuestions(content)
		.filter((q) => answers[q.key] && isShown(content, q, answers))
		.map((q) => ({ question: q.key, values: answers[q.key]! }));
}
