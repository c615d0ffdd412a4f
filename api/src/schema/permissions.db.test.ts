import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../auth/users.ts';
import { addComment, createReport, findSections } from '../reports/reports.ts';
import { createSeededTestApp, postGraphQL } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { createTestUser, sessionCookieFor } from '../testing/users.ts';
import { createSchema } from './index.ts';
import { operationPolicies } from './policies.ts';

/**
 * The permission matrix: every root field of the schema × every kind of caller, through the real
 * API. A field added to the schema without a row here fails the first test; one without a policy
 * fails schema creation itself.
 */
type Caller = 'anonymous' | 'noRole' | 'viewer' | 'reviewer' | 'editor' | 'countyEditor' | 'admin';
const callers: Caller[] = ['anonymous', 'noRole', 'viewer', 'reviewer', 'editor', 'countyEditor', 'admin'];

/**
 * Who gets through: everyone, anyone logged in, admins only, or editors whose scope covers the
 * county (the editor of Göteborgsregionen is the out-of-scope case).
 */
type Access = 'everyone' | 'loggedIn' | 'admin' | 'countyEditors' | 'reportEditors' | 'reportCommenters' | 'reportReviewers';

/** What the operations act on: an account, and a report on Göteborg (1480) with a section and a comment. */
interface Ids {
  target: string;
  report: string;
  section: string;
  comment: string;
}

interface Operation {
  access: Access;
  document: string;
  variables?: (ids: Ids) => Record<string, unknown>;
}

