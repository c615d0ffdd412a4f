import { UserFacingError } from '../errors.ts';

/**
 * A questionnaire's content: what is stored in questionnaire_version.content, what the response page renders and
 * what a submission is checked against. Validated here by hand rather than by a schema library, so that every
 * problem reaches an editor as a Swedish sentence with the path of the field ("grupper[2].frågor[0].text.ar").
 */

export const languages = ['sv', 'en', 'ar'] as const;
export type Language = (typeof languages)[number];
/** A text in every language a questionnaire is answered in. */
export type Texts = Record<Language, string>;

/** The seven dimensions of the national patient survey; every question counts towards one of them. */
export const dimensions = [
  'helhetsintryck',
  'tillganglighet',
  'information_kunskap',
  'delaktighet_involvering',
  'kontinuitet_koordinering',
  'respekt_bemotande',
  'emotionellt_stod',
] as const;
export type Dimension = (typeof dimensions)[number];

export const questionTypes = ['scale', 'yes_no', 'multiple_choice', 'free_text'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** How an answer counts for the indicators: positive and negative are valid answers; excluded is "Vet inte". */
export type Valuation = 'positive' | 'negative' | 'excluded';

export interface AnswerOption {
  key: string;
  text: Texts;
  /** null: not scored (the choices of a multiple-choice question, a yes/no question that only routes). */
  valuation: Valuation | null;
}

/** Show this question only when an earlier question was answered with one of these options. */
export interface ShowIf {
  question: string;
  answers: string[];
}

interface QuestionBase {
  key: string;
  text: Texts;
  dimension: Dimension;
  required: boolean;
  showIf?: ShowIf;
}

/** Mycket bra / Ganska bra / Ganska dåligt / Mycket dåligt, and Vet inte / Inte aktuellt: no neutral midpoint. */
export interface ScaleQuestion extends QuestionBase {
  type: 'scale';
}

/** Ja / Nej / Vet inte; `positive` says which answer counts as positive, null when the question only routes. */
export interface YesNoQuestion extends QuestionBase {
  type: 'yes_no';
  positive: 'ja' | 'nej' | null;
}

/** Any number of the options; not scored. */
export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple_choice';
  options: { key: string; text: Texts }[];
}

export interface FreeTextQuestion extends QuestionBase {
  type: 'free_text';
  maxLength: number;
}

export type Question = ScaleQuestion | YesNoQuestion | MultipleChoiceQuestion | FreeTextQuestion;

/** One step of the response page. */
export interface QuestionGroup {
  key: string;
  title: Texts;
  questions: Question[];
}

export interface QuestionnaireContent {
  title: Texts;
  intro: Texts;
  groups: QuestionGroup[];
}

const dontKnow: AnswerOption = {
  key: 'vet_inte',
  text: { sv: 'Vet inte / Inte aktuellt', en: "Don't know / Not applicable", ar: 'لا أعرف / لا ينطبق' },
  valuation: 'excluded',
};

const scaleOptions: readonly AnswerOption[] = [
  { key: 'mycket_bra', text: { sv: 'Mycket bra', en: 'Very good', ar: 'جيد جدًا' }, valuation: 'positive' },
  { key: 'ganska_bra', text: { sv: 'Ganska bra', en: 'Fairly good', ar: 'جيد إلى حد ما' }, valuation: 'positive' },
  { key: 'ganska_daligt', text: { sv: 'Ganska dåligt', en: 'Fairly poor', ar: 'سيئ إلى حد ما' }, valuation: 'negative' },
  { key: 'mycket_daligt', text: { sv: 'Mycket dåligt', en: 'Very poor', ar: 'سيئ جدًا' }, valuation: 'negative' },
  dontKnow,
];

/** The options a question offers, in order, with how each counts. Free text has none. */
export function optionsOf(question: Question): readonly AnswerOption[] {
  switch (question.type) {
    case 'scale':
      return scaleOptions;
    case 'yes_no': {
      const valued = (key: 'ja' | 'nej'): Valuation | null =>
        question.positive === null ? null : question.positive === key ? 'positive' : 'negative';
      return [
        { key: 'ja', text: { sv: 'Ja', en: 'Yes', ar: 'نعم' }, valuation: valued('ja') },
        { key: 'nej', text: { sv: 'Nej', en: 'No', ar: 'لا' }, valuation: valued('nej') },
        { ...dontKnow, valuation: question.positive === null ? null : 'excluded' },
      ];
    }
    case 'multiple_choice':
      return question.options.map((option) => ({ ...option, valuation: null }));
    case 'free_text':
      return [];
  }
}

