import { type AdditiveGroup, type DisclosureRule, patientSurveyDisclosure, suppressComplementary } from '@samsyn/indicators';
import type { Sql } from '../db/client.ts';
import { evaluateCell, isSuppressed } from '../engine/evaluate.ts';
import { type BaseCell, type Cell, rollUp } from '../engine/rollup.ts';
import { UserFacingError } from '../errors.ts';
import { type Question, type QuestionnaireContent, questionsOf, type Texts } from './content.ts';

/**
 * A questionnaire's results for editors, reviewers and exports: the share of positive answers (Mycket bra + Ganska
 * bra, or the positive yes/no answer) among valid ones (Vet inte / Inte aktuellt left out) per question and per
 * dimension, per unit and quarter, with Wilson intervals — computed by the indicator engine's own roll-up, interval
 * and disclosure code, never a second copy of it. Nothing here returns a response: only sums of at least
 * `minRespondents` people, and free text only from units whose own respondents reach that.
 *
 * Disclosure, as for the pe-* indicators: a cell of fewer than 30 respondents is suppressed, and then every cell
 * whose publication would give a suppressed one away by subtraction (`suppressComplementary`): a unit = its parts
 * (a municipality = its care units and its own links, a sub-region = its municipalities, the county = its
 * sub-regions = its municipalities) for every question, dimension and the respondents, and a dimension = its
 * questions within one unit and quarter.
 */

export interface SurveyResultUnit {
  code: string;
  name: string;
  kind: 'county' | 'subregion' | 'municipality' | 'care_unit';
}

/** A row of the results: a dimension as a whole (question null) or one of its scored questions. */
export interface SurveyMeasure {
  key: string;
  dimension: string;
  question: string | null;
  /** The question's text, from the newest version that asks it; null for a dimension. */
  text: Texts | null;
}

export interface SurveyResultCell {
  orgUnitCode: string;
  quarter: string;
  measure: string;
  /** Everything but `suppressed` is null in a suppressed cell: nothing can be read back from it. */
  respondents: number | null;
  positive: number | null;
  valid: number | null;
  /** Percent, with its 95 % Wilson interval. */
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
}

/** The people who answered the questionnaire in a unit and quarter (null when suppressed). */
export interface SurveyRespondentCell {
  orgUnitCode: string;
  quarter: string;
  respondents: number | null;
  suppressed: boolean;
}

export interface SurveyResults {
  questionnaireId: string;
  title: string;
  minRespondents: number;
  /** Every quarter with responses, newest first. */
  quarters: string[];
  /** The unit asked about first, then its parts that have responses, by name. */
  units: SurveyResultUnit[];
  measures: SurveyMeasure[];
  cells: SurveyResultCell[];
  respondents: SurveyRespondentCell[];
}

export interface SurveyResultsQuery {
  questionnaireId: string;
  orgUnitCode: string;
  /** One quarter (2026-Q1); all quarters when left out (for the downloads). */
  quarter?: string | null;
}

const rule: DisclosureRule = patientSurveyDisclosure;
const respondentsMeasure = '';
/** A dimension's key is its name; a question's is prefixed with its dimension, so that the two never collide. */
const measureKey = (dimension: string, question: string | null) => (question === null ? dimension : `${dimension}.${question}`);

interface OrgUnitRow extends SurveyResultUnit {
  parentCode: string | null;
}

/**
 * A municipality's own links (posters for the whole municipality) count beside its care units: as a part of its
 * own, so that "the municipality minus its care units" is a cell that disclosure looks after. It is never shown.
 */
const ownLinks = (municipality: string) => `${municipality}/egna`;
const isOwnLinks = (code: string) => code.endsWith('/egna');

export async function surveyResults(sql: Sql, query: SurveyResultsQuery): Promise<SurveyResults> {
  const computed = await computeResults(sql, query.questionnaireId);
  const unit = computed.units.get(query.orgUnitCode);
  if (!unit) throw new UserFacingError(`Okänd enhet ${query.orgUnitCode} / unknown unit`, { code: 'NOT_FOUND' });
  if (query.quarter && !/^\d{4}-Q[1-4]$/.test(query.quarter)) {
    throw new UserFacingError('Kvartalet skrivs som 2026-Q1 / quarter must be YYYY-Qn', { code: 'BAD_USER_INPUT' });
  }
  const parts = [...(computed.children.get(unit.code) ?? [])]
    .filter((code) => !isOwnLinks(code))
    .map((code) => computed.units.get(code)!)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const shown = [unit, ...parts];
  const wanted = new Set(shown.map((u) => u.code));
  const inScope = (cell: { orgUnitCode: string; quarter: string }) =>
    wanted.has(cell.orgUnitCode) && (!query.quarter || cell.quarter === query.quarter);
  return {
    questionnaireId: query.questionnaireId,
    title: computed.title,
    minRespondents: rule.minDenominator,
    quarters: computed.quarters,
    units: shown.map(({ code, name, kind }) => ({ code, name, kind })),
    measures: computed.measures,
    cells: computed.cells.filter(inScope),
    respondents: computed.respondents.filter(inScope),
  };
}

