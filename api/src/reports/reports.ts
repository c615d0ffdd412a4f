import { builtInTemplates, periodOfKey, type ReportPeriodType, type ReportSectionKind } from '@samsyn/reports';
import type { IndicatorArea } from '@samsyn/indicators';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { Sql, SqlPool } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import { valuePeriodOf } from './data.ts';

/**
 * Reports and their sections as the working group builds them: created from a template for a unit and a period,
 * then texts edited field by field (what autosave sends), sections moved, hidden or added. Only a draft (utkast) is
 * edited; comments are written until the report is approved. Who may call what is the GraphQL policy table's job
 * (schema/policies.ts); this module keeps the report consistent.
 */

export type ReportState = 'utkast' | 'granskning' | 'faststalld' | 'publicerad';
export type SectionTextField = 'analysis' | 'conclusions' | 'actions';

export interface ReportRow {
  id: string;
  templateId: string;
  title: string;
  orgUnit: string;
  periodType: ReportPeriodType;
  period: string;
  state: ReportState;
  keyMessages: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
}

export interface SectionRow {
  id: string;
  reportId: string;
  position: number;
  kind: ReportSectionKind;
  area: IndicatorArea | null;
  title: string;
  hidden: boolean;
  analysis: string;
  conclusions: string;
  actions: string;
}

export interface CommentRow {
  id: string;
  reportId: string;
  sectionId: string | null;
  parentId: string | null;
  authorName: string;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
}

export const notFound = (what: string) => new UserFacingError(`${what} finns inte / ${what} not found`, { code: 'NOT_FOUND' });
const notDraft = () =>
  new UserFacingError('Rapporten är inte ett utkast och kan inte ändras / only a draft can be edited', { code: 'CONFLICT' });

const reportColumns = (sql: Sql) => sql`
  r.id::text, r.template_id as "templateId", r.title, r.org_unit as "orgUnit", r.period_type as "periodType", r.period,
  r.state, r.key_messages as "keyMessages", r.created_by::text as "createdBy",
  (select display_name from app_user where id = r.created_by) as "createdByName",
  to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
  to_char(r.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt"`;

const sectionColumns = (sql: Sql) => sql`
  s.id::text, s.report_id::text as "reportId", s.position, s.kind, s.area, s.title, s.hidden, s.analysis,
  s.conclusions, s.actions`;

/** An id from GraphQL: digits only, so a bad one is NOT_FOUND rather than a database error. */
function idOf(id: string, what: string): string {
  if (!/^[0-9]{1,18}$/.test(id)) throw notFound(what);
  return id;
}

export async function findReport(sql: Sql, id: string): Promise<ReportRow | undefined> {
  if (!/^[0-9]{1,18}$/.test(id)) return undefined;
  const [row] = await sql<ReportRow[]>`select ${reportColumns(sql)} from report r where r.id = ${id}`;
  return row;
}