/** Every question in order. */
export function questionsOf(content: QuestionnaireContent): Question[] {
  return content.groups.flatMap((group) => group.questions);
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

export interface ContentProblem {
  path: string;
  message: string;
}

export class InvalidQuestionnaireError extends UserFacingError {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Enkäten har fel / the questionnaire has errors: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      { code: 'INVALID_QUESTIONNAIRE', extensions: { problems } },
    );
    this.name = 'InvalidQuestionnaireError';
  }
}

const keyPattern = /^[a-z][a-z0-9_]{0,39}$/;
const limits = { groups: 12, questions: 40, options: 20, text: 600, freeText: 4000 };

type Loose = Record<string, unknown>;

class Checker {
  readonly problems: ContentProblem[] = [];

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(value: unknown, path: string, allowed: readonly string[]): Loose | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'ska vara ett objekt');
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(`${path}.${key}`, `okänt fält; tillåtna fält är ${allowed.join(', ')}`);
    }
    return value as Loose;
  }

  array(value: unknown, path: string, min: number, max: number): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'ska vara en lista');
      return [];
    }
    if (value.length < min) this.fail(path, `ska ha minst ${min}`);
    if (value.length > max) this.fail(path, `får ha högst ${max}`);
    return value;
  }

  key(value: unknown, path: string): string {
    if (typeof value !== 'string' || !keyPattern.test(value)) {
      this.fail(path, 'ska vara en nyckel av gemener a–z, siffror och understreck som börjar med en bokstav (högst 40 tecken)');
      return '';
    }
    return value;
  }

  texts(value: unknown, path: string): Texts {
    const texts = this.object(value, path, languages);
    const result = { sv: '', en: '', ar: '' };
    if (!texts) return result;
    for (const language of languages) {
      const text = texts[language];
      if (typeof text !== 'string' || text.trim() === '') this.fail(`${path}.${language}`, `texten på ${languageNames[language]} saknas`);
      else if (text.length > limits.text) this.fail(`${path}.${language}`, `texten får vara högst ${limits.text} tecken`);
      else result[language] = text;
    }
    return result;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], what: string): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(path, `${what} ska vara en av ${allowed.join(', ')}`);
    return allowed[0]!;
  }
}

const languageNames: Record<Language, string> = { sv: 'svenska', en: 'engelska', ar: 'arabiska' };

/** The content as stored, or InvalidQuestionnaireError with every problem found. */
export function validateContent(input: unknown): QuestionnaireContent {
  const check = new Checker();
  const root = check.object(input, 'enkät', ['title', 'intro', 'groups']);
  if (!root) throw new InvalidQuestionnaireError(check.problems);
  const content: QuestionnaireContent = {
    title: check.texts(root.title, 'title'),
    intro: check.texts(root.intro, 'intro'),
    groups: [],
  };
  const seen = new Map<string, Question>();
  const groupKeys = new Set<string>();
  check.array(root.groups, 'groups', 1, limits.groups).forEach((value, g) => {
    const path = `groups[${g}]`;
    const group = check.object(value, path, ['key', 'title', 'questions']);
    if (!group) return;
    const key = check.key(group.key, `${path}.key`);
    if (groupKeys.has(key)) check.fail(`${path}.key`, `gruppen ${key} finns redan`);
    groupKeys.add(key);
    const questions = check
      .array(group.questions, `${path}.questions`, 1, limits.questions)
      .map((q, i) => validateQuestion(check, q, `${path}.questions[${i}]`, seen))
      .filter((q): q is Question => q !== undefined);
    content.groups.push({ key, title: check.texts(group.title, `${path}.title`), questions });
  });
  if (seen.size > limits.questions) check.fail('groups', `en enkät får ha högst ${limits.questions} frågor`);
  if (check.problems.length > 0) throw new InvalidQuestionnaireError(check.problems);
  return content;
}

const questionFields = ['key', 'type', 'text', 'dimension', 'required', 'showIf', 'positive', 'options', 'maxLength'];

