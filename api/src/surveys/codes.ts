import { createHash, randomInt } from 'node:crypto';
import { type AuditActor, recordAudit } from '../audit/record.ts';
import type { Sql, SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { surveyUnit } from './units.ts';

/**
 * Single-use codes for letters and text messages. The plain codes are returned once, for the editor's CSV; only a
 * SHA-256 of each is stored. A code has 12 characters from 31 that cannot be mistaken for each other (≈ 59 bits),
 * so a hash cannot be reversed by trying codes, and no key has to be kept secret beside the database. survey_code
 * has no reference to the responses: a consumed code says that someone answered, not what.
 */

const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const codeLength = 12;
export const maxCodesPerBatch = 10_000;

/** XXXX-XXXX-XXXX, for reading aloud and typing. */
function newCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += alphabet[randomInt(alphabet.length)];
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

/** What a person types, as the code was printed: upper case, without spaces and hyphens. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function codeHash(code: string): Buffer {
  return createHash('sha256').update(normaliseCode(code)).digest();
}

export function looksLikeCode(input: string): boolean {
  const code = normaliseCode(input);
  return code.length === codeLength && [...code].every((c) => alphabet.includes(c));
}

export interface CodeBatchInput {
  questionnaireId: string;
  orgUnitCode: string;
  periodStart: string;
  periodEnd: string;
  count: number;
}

export async function generateCodes(sql: SqlPool, actor: AuditActor, input: CodeBatchInput): Promise<{ batchId: string; codes: string[] }> {
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > maxCodesPerBatch) {
    throw new UserFacingError(`Ange ett antal koder från 1 till ${maxCodesPerBatch} / count out of range`);
  }
  if (!(input.periodStart <= input.periodEnd)) throw new UserFacingError('Perioden slutar före den börjar / period ends before it starts');
  return sql.begin(async (tx) => {
    await surveyUnit(tx, input.orgUnitCode);
    await requireQuestionnaire(tx, input.questionnaireId);
    const [batch] = await tx<{ id: string }[]>`
      insert into survey_code_batch (questionnaire_id, org_unit_code, period_start, period_end, code_count)
      values (${input.questionnaireId}, ${input.orgUnitCode}, ${input.periodStart}, ${input.periodEnd}, ${input.count})
      returning id::text as id`;
    const codes = new Set<string>();
    while (codes.size < input.count) codes.add(newCode());
    const hashes = [...codes].map((code) => codeHash(code));
    // Hex strings through unnest: one statement whatever the count, far below the parameter limit.
    await tx`
      insert into survey_code (code_hash, batch_id, org_unit_code, period_start, period_end)
      select decode(h, 'hex'), ${batch!.id}, ${input.orgUnitCode}, ${input.periodStart}, ${input.periodEnd}
      from unnest(${hashes.map((h) => h.toString('hex'))}::text[]) as h`;
    await recordAudit(tx, actor, {
      action: 'survey_codes.generate',
      entityType: 'survey_code_batch',
      entityId: batch!.id,
      orgUnitCode: input.orgUnitCode,
      after: { questionnaireId: input.questionnaireId, count: input.count, periodStart: input.periodStart, periodEnd: input.periodEnd },
    });
    return { batchId: batch!.id, codes: [...codes] };
  });
}

async function requireQuestionnaire(sql: Sql, questionnaireId: string): Promise<void> {
  const [row] = await sql`select 1 from questionnaire where id = ${questionnaireId}`;
  if (!row) throw new UserFacingError('Enkäten finns inte / no such questionnaire', { code: 'NOT_FOUND' });
}

