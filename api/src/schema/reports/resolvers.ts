import { builtInTemplates, latestCompletePeriod, periodOfKey } from '@samsyn/reports';
import { createGraphQLError } from 'graphql-yoga';
import { isAllowed, type Permission } from '../../auth/policy.ts';
import type { ReportData, SnapshotValue } from '../../reports/data.ts';
import { renderMarkdown } from '../../reports/markdown.ts';
import {
  addComment,
  addSection,
  createReport,
  findComments,
  findReport,
  findReports,
  findSections,
  moveSection,
  notFound,
  resolveComment,
  setSectionHidden,
  updateKeyMessages,
  updateSectionText,
  type CommentRow,
  type ReportRow,
} from '../../reports/reports.ts';
import { findTransitions, newerDataSinceSnapshot, reportData, transitionReport, type Snapshot, type TransitionRow } from '../../reports/states.ts';
import type { GraphQLContext } from '../context.ts';
import type { OrgUnitRow } from '../org/rows.ts';
import type { ValueModel } from '../values/queries.ts';
import type { Resolvers } from '../resolvers-types.generated.ts';

/** A comment with its thread's replies (empty for a reply). */
export interface CommentModel extends CommentRow {
  replies: CommentModel[];
}

/** A report's data with where it came from: the snapshot once approved, live before. */
export interface ReportDataModel {
  reportId: string;
  data: ReportData;
  snapshot: Snapshot | undefined;
}