export interface SurveyFreeTextAnswers {
  question: string;
  text: Texts | null;
  /** Sorted alphabetically: the order tells nothing about who answered when. */
  answers: string[];
}

export interface SurveyFreeText {
  /** False when the unit's respondents in the quarter are suppressed: then no text at all. */
  published: boolean;
  minRespondents: number;
  questions: SurveyFreeTextAnswers[];
}

/**
 * The free-text answers of a unit and quarter, masked as they were stored, without anything that tells one
 * response from another. Only when the unit's respondents are published, and only the texts of the units under it
 * (care units, a municipality's own links) that have at least `minRespondents` respondents themselves: then the texts
 * of a unit minus those of its parts are never the texts of a small group. (A part whose counts are hidden only to
 * protect another part's keeps its texts: they come from enough people, and the small part's texts appear nowhere.)
 */
export async function surveyFreeText(sql: Sql, query: Required<SurveyResultsQuery> & { quarter: string }): Promise<SurveyFreeText> {
  const computed = await computeResults(sql, query.questionnaireId);
  if (!computed.units.has(query.orgUnitCode)) throw new UserFacingError(`Okänd enhet ${query.orgUnitCode} / unknown unit`, { code: 'NOT_FOUND' });
  const cell = computed.respondents.find((c) => c.orgUnitCode === query.orgUnitCode && c.quarter === query.quarter);
  if (!cell || cell.suppressed) return { published: false, minRespondents: rule.minDenominator, questions: [] };
  const sources = computed.baseUnits
    .filter((base) => computed.chainOf(base).includes(query.orgUnitCode))
    .filter((base) => (computed.baseRespondents.get(`${base}|${query.quarter}`) ?? 0) >= rule.minDenominator)
    .map((base) => (isOwnLinks(base) ? base.slice(0, -'/egna'.length) : base));
  const rows = await sql<{ question: string; text: string }[]>`
    select a.question_key as question, a.free_text as text
    from survey_response r cross join lateral unnest(r.question_keys, r.free_texts) as a(question_key, free_text)
    where r.questionnaire_id = ${query.questionnaireId} and a.free_text is not null
      and r.org_unit_code = any(${sources}::text[]) and to_char(r.week, 'YYYY-"Q"Q') = ${query.quarter}
    order by a.question_key, a.free_text`;
  const byQuestion = new Map<string, string[]>();
  for (const row of rows) byQuestion.set(row.question, [...(byQuestion.get(row.question) ?? []), row.text]);
  return {
    published: true,
    minRespondents: rule.minDenominator,
    questions: [...byQuestion].map(([question, answers]) => ({ question, text: computed.texts.get(question) ?? null, answers })),
  };
}

interface Computed {
  title: string;
  quarters: string[];
  units: Map<string, OrgUnitRow>;
  children: Map<string, Set<string>>;
  baseUnits: string[];
  /** Respondents of each base unit and quarter (base|quarter), before any suppression. */
  baseRespondents: Map<string, number>;
  chainOf(base: string): readonly string[];
  measures: SurveyMeasure[];
  texts: Map<string, Texts>;
  cells: SurveyResultCell[];
  respondents: SurveyRespondentCell[];
}

