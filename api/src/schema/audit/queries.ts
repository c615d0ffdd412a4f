import type { Sql } from '../../db/client.ts';
import { UserFacingError } from '../../errors.ts';

export interface AuditRow {
  id: string;
  occurredAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  orgUnitCode: string | null;
  diff: string | null;
  requestId: string | null;
}

export interface AuditQuery {
  actor?: string | null;
  actionPrefix?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** Inclusive ISO dates, interpreted in Swedish time. */
  from?: string | null;
  to?: string | null;
  /** Only entries older than this id (keyset pagination). */
  before?: string | null;
  limit: number;
}

export const maxAuditPageSize = 500;

function assertIsoDate(value: string | null | undefined, field: string): void {
  if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new UserFacingError(`${field}: ange datumet som ÅÅÅÅ-MM-DD / use YYYY-MM-DD`, { code: 'BAD_USER_INPUT' });
  }
}

/** Newest first; fetches one extra row to know whether another page follows. */
export async function findAuditEntries(sql: Sql, query: AuditQuery): Promise<{ entries: AuditRow[]; nextCursor: string | null }> {
  assertIsoDate(query.from, 'from');
  assertIsoDate(query.to, 'to');
  const limit = Math.min(Math.max(query.limit, 1), maxAuditPageSize);
  const rows = await sql<AuditRow[]>`
    select id::text as id,
           to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt",
           actor, action, entity_type as "entityType", entity_id as "entityId", org_unit_code as "orgUnitCode",
           diff::text as diff, request_id as "requestId"
    from audit_log
    where true
      ${query.actor ? sql`and actor = ${query.actor.trim().toLowerCase()}` : sql``}
      ${query.actionPrefix ? sql`and starts_with(action, ${query.actionPrefix})` : sql``}
      ${query.entityType ? sql`and entity_type = ${query.entityType}` : sql``}
      ${query.entityId ? sql`and entity_id = ${query.entityId}` : sql``}
      ${query.from ? sql`and occurred_at >= (${query.from}::date)::timestamp at time zone 'Europe/Stockholm'` : sql``}
      ${query.to ? sql`and occurred_at < (${query.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'` : sql``}
      ${query.before && /^\d+$/.test(query.before) ? sql`and id < ${query.before}` : sql``}
    order by id desc
    limit ${limit + 1}`;
  const entries = rows.slice(0, limit);
  return { entries, nextCursor: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
}