const operations: Record<string, Operation> = {
  'Query.version': { access: 'everyone', document: '{ version }' },
  'Query.orgUnits': { access: 'everyone', document: '{ orgUnits { code } }' },
  'Query.orgUnit': { access: 'everyone', document: '{ orgUnit(code: "14") { code } }' },
  'Query.indicators': { access: 'everyone', document: '{ indicators { id } }' },
  'Query.indicator': { access: 'everyone', document: '{ indicator(id: "pv-digitala") { id } }' },
  'Query.indicatorValues': { access: 'everyone', document: '{ indicatorValues(indicatorId: "pv-digitala", periodType: MONTH) { period } }' },
  'Query.comparison': {
    access: 'everyone',
    document: '{ comparison(indicatorId: "pv-digitala", period: "2026-01", periodType: MONTH, level: MUNICIPALITY) { period } }',
  },
  'Query.scorecard': { access: 'everyone', document: '{ scorecard(orgUnit: "14", periodType: MONTH, period: "2026-01") { period } }' },
  'Query.scorecardGrid': { access: 'everyone', document: '{ scorecardGrid(level: SUBREGION, periodType: MONTH) { period } }' },
  'Query.unitProfile': { access: 'everyone', document: '{ unitProfile(orgUnit: "1480", periodType: MONTH) { period } }' },
  'Query.reportTemplates': { access: 'everyone', document: '{ reportTemplates { id } }' },
  'Query.latestCompletePeriod': { access: 'everyone', document: '{ latestCompletePeriod(type: YEAR) { key } }' },
  'Query.me': { access: 'everyone', document: '{ me { email } }' },
  'Query.singleSignOn': { access: 'everyone', document: '{ singleSignOn { enabled } }' },
  'Query.users': { access: 'admin', document: '{ users { email } }' },
  'Query.auditLog': { access: 'admin', document: '{ auditLog { entries { action } } }' },
  'Query.importBatches': { access: 'countyEditors', document: '{ importBatches { id } }' },
  'Query.importBatch': { access: 'countyEditors', document: '{ importBatch(id: "1") { id } }' },
  'Query.demoData': { access: 'everyone', document: '{ demoData }' },
  'Query.surveyForm': { access: 'everyone', document: '{ surveyForm(slug: "finns-inte") { refusal } }' },
  'Query.questionnaires': { access: 'loggedIn', document: '{ questionnaires { key } }' },
  // Borås is outside Göteborgsregionen, the scope of the editor who is not a county editor.
  'Query.surveyResponseCounts': {
    access: 'countyEditors',
    document: '{ surveyResponseCounts(questionnaireId: "1", orgUnitCode: "1490", period: MONTH) { period } }',
  },
  // Aggregated and disclosure-controlled: anyone logged in, politicians too.
  'Query.surveyResults': { access: 'loggedIn', document: '{ surveyResults(questionnaireId: "1", orgUnitCode: "1490") { title } }' },
  // Free text (not aggregated): the unit's editors; Borås is outside the sub-region editor's scope.
  'Query.surveyFreeText': {
    access: 'countyEditors',
    document: '{ surveyFreeText(questionnaireId: "1", orgUnitCode: "1490", quarter: "2026-Q1") { published } }',
  },
  'Mutation.login': { access: 'everyone', document: 'mutation { login(email: "nobody@example.se", password: "fel") { id } }' },
  'Mutation.logout': { access: 'everyone', document: 'mutation { logout }' },
  'Mutation.setPasswordWithLink': {
    access: 'everyone',
    document: 'mutation { setPasswordWithLink(token: "ogiltig", newPassword: "ett tillräckligt långt lösenord") }',
  },
  'Mutation.logoutEverywhere': { access: 'loggedIn', document: 'mutation { logoutEverywhere }' },
  'Mutation.changePassword': {
    access: 'loggedIn',
    document: 'mutation { changePassword(currentPassword: "fel", newPassword: "ett tillräckligt långt lösenord") }',
  },
  'Mutation.createUser': {
    access: 'admin',
    document: 'mutation ($email: String!) { createUser(email: $email) { id } }',
    variables: () => ({ email: `ny-${Math.random().toString(36).slice(2)}@example.se` }),
  },
  'Mutation.grantRole': {
    access: 'admin',
    document: 'mutation ($id: ID!) { grantRole(userId: $id, role: VIEWER, orgUnitCode: "1480") { id } }',
    variables: ({ target }) => ({ id: target }),
  },
  'Mutation.revokeRole': {
    access: 'admin',
    document: 'mutation ($id: ID!) { revokeRole(userId: $id, role: VIEWER, orgUnitCode: "1480") { id } }',
    variables: ({ target }) => ({ id: target }),
  },
  'Mutation.disableUser': {
    access: 'admin',
    document: 'mutation ($id: ID!) { disableUser(userId: $id) { id } }',
    variables: ({ target }) => ({ id: target }),
  },
  'Mutation.createPasswordLink': {
    access: 'admin',
    document: 'mutation ($id: ID!) { createPasswordLink(userId: $id) }',
    variables: ({ target }) => ({ id: target }),
  },
  // An empty definition: allowed callers get INVALID_DEFINITION, so the matrix stores nothing.
  'Mutation.createIndicator': { access: 'countyEditors', document: 'mutation { createIndicator(definition: {}) { id } }' },
  'Mutation.createIndicatorVersion': {
    access: 'countyEditors',
    document: 'mutation { createIndicatorVersion(id: "pv-digitala", definition: {}) { id } }',
  },
  'Mutation.submitSurveyResponse': {
    access: 'everyone',
    document: 'mutation { submitSurveyResponse(submission: { slug: "finns-inte", version: 1, answers: [] }) { status } }',
  },
  // Invalid content, an unknown questionnaire, a slug too short, no codes: allowed callers store nothing.
  'Mutation.createQuestionnaire': {
    access: 'countyEditors',
    document: 'mutation { createQuestionnaire(key: "ny-enkat", title: "Ny", content: {}) { key } }',
  },
  'Mutation.saveQuestionnaireDraft': {
    access: 'countyEditors',
    document: 'mutation { saveQuestionnaireDraft(questionnaireId: "1", content: {}) { key } }',
  },
  'Mutation.publishQuestionnaire': { access: 'countyEditors', document: 'mutation { publishQuestionnaire(questionnaireId: "999999") { key } }' },
  'Mutation.createSurveyLink': {
    access: 'countyEditors',
    document: 'mutation { createSurveyLink(questionnaireId: "1", orgUnitCode: "1490", slug: "x") { slug } }',
  },
  'Mutation.generateSurveyCodes': {
    access: 'countyEditors',
    document: `mutation { generateSurveyCodes(input: { questionnaireId: "1", orgUnitCode: "1490", periodStart: "2026-01-01",
      periodEnd: "2026-01-31", count: 0 }) { codes } }`,
  },
  'Query.reports': { access: 'everyone', document: '{ reports { id } }' },
  'Query.report': { access: 'everyone', document: 'query ($id: ID!) { report(id: $id) { id } }', variables: ({ report }) => ({ id: report }) },
  'Mutation.createReport': {
    access: 'reportEditors',
    document: 'mutation { createReport(templateId: "kvartalsrapport-god-och-nara-vard", orgUnit: "1480", period: "2025-Q4") { id } }',
  },
  'Mutation.updateReportSection': {
    access: 'reportEditors',
    document: 'mutation ($id: ID!) { updateReportSection(sectionId: $id, field: ANALYSIS, markdown: "Text") { id } }',
    variables: ({ section }) => ({ id: section }),
  },
  'Mutation.updateReportKeyMessages': {
    access: 'reportEditors',
    document: 'mutation ($id: ID!) { updateReportKeyMessages(reportId: $id, markdown: "Text") { id } }',
    variables: ({ report }) => ({ id: report }),
  },
  'Mutation.moveReportSection': {
    access: 'reportEditors',
    document: 'mutation ($id: ID!) { moveReportSection(sectionId: $id, position: 2) { id } }',
    variables: ({ section }) => ({ id: section }),
  },
  'Mutation.setReportSectionHidden': {
    access: 'reportEditors',
    document: 'mutation ($id: ID!) { setReportSectionHidden(sectionId: $id, hidden: true) { id } }',
    variables: ({ section }) => ({ id: section }),
  },
  'Mutation.addReportSection': {
    access: 'reportEditors',
    document: 'mutation ($id: ID!) { addReportSection(reportId: $id, title: "Extra") { id } }',
    variables: ({ report }) => ({ id: report }),
  },
  'Mutation.addReportComment': {
    access: 'reportCommenters',
    document: 'mutation ($id: ID!) { addReportComment(reportId: $id, body: "Fråga") { id } }',
    variables: ({ report }) => ({ id: report }),
  },
  'Mutation.resolveReportComment': {
    access: 'reportCommenters',
    document: 'mutation ($id: ID!) { resolveReportComment(commentId: $id) { id } }',
    variables: ({ comment }) => ({ id: comment }),
  },
  'Mutation.submitReport': {
    access: 'reportEditors',
    document: 'mutation ($id: ID!) { submitReport(reportId: $id) { id } }',
    variables: ({ report }) => ({ id: report }),
  },
  'Mutation.returnReport': {
    access: 'reportReviewers',
    document: 'mutation ($id: ID!) { returnReport(reportId: $id, reason: "Komplettera") { id } }',
    variables: ({ report }) => ({ id: report }),
  },
  'Mutation.approveReport': {
    access: 'reportReviewers',
    document: 'mutation ($id: ID!) { approveReport(reportId: $id) { id } }',
    variables: ({ report }) => ({ id: report }),
  },
  'Mutation.publishReport': {
    access: 'reportEditors',
    document: 'mutation ($id: ID!) { publishReport(reportId: $id) { id } }',
    variables: ({ report }) => ({ id: report }),
  },
};

