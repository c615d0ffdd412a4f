import type { SqlPool } from '../db/client.ts';
import { type Answers, optionsOf, type Question, questionsOf } from '../surveys/content.ts';
import { createLink } from '../surveys/links.ts';
import { type OpenSurvey, openSurvey, storeResponse } from '../surveys/submit.ts';
import { demoMonths, formatDay, randomDay } from './calendar.ts';
import { demoActor } from './import-demo.ts';
import { loadDemoMunicipalities } from './municipalities.ts';
import { Random } from './random.ts';

/**
 * Synthetic patient-survey responses for all 49 municipalities, sent through the survey's own submission path
 * (storeResponse: the response page's checks, masking, week dating and storing), never by INSERT. Each municipality
 * gets an open link per built-in questionnaire, and answers in proportion to its size: the large ones have enough
 * respondents per quarter to publish, the smallest too few, so the demo shows values and suppression side by side.
 * Municipalities differ persistently (a level drawn per municipality) and the dimensions differ from each other.
 */

/** A year of responses: four complete quarters, enough to show the quarterly values and their trend. */
export const surveyDemoMonths = 12;

export interface SurveyDemoOptions {
  sql: SqlPool;
  /** The months that get responses: the last `months` complete months before `today`. */
  months: number;
  scale: number;
  seed: number;
  today: Date;
}

export interface SurveyDemoResult {
  responses: number;
  municipalities: number;
}

/** How much more (or less) positive each dimension is than the municipality's level, as patients tend to answer. */
const dimensionOffsets: Record<string, number> = {
  respekt_bemotande: 0.08,
  helhetsintryck: 0.04,
  emotionellt_stod: 0.01,
  information_kunskap: -0.02,
  kontinuitet_koordinering: -0.06,
  delaktighet_involvering: -0.05,
  tillganglighet: -0.1,
};

const comments = [
  'Personalen var vänlig och tog sig tid.',
  'Det tog lång tid att komma fram på telefon.',
  'Jag hade önskat att få träffa samma sjuksköterska.',
  'Bra information om mina läkemedel.',
  'Ring mig gärna på 070-123 45 67 om ni vill veta mer.',
];

/** Respondents per month for a municipality: about three in 10 000 inhabitants a quarter for the patient survey. */
const perMonth = (population: number, scale: number, share: number) => (scale * share * population) / 10_000;

/** Responses are added, not replaced: once the demo links exist, the demo's responses are there and nothing is sent. */
export async function generateSurveyResponses(options: SurveyDemoOptions): Promise<SurveyDemoResult> {
  const { sql } = options;
  const [done] = await sql`select 1 from survey_link where slug like 'demo-%' limit 1`;
  if (done) return { responses: 0, municipalities: 0 };
  const municipalities = await loadDemoMunicipalities();
  const months = demoMonths(options.today, options.months);
  const questionnaires = await sql<{ id: string; key: string }[]>`
    select id::text as id, key from questionnaire where key in ('patientupplevelse', 'efter-utskrivning') order by key`;
  const root = new Random(`samsyn-demo/${options.seed}`).fork('enkat');
  let responses = 0;
  for (const municipality of municipalities) {
    const random = root.fork(municipality.code);
    const level = Math.min(0.92, Math.max(0.55, random.normal(0.78, 0.06)));
    for (const questionnaire of questionnaires) {
      const slug = `demo-${questionnaire.key}-${municipality.code}`;
      const [existing] = await sql`select 1 from survey_link where slug = ${slug}`;
      if (!existing) await createLink(sql, demoActor, { questionnaireId: questionnaire.id, orgUnitCode: municipality.code, slug });
      const survey = await openSurvey(sql, { slug });
      if (typeof survey === 'string') throw new Error(`Demoenkäten ${slug} kan inte besvaras: ${survey}`);
      const share = questionnaire.key === 'patientupplevelse' ? 1 : 0.5;
      // One transaction per link: the submissions are the real ones, but a commit each (a disk flush on PostgreSQL,
      // a checkpoint of the embedded database) would make them most of a first start.
      responses += await sql.begin(async (tx) => {
        let stored = 0;
        for (const month of months) {
          const count = random.poisson(perMonth(municipality.population2024, options.scale, share));
          for (let i = 0; i < count; i++) {
            const answeredAt = new Date(`${formatDay(randomDay(random, month))}T12:00:00Z`);
            const result = await storeResponse(tx, survey, {
              target: { slug },
              version: survey.version.version,
              answers: demoAnswers(survey, level, random),
              answeredAt,
            });
            if (result.status !== 'stored') throw new Error(`Demosvaret till ${slug} togs inte emot: ${JSON.stringify(result)}`);
            stored++;
          }
        }
        return stored;
      });
    }
  }
  return { responses, municipalities: municipalities.length };
}

/** One respondent's answers: most questions answered, some skipped, now and then "Vet inte", a comment sometimes. */
function demoAnswers(survey: OpenSurvey, level: number, random: Random): Answers {
  const answers = new Map<string, string[]>();
  for (const question of questionsOf(survey.version.content)) {
    if (question.showIf && !(answers.get(question.showIf.question) ?? []).some((a) => question.showIf!.answers.includes(a))) continue;
    const answer = demoAnswer(question, level + (dimensionOffsets[question.dimension] ?? 0), random);
    if (answer.length > 0) answers.set(question.key, answer);
  }
  return answers;
}

function demoAnswer(question: Question, positive: number, random: Random): string[] {
  if (!question.required && random.chance(0.05)) return [];
  switch (question.type) {
    case 'scale':
      if (random.chance(0.07)) return ['vet_inte'];
      if (random.chance(positive)) return [random.chance(0.55) ? 'mycket_bra' : 'ganska_bra'];
      return [random.chance(0.7) ? 'ganska_daligt' : 'mycket_daligt'];
    case 'yes_no':
      if (question.positive === null) return [random.chance(0.5) ? 'ja' : 'nej'];
      if (random.chance(0.05)) return ['vet_inte'];
      return [random.chance(positive) === (question.positive === 'ja') ? 'ja' : 'nej'];
    case 'multiple_choice': {
      const options = optionsOf(question);
      return [options[random.chance(0.7) ? 0 : random.int(1, options.length - 1)]!.key];
    }
    case 'free_text':
      return random.chance(0.1) ? [comments[random.int(0, comments.length - 1)]!] : [];
  }
}
