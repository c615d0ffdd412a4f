import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { Sql, SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { canonicalJson, gatherReportData, sha256Hex, type ReportData } from './data.ts';
import { findReport, notFound, type ReportRow, type ReportState } from './reports.ts';

/**
 * The report's process: utkast → granskning → faststalld → publicerad, and back from granskning to utkast with a
 * reason. Each step is a conditional update of the state (so two reviewers acting at once cannot both succeed), a
 * row in report_transition and one in the audit log, in one transaction. Approval also freezes the data: from then
 * on the report shows its snapshot, never the live values.
 */

export type Transition = 'submit' | 'return' | 'approve' | 'publish';

const steps: Record<Transition, { from: ReportState; to: ReportState }> = {
  submit: { from: 'utkast', to: 'granskning' },
  return: { from: 'granskning', to: 'utkast' },
  approve: { from: 'granskning', to: 'faststalld' },
  publish: { from: 'faststalld', to: 'publicerad' },
};

const stateNames: Record<ReportState, string> = {
  utkast: 'ett utkast',
  granskning: 'under granskning',
  faststalld: 'fastställd',
  publicerad: 'publicerad',
};

export interface TransitionRow {
  fromState: ReportState;
  toState: ReportState;
  reason: string | null;
  byName: string;
  at: string;
}

export async function transitionReport(
  pool: SqlPool,
  actor: AuditActor,
  reportId: string,
  transition: Transition,
  reason?: string | null,
): Promise<ReportRow> {
  const { from, to } = steps[transition];
  const why = reason?.trim() || null;
  if (transition === 'return' && !why) {
    throw new UserFacingError('Ange varför rapporten skickas tillbaka / give a reason for returning the report', {
      extensions: { argument: 'reason' },
    });
  }
  if (!actor.userId) throw new UserFacingError('Du behöver logga in / log in first', { code: 'UNAUTHENTICATED' });
  const userId = actor.userId;
  // Repeatable read: a freeze reads the values in several statements and must see them as of one moment, even if a
  // recompute commits in between.
  return pool.begin('isolation level repeatable read', async (sql) => {
    const report = await findReport(sql, reportId);
    if (!report) throw notFound('Rapporten');
    const [moved] = await sql`
      update report set state = ${to}, updated_at = now() where id = ${report.id} and state = ${from} returning id`;
    if (!moved) {
      throw new UserFacingError(
        `Rapporten är ${stateNames[report.state]}, inte ${stateNames[from]} / the report is not in the state this step starts from`,
        { code: 'CONFLICT', extensions: { state: report.state } },
      );
    }
    await sql`
      insert into report_transition (report_id, from_state, to_state, reason, user_id)
      values (${report.id}, ${from}, ${to}, ${why}, ${userId})`;
    if (transition === 'approve') await freeze(sql, report, userId);
    await recordAudit(sql, actor, {
      action: `report.${transition}`,
      entityType: 'report',
      entityId: report.id,
      orgUnitCode: report.orgUnit,
      before: { state: from },
      after: { state: to, ...(why ? { reason: why } : {}) },
    });
    return (await findReport(sql, report.id))!;
  });
}

/** Gathers what the report shows and stores it, hashed, as the report's snapshot. */
async function freeze(sql: Sql, report: ReportRow, userId: string): Promise<void> {
  const content = canonicalJson(await gatherReportData(sql, report));
  await sql`
    insert into report_snapshot (report_id, content, content_sha256, frozen_by)
    values (${report.id}, ${content}, ${sha256Hex(content)}, ${userId})`;
}

export interface Snapshot {
  data: ReportData;
  contentSha256: string;
  frozenAt: string;
}

export async function findSnapshot(sql: Sql, reportId: string): Promise<Snapshot | undefined> {
  const [row] = await sql<{ content: string; contentSha256: string; frozenAt: string }[]>`
    select content, content_sha256 as "contentSha256",
           to_char(frozen_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "frozenAt"
    from report_snapshot where report_id = ${reportId}`;
  return row && { data: JSON.parse(row.content) as ReportData, contentSha256: row.contentSha256, frozenAt: row.frozenAt };
}

/** What the report shows: its snapshot once approved, the live values before. */
export async function reportData(sql: Sql, report: ReportRow): Promise<{ data: ReportData; snapshot: Snapshot | undefined }> {
  if (report.state === 'utkast' || report.state === 'granskning') return { data: await gatherReportData(sql, report), snapshot: undefined };
  const snapshot = await findSnapshot(sql, report.id);
  // Approval writes the snapshot in its own transaction: an approved report without one is a broken database.
  if (!snapshot) throw new Error(`Report ${report.id} is ${report.state} but has no snapshot`);
  return { data: snapshot.data, snapshot };
}

/** Whether any value the report shows (any of its units, its period) has been computed again since its snapshot. */
export async function newerDataSinceSnapshot(sql: Sql, reportId: string, data: ReportData): Promise<boolean> {
  const [row] = await sql<{ newer: boolean }[]>`
    select exists (
      select 1 from indicator_value
      where org_unit = any(${data.units.map((u) => u.code)}) and period_type = ${data.periodType} and period = ${data.period} and sex = 'T'
        and computed_at > (select frozen_at from report_snapshot where report_id = ${reportId})
    ) as newer`;
  return row!.newer;
}

export async function findTransitions(sql: Sql, reportId: string): Promise<TransitionRow[]> {
  return sql<TransitionRow[]>`
    select t.from_state as "fromState", t.to_state as "toState", t.reason, u.display_name as "byName",
           to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at
    from report_transition t join app_user u on u.id = t.user_id
    where t.report_id = ${reportId} order by t.id`;
}
