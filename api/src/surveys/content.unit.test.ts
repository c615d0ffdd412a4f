import { catalogue } from '@samsyn/indicators';
import { describe, expect, it } from 'vitest';
import {
  dimensions,
  InvalidQuestionnaireError,
  isShown,
  optionsOf,
  type Question,
  questionsOf,
  validateContent,
} from './content.ts';
import { builtInTemplates, patientExperienceTemplate, postDischargeTemplate } from './templates.ts';

const texts = (s: string) => ({ sv: s, en: s, ar: s });

function minimal(questions: unknown[]) {
  return { title: texts('Enkät'), intro: texts('Intro'), groups: [{ key: 'g', title: texts('Grupp'), questions }] };
}

function problemsOf(input: unknown) {
  try {
    validateContent(input);
  } catch (error) {
    if (error instanceof InvalidQuestionnaireError) return error.problems;
    throw error;
  }
  throw new Error('expected the content to be refused');
}

describe('the built-in templates', () => {
  it('are valid content', () => {
    expect(validateContent(patientExperienceTemplate.content)).toEqual(patientExperienceTemplate.content);
    expect(validateContent(postDischargeTemplate.content)).toEqual(postDischargeTemplate.content);
  });

  it('follow the national patient survey: seven dimensions, one step each, at most 25 questions, free text last', () => {
    const content = patientExperienceTemplate.content;
    const questions = questionsOf(content);
    expect(content.groups).toHaveLength(7);
    expect(new Set(questions.map((q) => q.dimension))).toEqual(new Set(dimensions));
    for (const group of content.groups) expect(new Set(group.questions.map((q) => q.dimension)).size).toBe(1);
    expect(questions.length).toBeLessThanOrEqual(25);
    expect(questions.filter((q) => q.type === 'free_text').map((q) => q.key)).toEqual([questions.at(-1)!.key]);
  });

  it('offers words without a neutral midpoint, and always Vet inte / Inte aktuellt', () => {
    const scale = questionsOf(patientExperienceTemplate.content).find((q) => q.type === 'scale')!;
    expect(optionsOf(scale).map((o) => [o.text.sv, o.valuation])).toEqual([
      ['Mycket bra', 'positive'],
      ['Ganska bra', 'positive'],
      ['Ganska dåligt', 'negative'],
      ['Mycket dåligt', 'negative'],
      ['Vet inte / Inte aktuellt', 'excluded'],
    ]);
    for (const question of questionsOf(patientExperienceTemplate.content)) {
      if (question.type === 'scale' || question.type === 'yes_no') expect(optionsOf(question).at(-1)!.key).toBe('vet_inte');
    }
  });

  it('asks the post-discharge question the pe-trygg-hemgang indicator counts, with yes as the positive answer', () => {
    const question = questionsOf(postDischargeTemplate.content).find((q) => q.key === 'trygg_hemgang')!;
    expect(question.text.sv).toBe('Kände du dig trygg när du kom hem?');
    expect(optionsOf(question).map((o) => o.valuation)).toEqual(['positive', 'negative', 'excluded']);
  });

  it('asks what every survey indicator of the catalogue counts: a dimension, or a question by its key', () => {
    const questions = builtInTemplates.flatMap((t) => questionsOf(t.content));
    for (const definition of catalogue) {
      if (definition.computation.kind !== 'survey') continue;
      const { dimension } = definition.computation;
      const scored = questions.filter((q) => (q.dimension === dimension || q.key === dimension) && optionsOf(q).some((o) => o.valuation === 'positive'));
      expect(scored.length, definition.id).toBeGreaterThan(0);
    }
  });

  it('has Arabic text for every question and option', () => {
    const arabic = /[\u0600-\u06ff]/;
    for (const question of questionsOf(patientExperienceTemplate.content)) {
      expect(question.text.ar).toMatch(arabic);
      for (const option of optionsOf(question)) expect(option.text.ar).toMatch(arabic);
    }
  });
});

describe('validateContent', () => {
  const scale = { key: 'a', type: 'scale', dimension: 'helhetsintryck', required: true, text: texts('Fråga A') };

  it('names every problem in Swedish with the path of the field', () => {
    const problems = problemsOf(
      minimal([
        { ...scale, text: { sv: 'Fråga', en: 'Question', ar: '' } },
        { ...scale, dimension: 'nöjdhet' },
        { ...scale, key: 'b', type: 'essay' },
        { ...scale, key: 'c', colour: 'red' },
      ]),
    );
    expect(problems).toEqual([
      { path: 'groups[0].questions[0].text.ar', message: 'texten på arabiska saknas' },
      { path: 'groups[0].questions[1].key', message: 'frågan a finns redan; varje fråga behöver en egen nyckel' },
      {
        path: 'groups[0].questions[1].dimension',
        message: `dimensionen ska vara en av ${dimensions.join(', ')}`,
      },
      { path: 'groups[0].questions[2].type', message: 'frågetypen ska vara en av scale, yes_no, multiple_choice, free_text' },
      expect.objectContaining({ path: 'groups[0].questions[3].colour' }),
    ]);
  });

  it('lets a question depend only on an earlier question and options it has', () => {
    const later = { ...scale, key: 'b', showIf: { question: 'c', answers: ['ja'] } };
    const unknownAnswer = { ...scale, key: 'c', showIf: { question: 'a', answers: ['kanske'] } };
    expect(problemsOf(minimal([scale, later, unknownAnswer])).map((p) => p.path)).toEqual([
      'groups[0].questions[1].showIf.question',
      'groups[0].questions[2].showIf.answers[0]',
    ]);
  });

  it('refuses a multiple-choice question with one option and a free-text length over 4000', () => {
    const problems = problemsOf(
      minimal([
        { key: 'm', type: 'multiple_choice', dimension: 'helhetsintryck', required: false, text: texts('M'), options: [{ key: 'x', text: texts('X') }] },
        { key: 'f', type: 'free_text', dimension: 'helhetsintryck', required: false, text: texts('F'), maxLength: 5000 },
      ]),
    );
    expect(problems).toEqual([
      { path: 'groups[0].questions[0].options', message: 'ska ha minst 2' },
      { path: 'groups[0].questions[1].maxLength', message: 'ska vara ett heltal från 1 till 4000' },
    ]);
  });
});

describe('isShown', () => {
  const content = validateContent(
    minimal([
      { key: 'a', type: 'yes_no', positive: null, dimension: 'helhetsintryck', required: true, text: texts('A') },
      { key: 'b', type: 'yes_no', positive: 'ja', dimension: 'helhetsintryck', required: true, text: texts('B'), showIf: { question: 'a', answers: ['ja'] } },
      { key: 'c', type: 'scale', dimension: 'helhetsintryck', required: true, text: texts('C'), showIf: { question: 'b', answers: ['nej'] } },
    ]),
  );
  const [, b, c] = questionsOf(content) as [Question, Question, Question];

  it('shows B only when A was answered ja, and C only when B is shown and answered nej', () => {
    expect(isShown(content, b, new Map())).toBe(false);
    expect(isShown(content, b, new Map([['a', ['ja']]]))).toBe(true);
    expect(isShown(content, c, new Map([['a', ['ja']], ['b', ['nej']]]))).toBe(true);
    // B's answer is left over from before A changed: C depends on a hidden question and is hidden too.
    expect(isShown(content, c, new Map([['a', ['nej']], ['b', ['nej']]]))).toBe(false);
  });
});