/** Every cell of the questionnaire, so that disclosure sees every equation whichever part is asked for. */
async function computeResults(sql: Sql, questionnaireId: string): Promise<Computed> {
  if (!/^\d{1,18}$/.test(questionnaireId)) throw new UserFacingError('Enkäten finns inte / no such questionnaire', { code: 'NOT_FOUND' });
  const [questionnaire] = await sql<{ title: string }[]>`select title from questionnaire where id = ${questionnaireId}`;
  if (!questionnaire) throw new UserFacingError('Enkäten finns inte / no such questionnaire', { code: 'NOT_FOUND' });
  const versions = await sql<{ content: QuestionnaireContent }[]>`
    select content from questionnaire_version where questionnaire_id = ${questionnaireId} order by version desc`;
  const { measures, texts } = measuresOf(versions.map((v) => v.content));

  const orgRows = await sql<OrgUnitRow[]>`select code, name, kind, parent_code as "parentCode" from org_unit`;
  const units = new Map(orgRows.map((u) => [u.code, u]));
  const chains = new Map<string, string[]>();
  const chainOf = (base: string): string[] => {
    let chain = chains.get(base);
    if (!chain) {
      const start = isOwnLinks(base) ? base.slice(0, -'/egna'.length) : base;
      chain = isOwnLinks(base) ? [base] : [];
      for (let code: string | null | undefined = start; code; code = units.get(code)?.parentCode) chain.push(code);
      chains.set(base, chain);
    }
    return chain;
  };
  const baseOf = (code: string) => (units.get(code)?.kind === 'municipality' ? ownLinks(code) : code);

  // Per response unit and month: scored answers per question and per dimension (respondents counted once per
  // dimension, not once per question), and the questionnaire's respondents.
  const answerRows = await sql<{ unit: string; month: string; dimension: string; question: string | null; positive: number; valid: number; respondents: number }[]>`
    select r.org_unit_code as unit, to_char(r.week, 'YYYY-MM') as month, a.dimension, a.question_key as question,
      count(*) filter (where a.valuation = 'positive')::int as positive, count(*)::int as valid,
      count(distinct r.id)::int as respondents
    from survey_response r
      cross join lateral unnest(r.dimensions, r.question_keys, r.valuations) as a(dimension, question_key, valuation)
    where r.questionnaire_id = ${questionnaireId} and a.valuation in ('positive', 'negative')
    group by grouping sets ((r.org_unit_code, to_char(r.week, 'YYYY-MM'), a.dimension, a.question_key),
      (r.org_unit_code, to_char(r.week, 'YYYY-MM'), a.dimension))
    order by 1, 2, 3, 4 nulls first`;
  const responseRows = await sql<{ unit: string; month: string; respondents: number }[]>`
    select org_unit_code as unit, to_char(week, 'YYYY-MM') as month, count(*)::int as respondents
    from survey_response where questionnaire_id = ${questionnaireId}
    group by 1, 2 order by 1, 2`;

  const baseCells = new Map<string, BaseCell[]>();
  const addBase = (measure: string, unit: string, month: string, numerator: number, denominator: number, respondents: number) => {
    const list = baseCells.get(measure) ?? [];
    list.push({ orgUnit: baseOf(unit), month, sex: 'T', numerator, denominator, sumSquares: null, batchIds: [], respondents });
    baseCells.set(measure, list);
  };
  for (const row of answerRows) addBase(measureKey(row.dimension, row.question), row.unit, row.month, row.positive, row.valid, row.respondents);
  for (const row of responseRows) addBase(respondentsMeasure, row.unit, row.month, row.respondents, row.respondents, row.respondents);
  for (const row of answerRows) {
    // A question answered but no longer in any version's content cannot happen (versions are kept), but a row
    // without a measure would be counted and never shown.
    const key = measureKey(row.dimension, row.question);
    if (!measures.some((m) => m.key === key)) measures.push({ key, dimension: row.dimension, question: row.question, text: null });
  }

  const quarterCells: { measure: string; cell: Cell }[] = [];
  for (const [measure, base] of baseCells) {
    for (const cell of rollUp(base, { unitsOf: chainOf, denominatorOverTime: 'sum', completePeriods: ['rolling_12'] }).cells()) {
      if (cell.periodType === 'quarter') quarterCells.push({ measure, cell });
    }
  }
  const suppressed = Uint8Array.from(quarterCells, ({ cell }) => (isSuppressed('proportion', cell, rule) ? 1 : 0));
  const children = new Map<string, Set<string>>();
  for (const { cell } of quarterCells) {
    const chain = chainOf(cell.orgUnit);
    for (let i = 0; i + 1 < chain.length; i++) {
      const set = children.get(chain[i + 1]!) ?? new Set<string>();
      set.add(chain[i]!);
      children.set(chain[i + 1]!, set);
    }
  }
  suppressComplementary(
    { sizes: quarterCells.map(({ cell }) => cell.respondents ?? 0), suppressed },
    additiveGroups(quarterCells, suppressed, measures, children, units),
  );

  const baseRespondents = new Map<string, number>();
  const cells: SurveyResultCell[] = [];
  const respondents: SurveyRespondentCell[] = [];
  quarterCells.forEach(({ measure, cell }, i) => {
    if (measure === respondentsMeasure && !children.has(cell.orgUnit)) baseRespondents.set(`${cell.orgUnit}|${cell.period}`, cell.respondents!);
    if (isOwnLinks(cell.orgUnit)) return;
    const hidden = suppressed[i] === 1;
    if (measure === respondentsMeasure) {
      respondents.push({ orgUnitCode: cell.orgUnit, quarter: cell.period, respondents: hidden ? null : cell.respondents!, suppressed: hidden });
      return;
    }
    const numbers = hidden ? null : evaluateCell({ kind: 'proportion' }, rule, cell);
    cells.push({
      orgUnitCode: cell.orgUnit,
      quarter: cell.period,
      measure,
      respondents: numbers ? cell.respondents! : null,
      positive: numbers?.numerator ?? null,
      valid: numbers?.denominator ?? null,
      value: numbers?.value ?? null,
      ciLow: numbers?.ciLow ?? null,
      ciHigh: numbers?.ciHigh ?? null,
      suppressed: hidden,
    });
  });
  const quarters = [...new Set(respondents.map((c) => c.quarter))].sort().reverse();
  const baseUnits = [...new Set([...baseCells.values()].flatMap((list) => list.map((c) => c.orgUnit)))];
  return { title: questionnaire.title, quarters, units, children, baseUnits, baseRespondents, chainOf, measures, texts, cells, respondents };
}