const mayCall = (access: Access, caller: Caller) =>
  access === 'everyone' ||
  (access === 'loggedIn' && caller !== 'anonymous') ||
  (access === 'admin' && caller === 'admin') ||
  (access === 'countyEditors' && (caller === 'countyEditor' || caller === 'admin')) ||
  // The report is on Göteborg: the sub-region's and the county's editors cover it, and the reviewer is on Göteborg.
  (access === 'reportEditors' && (caller === 'editor' || caller === 'countyEditor' || caller === 'admin')) ||
  (access === 'reportCommenters' && ['reviewer', 'editor', 'countyEditor', 'admin'].includes(caller)) ||
  (access === 'reportReviewers' && (caller === 'reviewer' || caller === 'admin'));

let db: TestDatabase;
let app: Hono;
const users = {} as Record<Exclude<Caller, 'anonymous'>, UserRow>;
let ids: Ids;

beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  users.noRole = await createTestUser(db.sql, 'utan.roll@example.se');
  users.viewer = await createTestUser(db.sql, 'lasare@example.se', { role: 'viewer', orgUnitCode: '1480' });
  users.reviewer = await createTestUser(db.sql, 'politiker@example.se', { role: 'reviewer', orgUnitCode: '1480' });
  users.editor = await createTestUser(db.sql, 'arbetsgrupp@example.se', { role: 'editor', orgUnitCode: 'GR' });
  users.countyEditor = await createTestUser(db.sql, 'lansgrupp@example.se', { role: 'editor', orgUnitCode: '14' });
  users.admin = await createTestUser(db.sql, 'admin@example.se', { role: 'admin', orgUnitCode: null });
  const target = await createTestUser(db.sql, 'malkonto@example.se');
  const workingGroup = { userId: users.countyEditor.id, label: users.countyEditor.email };
  const report = await createReport(db.sql, workingGroup, { templateId: 'kvartalsrapport-god-och-nara-vard', orgUnit: '1480', period: '2025-Q4' });
  const [section] = await findSections(db.sql, [report.id]);
  const comment = await addComment(db.sql, workingGroup, { reportId: report.id, body: 'Första kommentaren' });
  ids = { target: target.id, report: report.id, section: section!.id, comment: comment.id };
});
afterAll(async () => {
  await db.drop();
});

describe('the permission matrix', () => {
  it('covers every root field of the schema, and every field has a policy', () => {
    const schema = createSchema();
    const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((name) => `${type?.name}.${name}`),
    );
    expect(Object.keys(operations).sort()).toEqual(fields.sort());
    expect(Object.keys(operationPolicies).sort()).toEqual(fields.sort());
  });

  const rows = Object.entries(operations).flatMap(([field, op]) => callers.map((caller) => [field, caller, op] as const));

  it.each(rows)('%s as %s', async (_field, caller, op) => {
    // A fresh session per call, so an operation that ends sessions cannot disturb the next one.
    const cookie = caller === 'anonymous' ? undefined : await sessionCookieFor(db.sql, users[caller].id);
    const { body } = await postGraphQL(app, op.document, op.variables?.(ids), { cookie });
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    if (mayCall(op.access, caller)) {
      expect(codes).not.toContain('UNAUTHENTICATED');
      expect(codes).not.toContain('FORBIDDEN');
    } else {
      expect(codes).toEqual([caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      // Nothing leaks: a non-null field nulls all of data, a nullable one is null itself.
      expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true);
    }
  });
});
