import type { Context, Handler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SqlPool } from '../db/client.ts';
import type { SurveyLimiters } from '../surveys/rate-limit.ts';
import { receiveSubmission, type SubmissionInput } from '../surveys/receive.ts';
import type { SurveyRefusalReason } from '../surveys/submit.ts';
import { clientAddress } from './client-address.ts';

/**
 * POST /api/enkat/svar: an anonymous survey response as JSON, the same fields as GraphQL's SurveySubmissionInput —
 * `{ "slug" | "code", "version", "answers": [{ "question", "values": [...] }], "proofOfWork"? }`. The response page's
 * form action sends its responses here. It goes through the same code as the mutation submitSurveyResponse
 * (receive.ts, submit.ts) without a GraphQL engine around it: in the submission benchmark the mutation takes fewer
 * than half as many responses a second, its time going to the document, the coercion of every answer through the
 * schema and the executor.
 *
 * Answers: 201 `{ "status": "stored" }`; a refusal `{ "status": "refused", "refusal", "error" }` with the status
 * below; answers that do not fit the questionnaire 422 `{ "status": "invalid", "problems": [{ "question", "code" }],
 * "error" }`; anything that is not a response 400, 413 or 415 `{ "error", "code" }`. Every `error` is Swedish and
 * English. Nothing about the request is stored; the client's address is used for the in-memory limits only.
 */
export const surveySubmitPath = '/api/enkat/svar';

/** As the web's form action: far above an honest response (a few kB), far below abuse. */
export const surveyBodyLimitBytes = 64 * 1024;

const refusals: Record<SurveyRefusalReason, { status: ContentfulStatusCode; error: string }> = {
  unknown_link: { status: 404, error: 'Det finns ingen enkät på den här adressen / no survey at this address' },
  closed_link: { status: 410, error: 'Enkäten är stängd / the survey is closed' },
  unknown_code: { status: 404, error: 'Koden finns inte / unknown code' },
  used_code: { status: 409, error: 'Koden är redan använd; varje kod kan användas en gång / the code has been used' },
  not_published: { status: 404, error: 'Enkäten är inte öppen än / the survey is not open yet' },
  changed_version: {
    status: 409,
    error: 'Enkäten har ändrats sedan den visades; hämta den nya versionen / the survey has changed, fetch the new version',
  },
  rate_limited: { status: 429, error: 'För många svar från samma adress; försök igen om en stund / too many responses, try again later' },
  proof_of_work_missing: {
    status: 400,
    error: 'Länken kräver en automatisk kontroll mot skräpsvar (proofOfWork) / the link asks for a proof of work',
  },
  proof_of_work_invalid: {
    status: 400,
    error: 'Kontrollen mot skräpsvar var fel, för gammal eller redan använd / the proof of work is wrong, expired or used',
  },
};

export const surveyBodyTooLarge = (c: Context) =>
  c.json({ error: `Svaret är större än ${surveyBodyLimitBytes / 1024} kB / the response is too large`, code: 'PAYLOAD_TOO_LARGE' }, 413);

export function surveySubmitHandler(options: { sql: SqlPool; limiters: SurveyLimiters; trustProxy: boolean }): Handler {
  return async function surveySubmit(c) {
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
      return c.json({ error: 'Skicka svaret som JSON (Content-Type: application/json) / send JSON', code: 'UNSUPPORTED_MEDIA_TYPE' }, 415);
    }
    // Read from the socket by requestBody (app.ts), or from the Fetch Request of an in-process call.
    const input = submissionInput(parseJson(c.get('requestBody') ?? (await c.req.text())));
    if (!input) return c.json({ error: 'Svaret har fel form / malformed response', code: 'BAD_USER_INPUT' }, 400);
    const result = await receiveSubmission(options.sql, options.limiters, clientAddress(c, options.trustProxy), input);
    switch (result.status) {
      case 'stored':
        return c.json({ status: 'stored' }, 201);
      case 'refused': {
        const { status, error } = refusals[result.reason];
        return c.json({ status: 'refused', refusal: result.reason, error }, status);
      }
      case 'invalid':
        return c.json({ status: 'invalid', problems: result.problems, error: 'Några svar behöver rättas / some answers need correcting' }, 422);
      case 'malformed':
        return c.json({ error: result.message, code: 'BAD_USER_INPUT' }, 400);
    }
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown) => value === undefined || value === null || isString(value);

/** The body as a SubmissionInput when it has that shape (GraphQL's schema checks the same for the mutation). */
function submissionInput(body: unknown): SubmissionInput | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { slug, code, version, answers, proofOfWork } = body as Record<string, unknown>;
  if (!isOptionalString(slug) || !isOptionalString(code) || !isOptionalString(proofOfWork)) return undefined;
  if (!Number.isSafeInteger(version) || !Array.isArray(answers)) return undefined;
  for (const answer of answers as unknown[]) {
    if (typeof answer !== 'object' || answer === null) return undefined;
    const { question, values } = answer as Record<string, unknown>;
    if (!isString(question) || !Array.isArray(values) || !values.every(isString)) return undefined;
  }
  return body as SubmissionInput;
}
