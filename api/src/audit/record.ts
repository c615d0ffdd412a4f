import type { Sql } from '../db/client.ts';

/** Who made a change: a person (with their account), the CLI, or Samsyn itself. */
export interface AuditActor {
  userId: string | null;
  /** E-mail address, 'cli' or 'system'. */
  label: string;
  requestId?: string;
}

export const cliActor: AuditActor = { userId: null, label: 'cli' };

export interface AuditEntry {
  /** entity.verb, e.g. 'user.create'. */
  action: string;
  entityType: string;
  entityId: string;
  orgUnitCode?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Writes one audit row. Call it with the transaction that makes the change, so the change and its
 * record commit or roll back together. Secrets never belong in `before`/`after`.
 */
export async function recordAudit(sql: Sql, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const diff = compactDiff(entry.before ?? null, entry.after ?? null);
  await sql`
    insert into audit_log (actor_user_id, actor, action, entity_type, entity_id, org_unit_code, diff, request_id)
    values (${actor.userId}, ${actor.label}, ${entry.action}, ${entry.entityType}, ${entry.entityId},
            ${entry.orgUnitCode ?? null}, ${diff ? sql.json(diff) : null}, ${actor.requestId ?? null})`;
}

type Json = Parameters<typeof JSON.stringify>[0];

/** Only the fields that changed, as {field: [before, after]}; null when nothing changed. */
export function compactDiff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [Json, Json]> | null {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const diff: Record<string, [Json, Json]> = {};
  for (const key of [...keys].sort()) {
    const was = before?.[key] ?? null;
    const is = after?.[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) diff[key] = [was as Json, is as Json];
  }
  return Object.keys(diff).length ? diff : null;
}