/** Every report, newest first; a title search matches anywhere, case-insensitively. */
export async function findReports(sql: Sql, search: string | null): Promise<ReportRow[]> {
  const pattern = search?.trim() ? `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return sql<ReportRow[]>`
    select ${reportColumns(sql)} from report r
    ${pattern ? sql`where r.title ilike ${pattern}` : sql``}
    order by r.created_at desc, r.id desc`;
}

export async function findSections(sql: Sql, reportIds: readonly string[]): Promise<SectionRow[]> {
  return sql<SectionRow[]>`
    select ${sectionColumns(sql)} from report_section s where s.report_id = any(${reportIds as string[]}::bigint[])
    order by s.report_id, s.position`;
}

export async function findComments(sql: Sql, reportId: string): Promise<CommentRow[]> {
  return sql<CommentRow[]>`
    select c.id::text, c.report_id::text as "reportId", c.section_id::text as "sectionId", c.parent_id::text as "parentId",
           a.display_name as "authorName", c.body,
           to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
           to_char(c.resolved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "resolvedAt",
           (select display_name from app_user where id = c.resolved_by) as "resolvedByName"
    from report_comment c join app_user a on a.id = c.author_id
    where c.report_id = ${reportId}
    order by c.id`;
}

/** The report's unit: what the policy table checks a caller's grants against. Undefined for an unknown report. */
export async function reportUnitOf(sql: Sql, ids: { reportId?: string; sectionId?: string; commentId?: string }): Promise<string | undefined> {
  const valid = (id: string | undefined) => (id && /^[0-9]{1,18}$/.test(id) ? id : null);
  const [row] = await sql<{ orgUnit: string }[]>`
    select r.org_unit as "orgUnit" from report r
    where r.id = ${valid(ids.reportId)}
       or r.id = (select report_id from report_section where id = ${valid(ids.sectionId)})
       or r.id = (select report_id from report_comment where id = ${valid(ids.commentId)})
    limit 1`;
  return row?.orgUnit;
}

function actorId(actor: AuditActor): string {
  if (!actor.userId) throw new UserFacingError('Rapporter skrivs av inloggade personer / reports need a logged-in person', { code: 'UNAUTHENTICATED' });
  return actor.userId;
}

/** A new draft from a built-in template, with the template's sections, for a unit and a period of its type. */
export async function createReport(
  pool: SqlPool,
  actor: AuditActor,
  input: { templateId: string; orgUnit: string; period: string; title?: string | null },
): Promise<ReportRow> {
  const template = builtInTemplates.find((t) => t.id === input.templateId);
  if (!template) throw notFound(`Mallen ${input.templateId}`);
  let period;
  try {
    period = periodOfKey(template.periodType, input.period);
    valuePeriodOf(template.periodType, period.key);
  } catch (error) {
    if (error instanceof RangeError) throw new UserFacingError(error.message, { extensions: { argument: 'period' } });
    throw error;
  }
  const userId = actorId(actor);
  return pool.begin(async (sql) => {
    const [unit] = await sql<{ name: string }[]>`
      select name from org_unit where code = ${input.orgUnit} and kind in ('county', 'subregion', 'municipality')
        and (valid_to is null or valid_to >= current_date)`;
    if (!unit) throw notFound(`Organisationsenheten ${input.orgUnit}`);
    const title = input.title?.trim() || `${template.title.sv} – ${unit.name} – ${period.label.sv}`;
    const [created] = await sql<{ id: string }[]>`
      insert into report (template_id, title, org_unit, period_type, period, created_by)
      values (${template.id}, ${title}, ${input.orgUnit}, ${template.periodType}, ${period.key}, ${userId})
      returning id::text`;
    const reportId = created!.id;
    const sections = template.sections.map((section, position) => ({
      report_id: reportId,
      position,
      kind: section.kind,
      area: section.kind === 'area' ? section.area : null,
      title: section.title.sv,
    }));
    await sql`insert into report_section ${sql(sections)}`;
    await recordAudit(sql, actor, {
      action: 'report.create',
      entityType: 'report',
      entityId: reportId,
      orgUnitCode: input.orgUnit,
      after: { templateId: template.id, title, period: period.key },
    });
    return (await findReport(sql, reportId))!;
  });
}

/** Locks the section's report for the change and refuses unless it is a draft. */
async function lockDraftOfSection(sql: Sql, sectionId: string): Promise<{ reportId: string; orgUnit: string; section: SectionRow }> {
  const [row] = await sql<(SectionRow & { orgUnit: string; state: ReportState })[]>`
    select ${sectionColumns(sql)}, r.org_unit as "orgUnit", r.state
    from report_section s join report r on r.id = s.report_id
    where s.id = ${idOf(sectionId, 'Avsnittet')}
    for update of r`;
  if (!row) throw notFound('Avsnittet');
  if (row.state !== 'utkast') throw notDraft();
  const { orgUnit, state: _state, ...section } = row;
  return { reportId: row.reportId, orgUnit, section };
}

async function lockDraft(sql: Sql, reportId: string): Promise<ReportRow> {
  const [row] = await sql<ReportRow[]>`select ${reportColumns(sql)} from report r where r.id = ${idOf(reportId, 'Rapporten')} for update`;
  if (!row) throw notFound('Rapporten');
  if (row.state !== 'utkast') throw notDraft();
  return row;
}

/** One text of one section: what an autosave sends, so two people writing different fields never overwrite each other. */
export async function updateSectionText(
  pool: SqlPool,
  actor: AuditActor,
  sectionId: string,
  field: SectionTextField,
  markdown: string,
): Promise<SectionRow> {
  return pool.begin(async (sql) => {
    const { orgUnit, section } = await lockDraftOfSection(sql, sectionId);
    // The field names are the column names; GraphQL's enum admits no others.
    const [updated] = await sql<SectionRow[]>`
      update report_section s set ${sql(field)} = ${markdown}, updated_at = now() where s.id = ${section.id}
      returning ${sectionColumns(sql)}`;
    await sql`update report set updated_at = now() where id = ${section.reportId}`;
    await recordAudit(sql, actor, {
      action: 'report.section.update',
      entityType: 'report_section',
      entityId: section.id,
      orgUnitCode: orgUnit,
      before: { [field]: section[field] },
      after: { [field]: markdown },
    });
    return updated!;
  });
}

export async function updateKeyMessages(pool: SqlPool, actor: AuditActor, reportId: string, markdown: string): Promise<ReportRow> {
  return pool.begin(async (sql) => {
    const report = await lockDraft(sql, reportId);
    await sql`update report set key_messages = ${markdown}, updated_at = now() where id = ${report.id}`;
    await recordAudit(sql, actor, {
      action: 'report.update',
      entityType: 'report',
      entityId: report.id,
      orgUnitCode: report.orgUnit,
      before: { keyMessages: report.keyMessages },
      after: { keyMessages: markdown },
    });
    return (await findReport(sql, report.id))!;
  });
}

/** Moves a section to a position (0-based, clamped to the ends); the others close up around it. */
export async function moveSection(pool: SqlPool, actor: AuditActor, sectionId: string, position: number): Promise<string> {
  return pool.begin(async (sql) => {
    const { reportId, orgUnit, section } = await lockDraftOfSection(sql, sectionId);
    const ids = (await findSections(sql, [reportId])).map((s) => s.id).filter((id) => id !== section.id);
    const target = Math.max(0, Math.min(ids.length, Math.trunc(position)));
    ids.splice(target, 0, section.id);
    const positions = ids.map((id, index) => [id, index] as const);
    // One statement: the unique (report_id, position) is checked at commit.
    await sql`
      update report_section s set position = p.position::int
      from (select unnest(${ids}::bigint[]) as id, unnest(${positions.map(([, i]) => i)}::int[]) as position) p
      where s.id = p.id`;
    await recordAudit(sql, actor, {
      action: 'report.section.move',
      entityType: 'report_section',
      entityId: section.id,
      orgUnitCode: orgUnit,
      before: { position: section.position },
      after: { position: target },
    });
    return reportId;
  });
}

export async function setSectionHidden(pool: SqlPool, actor: AuditActor, sectionId: string, hidden: boolean): Promise<SectionRow> {
  return pool.begin(async (sql) => {
    const { orgUnit, section } = await lockDraftOfSection(sql, sectionId);
    const [updated] = await sql<SectionRow[]>`
      update report_section s set hidden = ${hidden}, updated_at = now() where s.id = ${section.id} returning ${sectionColumns(sql)}`;
    await recordAudit(sql, actor, {
      action: 'report.section.hide',
      entityType: 'report_section',
      entityId: section.id,
      orgUnitCode: orgUnit,
      before: { hidden: section.hidden },
      after: { hidden },
    });
    return updated!;
  });
}

/** A free-commentary section the template does not have, last (before nothing: move it after). */
export async function addSection(pool: SqlPool, actor: AuditActor, reportId: string, title: string): Promise<SectionRow> {
  if (!title.trim()) throw new UserFacingError('Ange en rubrik för avsnittet / give the section a title', { extensions: { argument: 'title' } });
  return pool.begin(async (sql) => {
    const report = await lockDraft(sql, reportId);
    const [added] = await sql<SectionRow[]>`
      insert into report_section as s (report_id, position, kind, title)
      values (${report.id}, (select coalesce(max(position) + 1, 0) from report_section where report_id = ${report.id}), 'commentary', ${title.trim()})
      returning ${sectionColumns(sql)}`;
    await recordAudit(sql, actor, {
      action: 'report.section.add',
      entityType: 'report_section',
      entityId: added!.id,
      orgUnitCode: report.orgUnit,
      after: { title: added!.title, position: added!.position },
    });
    return added!;
  });
}

/**
 * A comment on the report (no section) or one of its sections, or a reply in a thread (which then belongs to its
 * first comment's section). Comments are for the work before approval.
 */
export async function addComment(
  pool: SqlPool,
  actor: AuditActor,
  input: { reportId: string; sectionId?: string | null; parentId?: string | null; body: string },
): Promise<CommentRow> {
  if (!input.body.trim()) throw new UserFacingError('Skriv en kommentar / write a comment', { extensions: { argument: 'body' } });
  const userId = actorId(actor);
  return pool.begin(async (sql) => {
    const [report] = await sql<{ state: ReportState; orgUnit: string }[]>`
      select state, org_unit as "orgUnit" from report where id = ${idOf(input.reportId, 'Rapporten')} for update`;
    if (!report) throw notFound('Rapporten');
    if (report.state !== 'utkast' && report.state !== 'granskning') {
      throw new UserFacingError('En fastställd rapport kommenteras inte / an approved report takes no comments', { code: 'CONFLICT' });
    }
    let sectionId = input.sectionId ? idOf(input.sectionId, 'Avsnittet') : null;
    let parentId = null;
    if (input.parentId) {
      const [parent] = await sql<{ id: string; sectionId: string | null }[]>`
        select coalesce(parent_id, id)::text as id, section_id::text as "sectionId" from report_comment
        where id = ${idOf(input.parentId, 'Kommentaren')} and report_id = ${input.reportId}`;
      if (!parent) throw notFound('Kommentaren');
      parentId = parent.id;
      sectionId = parent.sectionId;
    } else if (sectionId) {
      const [section] = await sql`select 1 from report_section where id = ${sectionId} and report_id = ${input.reportId}`;
      if (!section) throw notFound('Avsnittet');
    }
    const [created] = await sql<{ id: string }[]>`
      insert into report_comment (report_id, section_id, parent_id, author_id, body)
      values (${input.reportId}, ${sectionId}, ${parentId}, ${userId}, ${input.body.trim()})
      returning id::text`;
    await recordAudit(sql, actor, {
      action: 'report.comment.add',
      entityType: 'report_comment',
      entityId: created!.id,
      orgUnitCode: report.orgUnit,
      after: { reportId: input.reportId, sectionId, parentId },
    });
    return (await findComments(sql, input.reportId)).find((c) => c.id === created!.id)!;
  });
}

/** Resolves a comment's thread (at its first comment). */
export async function resolveComment(pool: SqlPool, actor: AuditActor, commentId: string): Promise<CommentRow> {
  const userId = actorId(actor);
  return pool.begin(async (sql) => {
    const [thread] = await sql<{ id: string; reportId: string; orgUnit: string }[]>`
      select coalesce(c.parent_id, c.id)::text as id, c.report_id::text as "reportId", r.org_unit as "orgUnit"
      from report_comment c join report r on r.id = c.report_id where c.id = ${idOf(commentId, 'Kommentaren')}`;
    if (!thread) throw notFound('Kommentaren');
    await sql`update report_comment set resolved_at = now(), resolved_by = ${userId} where id = ${thread.id} and resolved_at is null`;
    await recordAudit(sql, actor, {
      action: 'report.comment.resolve',
      entityType: 'report_comment',
      entityId: thread.id,
      orgUnitCode: thread.orgUnit,
      after: { resolved: true },
    });
    return (await findComments(sql, thread.reportId)).find((c) => c.id === thread.id)!;
  });
}