function validateQuestion(check: Checker, value: unknown, path: string, seen: Map<string, Question>): Question | undefined {
  const q = check.object(value, path, questionFields);
  if (!q) return undefined;
  const key = check.key(q.key, `${path}.key`);
  if (seen.has(key)) check.fail(`${path}.key`, `frågan ${key} finns redan; varje fråga behöver en egen nyckel`);
  const type = check.oneOf(q.type, `${path}.type`, questionTypes, 'frågetypen');
  if (typeof q.required !== 'boolean') check.fail(`${path}.required`, 'ska vara true eller false');
  const base: QuestionBase = {
    key,
    text: check.texts(q.text, `${path}.text`),
    dimension: check.oneOf(q.dimension, `${path}.dimension`, dimensions, 'dimensionen'),
    required: q.required === true,
  };
  const onlyFor = (field: string, types: readonly QuestionType[]) => {
    if (q[field] !== undefined && !types.includes(type)) check.fail(`${path}.${field}`, `gäller bara frågetypen ${types.join(', ')}`);
  };
  onlyFor('positive', ['yes_no']);
  onlyFor('options', ['multiple_choice']);
  onlyFor('maxLength', ['free_text']);
  let question: Question;
  switch (type) {
    case 'scale':
      question = { ...base, type };
      break;
    case 'yes_no':
      if (!(q.positive === 'ja' || q.positive === 'nej' || q.positive === null)) {
        check.fail(`${path}.positive`, 'ska vara "ja", "nej" eller null (frågan räknas inte)');
      }
      question = { ...base, type, positive: (q.positive as YesNoQuestion['positive']) ?? null };
      break;
    case 'multiple_choice': {
      const optionKeys = new Set<string>();
      const options = check.array(q.options, `${path}.options`, 2, limits.options).map((o, i) => {
        const option = check.object(o, `${path}.options[${i}]`, ['key', 'text']);
        const optionKey = check.key(option?.key, `${path}.options[${i}].key`);
        if (optionKeys.has(optionKey)) check.fail(`${path}.options[${i}].key`, `svarsalternativet ${optionKey} finns redan`);
        optionKeys.add(optionKey);
        return { key: optionKey, text: check.texts(option?.text, `${path}.options[${i}].text`) };
      });
      question = { ...base, type, options };
      break;
    }
    case 'free_text': {
      const maxLength = q.maxLength ?? 1000;
      if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1 || maxLength > limits.freeText) {
        check.fail(`${path}.maxLength`, `ska vara ett heltal från 1 till ${limits.freeText}`);
      }
      question = { ...base, type, maxLength: typeof maxLength === 'number' ? maxLength : 1000 };
      break;
    }
  }
  if (q.showIf !== undefined) question.showIf = validateShowIf(check, q.showIf, `${path}.showIf`, seen);
  seen.set(key, question);
  return question;
}

/** A condition names an EARLIER question with options, and only options it has: no cycles, no dead questions. */
function validateShowIf(check: Checker, value: unknown, path: string, seen: ReadonlyMap<string, Question>): ShowIf | undefined {
  const showIf = check.object(value, path, ['question', 'answers']);
  if (!showIf) return undefined;
  const target = typeof showIf.question === 'string' ? seen.get(showIf.question) : undefined;
  if (!target) {
    check.fail(`${path}.question`, 'ska vara nyckeln till en fråga som kommer före den här');
    return undefined;
  }
  const known = optionsOf(target).map((o) => o.key);
  if (known.length === 0) check.fail(`${path}.question`, `frågan ${target.key} är en fritextfråga och kan inte styra andra frågor`);
  const answers = check.array(showIf.answers, `${path}.answers`, 1, limits.options).map((a, i) => {
    if (typeof a !== 'string' || !known.includes(a)) check.fail(`${path}.answers[${i}]`, `frågan ${target.key} har svaren ${known.join(', ')}`);
    return String(a);
  });
  return { question: target.key, answers };
}

/** Answers as the response page collects them: option keys (several for multiple choice) or a text. */
export type Answers = ReadonlyMap<string, readonly string[]>;

/** Whether a question is shown, given the answers so far: its condition holds, and the question it depends on is shown. */
export function isShown(content: QuestionnaireContent, question: Question, answers: Answers): boolean {
  if (!question.showIf) return true;
  const { question: key, answers: wanted } = question.showIf;
  const target = questionsOf(content).find((q) => q.key === key);
  if (!target || !isShown(content, target, answers)) return false;
  return (answers.get(key) ?? []).some((answer) => wanted.includes(answer));
}
