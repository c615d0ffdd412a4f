import { describe, expect, it } from 'vitest';
import { answersFromForm, answersToSend, neighbourStep, stepProblems, type SurveyContent } from './form';

const texts = (s: string) => ({ sv: s, en: s, ar: s });
const yesNo = [
	{ key: 'ja', text: texts('Ja') },
	{ key: 'nej', text: texts('Nej') }
];

/** Step 1 asks A (required) and, only when A is ja, B; step 2 asks C only when A is nej; step 3 a text. */
const content: SurveyContent = {
	title: texts('Enkät'),
	intro: texts('Intro'),
	groups: [
		{
			key: 'g1',
			title: texts('Ett'),
			questions: [
				{ key: 'a', type: 'yes_no', text: texts('A?'), dimension: 'helhetsintryck', required: true, options: yesNo },
				{
					key: 'b',
					type: 'yes_no',
					text: texts('B?'),
					dimension: 'helhetsintryck',
					required: true,
					options: yesNo,
					showIf: { question: 'a', answers: ['ja'] }
				}
			]
		},
		{
			key: 'g2',
			title: texts('Två'),
			questions: [
				{
					key: 'c',
					type: 'yes_no',
					text: texts('C?'),
					dimension: 'helhetsintryck',
					required: false,
					options: yesNo,
					showIf: { question: 'a', answers: ['nej'] }
				}
			]
		},
		{
			key: 'g3',
			title: texts('Tre'),
			questions: [
				{ key: 'd', type: 'free_text', text: texts('D?'), dimension: 'helhetsintryck', required: false, options: [], maxLength: 10 }
			]
		}
	]
};

function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

describe('the survey form', () => {
	it('reads answers by question key, ignoring the form’s own fields and empty values', () => {
		const data = form([
			['_steg', '0'],
			['a', 'ja'],
			['b', ' nej '],
			['d', ''],
			['okänd', 'x']
		]);
		expect(answersFromForm(content, data)).toEqual({ a: ['ja'], b: ['nej'] });
	});

	it('asks for required answers of the questions shown on the step, in the respondent’s language', () => {
		expect(stepProblems(content, 0, {}, 'sv')).toEqual([{ field: 'q-a-ja', message: 'Svara på frågan: A?' }]);
		expect(stepProblems(content, 0, { a: ['ja'] }, 'ar').map((e) => e.message)).toEqual(['أجب عن السؤال: B?']);
		expect(stepProblems(content, 0, { a: ['nej'] }, 'sv')).toEqual([]);
		expect(stepProblems(content, 2, { d: ['elva tecken'] }, 'en')[0]?.message).toBe(
			'The text is too long, at most 10 characters: D?'
		);
	});

	it('skips a step whose questions are all hidden, both ways', () => {
		expect(neighbourStep(content, 0, 1, { a: ['ja'] })).toBe(2);
		expect(neighbourStep(content, 0, 1, { a: ['nej'] })).toBe(1);
		expect(neighbourStep(content, 2, -1, { a: ['ja'] })).toBe(0);
		expect(neighbourStep(content, 2, 1, {})).toBeUndefined();
	});

	it('sends only the answers of questions still shown', () => {
		expect(answersToSend(content, { a: ['nej'], b: ['ja'], c: ['ja'] })).toEqual([
			{ question: 'a', values: ['nej'] },
			{ question: 'c', values: ['ja'] }
		]);
	});
});