/** Per-request memo of what several fields of one report need (its comments, transitions and role checks). */
const perRequest = new WeakMap<GraphQLContext, Map<string, Promise<unknown>>>();
function once<T>(context: GraphQLContext, key: string, load: () => Promise<T>): Promise<T> {
  let memo = perRequest.get(context);
  if (!memo) perRequest.set(context, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}

async function may(context: GraphQLContext, permission: Permission, report: ReportRow): Promise<boolean> {
  if (!context.viewer) return false;
  const ancestry = await context.orgUnits.ancestry(report.orgUnit);
  return isAllowed(context.viewer, permission, ancestry);
}

/** Drafts, reviews and approved-but-unpublished reports are for those who may read unpublished material in scope. */
async function mayRead(context: GraphQLContext, report: ReportRow): Promise<boolean> {
  return report.state === 'publicerad' || may(context, 'unpublished.read', report);
}

function threads(rows: readonly CommentRow[], sectionId: string | null): CommentModel[] {
  return rows
    .filter((c) => c.parentId === null && c.sectionId === sectionId)
    .map((root) => ({ ...root, replies: rows.filter((c) => c.parentId === root.id).map((c) => ({ ...c, replies: [] })) }));
}

async function commentsOf(context: GraphQLContext, report: { id: string; orgUnit: string; state: ReportRow['state'] }): Promise<CommentRow[]> {
  return once(context, `comments:${report.id}`, async () =>
    (await may(context, 'unpublished.read', report as ReportRow)) ? findComments(context.sql, report.id) : [],
  );
}

async function transitionsOf(context: GraphQLContext, reportId: string): Promise<TransitionRow[]> {
  return once(context, `transitions:${reportId}`, () => findTransitions(context.sql, reportId));
}

function valueModels(values: readonly SnapshotValue[], units: readonly OrgUnitRow[]): ValueModel[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  return values.map(({ batchIds: _batches, ...value }) => ({ ...value, orgUnitRow: byCode.get(value.orgUnit) }));
}

async function loadReport(context: GraphQLContext, id: string): Promise<ReportRow> {
  const report = await findReport(context.sql, id);
  if (!report) throw notFound('Rapporten');
  return report;
}

export const reportResolvers: Resolvers = {
  Query: {
    reportTemplates: () => [...builtInTemplates],
    latestCompletePeriod: (_parent, { type, date }) => {
      try {
        return latestCompletePeriod(type, date ?? new Date().toISOString().slice(0, 10));
      } catch (error) {
        if (error instanceof RangeError) {
          throw createGraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', argument: 'date' } });
        }
        throw error;
      }
    },
    reports: async (_parent, { search, state }, context) => {
      const rows = (await findReports(context.sql, search ?? null)).filter((r) => !state || r.state === state);
      const readable = await Promise.all(rows.map((r) => mayRead(context, r)));
      return rows.filter((_r, i) => readable[i]);
    },
    report: async (_parent, { id }, context) => {
      const report = await findReport(context.sql, id);
      return report && (await mayRead(context, report)) ? report : null;
    },
  },
  Mutation: {
    createReport: (_parent, args, { sql, actor }) =>
      createReport(sql, actor, { templateId: args.templateId, orgUnit: args.orgUnit, period: args.period, title: args.title ?? null }),
    updateReportSection: (_parent, { sectionId, field, markdown }, { sql, actor }) => updateSectionText(sql, actor, sectionId, field, markdown),
    updateReportKeyMessages: (_parent, { reportId, markdown }, { sql, actor }) => updateKeyMessages(sql, actor, reportId, markdown),
    moveReportSection: async (_parent, { sectionId, position }, context) =>
      loadReport(context, await moveSection(context.sql, context.actor, sectionId, position)),
    setReportSectionHidden: (_parent, { sectionId, hidden }, { sql, actor }) => setSectionHidden(sql, actor, sectionId, hidden),
    addReportSection: async (_parent, { reportId, title }, context) => {
      await addSection(context.sql, context.actor, reportId, title);
      return loadReport(context, reportId);
    },
    addReportComment: async (_parent, args, { sql, actor }) => ({
      ...(await addComment(sql, actor, { reportId: args.reportId, sectionId: args.sectionId, parentId: args.parentId, body: args.body })),
      replies: [],
    }),
    resolveReportComment: async (_parent, { commentId }, context) => {
      const resolved = await resolveComment(context.sql, context.actor, commentId);
      const rows = await findComments(context.sql, resolved.reportId);
      return { ...resolved, replies: rows.filter((c) => c.parentId === resolved.id).map((c) => ({ ...c, replies: [] })) };
    },
    submitReport: (_parent, { reportId }, { sql, actor }) => transitionReport(sql, actor, reportId, 'submit'),
    returnReport: (_parent, { reportId, reason }, { sql, actor }) => transitionReport(sql, actor, reportId, 'return', reason),
    approveReport: (_parent, { reportId }, { sql, actor }) => transitionReport(sql, actor, reportId, 'approve'),
    publishReport: (_parent, { reportId }, { sql, actor }) => transitionReport(sql, actor, reportId, 'publish'),
  },
  Report: {
    orgUnit: async (report, _args, { orgUnits }) => {
      const unit = await orgUnits.byCode.load(report.orgUnit);
      if (!unit) throw notFound(`Organisationsenheten ${report.orgUnit}`);
      return unit;
    },
    period: (report) => periodOfKey(report.periodType, report.period),
    keyMessages: (report) => report.keyMessages,
    approvedAt: async (report, _args, context) => (await transitionsOf(context, report.id)).findLast((t) => t.toState === 'faststalld')?.at ?? null,
    approvedByName: async (report, _args, context) =>
      (await transitionsOf(context, report.id)).findLast((t) => t.toState === 'faststalld')?.byName ?? null,
    publishedAt: async (report, _args, context) => (await transitionsOf(context, report.id)).findLast((t) => t.toState === 'publicerad')?.at ?? null,
    sections: (report, _args, { sql }) => findSections(sql, [report.id]),
    comments: async (report, _args, context) => threads(await commentsOf(context, report), null),
    transitions: async (report, _args, context) => ((await may(context, 'unpublished.read', report)) ? transitionsOf(context, report.id) : []),
    data: async (report, _args, { sql }) => ({ reportId: report.id, ...(await reportData(sql, report)) }),
    viewerCan: async (report, _args, context) => {
      const [edit, comment, review] = await Promise.all([
        may(context, 'content.edit', report),
        may(context, 'reports.comment', report),
        may(context, 'reports.review', report),
      ]);
      return {
        edit: edit && report.state === 'utkast',
        comment: comment && (report.state === 'utkast' || report.state === 'granskning'),
        submit: edit && report.state === 'utkast',
        return: review && report.state === 'granskning',
        approve: review && report.state === 'granskning',
        publish: edit && report.state === 'faststalld',
      };
    },
  },
  ReportSection: {
    analysis: (section) => section.analysis,
    conclusions: (section) => section.conclusions,
    actions: (section) => section.actions,
    comments: async (section, _args, context) => {
      const report = await once(context, `report:${section.reportId}`, () => loadReport(context, section.reportId));
      return threads(await commentsOf(context, report), section.id);
    },
  },
  ReportComment: {
    resolved: (comment) => comment.resolvedAt !== null,
  },
  ReportTransition: {
    from: (transition) => transition.fromState,
    to: (transition) => transition.toState,
  },
  Markdown: {
    markdown: (text) => text,
    html: (text) => renderMarkdown(text),
  },
  ReportData: {
    frozen: (model) => model.snapshot !== undefined,
    frozenAt: (model) => model.snapshot?.frozenAt ?? null,
    contentHash: (model) => model.snapshot?.contentSha256 ?? null,
    newerDataExists: (model, _args, { sql }) => (model.snapshot ? newerDataSinceSnapshot(sql, model.reportId, model.data) : false),
    periodType: (model) => model.data.periodType,
    period: (model) => model.data.period,
    units: (model) => model.data.units,
    indicators: (model) => model.data.definitions,
    values: (model) => valueModels(model.data.values, model.data.units),
    history: (model) => valueModels(model.data.history, model.data.units),
    batches: (model) => model.data.batches,
  },
};