/**
 * The equations disclosure protects: units = their parts, and dimensions = their questions. A municipality's own
 * links are a part that is never shown: with fewer than 30 respondents they are a hidden part to protect; with more,
 * an unknown that no published cell gives away, so that the municipality minus its care units is no equation (and
 * there is none to protect).
 */
function additiveGroups(
  quarterCells: readonly { measure: string; cell: Cell }[],
  suppressed: Uint8Array,
  measures: readonly SurveyMeasure[],
  children: ReadonlyMap<string, ReadonlySet<string>>,
  units: ReadonlyMap<string, OrgUnitRow>,
): AdditiveGroup[] {
  const numberOf = new Map(quarterCells.map(({ measure, cell }, i) => [`${measure}|${cell.orgUnit}|${cell.period}`, i]));
  const present = (keys: string[]) => keys.map((key) => numberOf.get(key)).filter((n): n is number => n !== undefined);
  const municipalities = [...units.values()].filter((u) => u.kind === 'municipality').map((u) => u.code);
  const groups: AdditiveGroup[] = [];
  quarterCells.forEach(({ measure, cell }, total) => {
    if (isOwnLinks(cell.orgUnit)) return;
    const key = (m: string, unit: string) => `${m}|${unit}|${cell.period}`;
    const parts = present([...(children.get(cell.orgUnit) ?? [])].map((unit) => key(measure, unit)));
    const unknownPart = parts.some((part) => isOwnLinks(quarterCells[part]!.cell.orgUnit) && !suppressed[part]);
    if (parts.length > 0 && !unknownPart) groups.push({ total, parts });
    if (units.get(cell.orgUnit)?.kind === 'county') groups.push({ total, parts: present(municipalities.map((unit) => key(measure, unit))) });
    const questions = measures.filter((m) => m.question !== null && m.dimension === measure);
    if (questions.length > 0) groups.push({ total, parts: present(questions.map((q) => key(q.key, cell.orgUnit))) });
  });
  return groups;
}

/** Scored questions count for the share of positive answers; multiple choice, free text and routing do not. */
function isScored(question: Question): boolean {
  return question.type === 'scale' || (question.type === 'yes_no' && question.positive !== null);
}

/** The rows, in the newest version's order: each dimension, then its scored questions. Older questions follow. */
function measuresOf(contents: readonly QuestionnaireContent[]): { measures: SurveyMeasure[]; texts: Map<string, Texts> } {
  const texts = new Map<string, Texts>();
  const questionsByDimension = new Map<string, SurveyMeasure[]>();
  for (const content of contents) {
    for (const question of questionsOf(content)) {
      if (!texts.has(question.key)) texts.set(question.key, question.text);
      if (!isScored(question)) continue;
      const list = questionsByDimension.get(question.dimension) ?? [];
      const key = measureKey(question.dimension, question.key);
      if (!list.some((m) => m.key === key)) list.push({ key, dimension: question.dimension, question: question.key, text: question.text });
      questionsByDimension.set(question.dimension, list);
    }
  }
  const measures: SurveyMeasure[] = [];
  for (const [dimension, questions] of questionsByDimension) measures.push({ key: dimension, dimension, question: null, text: null }, ...questions);
  return { measures, texts };
}
