import type { Sql } from '../db/client.ts';
import { perDatabase } from '../db/per-database.ts';
import { type AnswerRow, checkAnswers } from './answers.ts';
import type { OpenSurvey, ProofCheckOptions, Submission } from './submit.ts';
import { unitChain } from './units.ts';
import { weekMonday } from './week.ts';

/**
 * The usual submission: through an open link that has taken responses before. What opening its survey found is kept
 * per database (the version's content, whether the link asks for a proof of work), so that the response is checked
 * without a round trip and stored by a statement that stores it only if that still holds. Only links that exist and
 * take responses are kept, so the map grows with the links editors make, not with what anyone sends.
 */
const openedLinksOf = perDatabase(() => new Map<string, OpenSurvey>());

export const openedLink = (sql: Sql, slug: string) => openedLinksOf(sql).get(slug);
export const rememberOpenedLink = (sql: Sql, slug: string, survey: OpenSurvey) => openedLinksOf(sql).set(slug, survey);
export const forgetOpenedLink = (sql: Sql, slug: string) => openedLinksOf(sql).delete(slug);

/**
 * Stores a response through a link opened before when the answered version is the one found then, the proof of work
 * (when the link asked for one) is good and the answers fit, and the link is still open, still asks for a proof of
 * work exactly when it did and still answers that version. False in every other case, for the full path
 * (submitResponse) to find out why.
 */
export async function storedThroughOpenedLink(
  sql: Sql,
  slug: string,
  opened: OpenSurvey,
  submission: Submission,
  proof: ProofCheckOptions | undefined,
): Promise<boolean> {
  const { version } = opened;
  if (version.version !== submission.version) return false;
  if (proof && (opened.proofOfWork || proof.requiredForOpenLinks) && (await proof.check()) !== 'ok') return false;
  const { problems, rows } = checkAnswers(version.content, submission.answers);
  if (problems.length > 0) return false;
  const week = weekMonday(submission.answeredAt ?? new Date());
  return queueOf(sql).store({ slug, proofOfWork: opened.proofOfWork, questionnaireId: version.questionnaireId, version: version.version, week, rows });
}

interface LinkResponse {
  slug: string;
  proofOfWork: boolean;
  questionnaireId: string;
  version: number;
  week: string;
  rows: readonly AnswerRow[];
}

interface Waiting {
  response: LinkResponse;
  settle: (stored: boolean | Error) => void;
}

/**
 * Group commit. While a statement is on its way, the responses that arrive wait and then go together in the next
 * one: under load a statement carries many responses (one round trip, one commit for all), and a response that finds
 * none on its way is sent at once, so that batching costs no latency. One statement at a time gives the most
 * responses to each: on the 2-core test machine the bench took 3 100 responses a second so, 2 100 with two statements
 * on their way (smaller batches, more of them). Each response is still stored or not on its own conditions. If a
 * statement fails, its responses are sent again one by one, so that only the one that broke it fails.
 */
class LinkResponseQueue {
  private waiting: Waiting[] = [];
  private sending = false;

  constructor(private readonly sql: Sql) {}

  store(response: LinkResponse): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ response, settle: (stored) => (stored instanceof Error ? reject(stored) : resolve(stored)) });
      this.sendWaiting();
    });
  }

  private sendWaiting(): void {
    if (this.sending || this.waiting.length === 0) return;
    const batch = this.waiting.splice(0, maxPerStatement);
    this.sending = true;
    void this.send(batch).finally(() => {
      this.sending = false;
      this.sendWaiting();
    });
  }

  private async send(batch: Waiting[]): Promise<void> {
    try {
      const stored = await insertLinkResponses(this.sql, batch.map((b) => b.response));
      batch.forEach((b, i) => b.settle(stored.has(i)));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.settle(error instanceof Error ? error : new Error(String(error)));
      await Promise.all(batch.map((b) => this.send([b])));
    }
  }
}

/** Far below the parameter and size limits of one statement; under load a statement carries a few dozen at most. */
const maxPerStatement = 200;

const queueOf = perDatabase((sql) => new LinkResponseQueue(sql));

/**
 * The responses in ONE statement, each inserted only if its link is still open, asks for a proof of work exactly as
 * it did and still answers its version; the unit and its municipality are read in the statement, as they are now.
 * Returns the indexes of the responses stored. Each response's answers are five arrays (migration 0018), sent as
 * array literals in five text[] parameters.
 */
async function insertLinkResponses(sql: Sql, responses: readonly LinkResponse[]): Promise<Set<number>> {
  const column = (answer: (row: AnswerRow) => string | null) => responses.map((r) => arrayLiteral(r.rows.map(answer)));
  const stored = await sql<{ n: number }[]>`
    with recursive input as (
      -- postgres.js sends an array of booleans as one boolean: as text, it is cast here.
      select * from unnest(${responses.map((r) => r.slug)}::text[], ${responses.map((r) => String(r.proofOfWork))}::text[]::boolean[],
        ${responses.map((r) => r.questionnaireId)}::bigint[], ${responses.map((r) => r.version)}::int[], ${responses.map((r) => r.week)}::date[],
        ${column((a) => a.questionKey)}::text[], ${column((a) => a.dimension)}::text[], ${column((a) => a.optionKey)}::text[],
        ${column((a) => a.valuation)}::text[], ${column((a) => a.freeText)}::text[])
        with ordinality as i(slug, proof_of_work, questionnaire_id, version, week, question_keys, dimensions, option_keys, valuations, free_texts, n)
    ),
    link as (
      select input.*, l.org_unit_code from input join survey_link l on l.slug = input.slug
      where l.active and l.proof_of_work = input.proof_of_work and l.questionnaire_id = input.questionnaire_id
        and (select max(v.version) from questionnaire_version v where v.questionnaire_id = l.questionnaire_id and v.status = 'published') = input.version
    ),
    chain as (${unitChain(sql, sql`select org_unit_code from link`)}),
    inserted as (
      insert into survey_response (questionnaire_id, version, org_unit_code, kommun, week, question_keys, dimensions, option_keys, valuations, free_texts)
      select questionnaire_id, version, org_unit_code, (select code from chain where chain.unit = link.org_unit_code and chain.kind = 'municipality'),
        week, question_keys::text[], dimensions::text[], option_keys::text[], valuations::text[], free_texts::text[]
      from link
    )
    select n::int as n from link`;
  return new Set(stored.map((row) => row.n - 1));
}

/** A text[] as PostgreSQL writes it, `{"a","b",NULL}`: every element quoted, with `"` and `\` escaped. */
function arrayLiteral(values: readonly (string | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${value.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}
