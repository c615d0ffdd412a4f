import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTestDatabase, createTestApp, postGraphQL } from '../../testing/app.ts';
import type { TestDatabase } from '../../testing/database.ts';
import { seedScorecardData } from '../../testing/scorecard-data.ts';
import { createTestUser, sessionCookieFor } from '../../testing/users.ts';

/**
 * Reports through GraphQL (PostgreSQL and PGlite) on testing/scorecard-data.ts: the whole process by the roles that
 * may take each step, refusals for those who may not, what the public sees, and the frozen data standing still.
 */

let db: TestDatabase;
let app: Hono;
const cookies = {} as Record<'editor' | 'reviewer' | 'otherReviewer' | 'viewer', string>;

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  await seedScorecardData(db);
  app = createTestApp(db.sql, { embedded: db.backend === 'pglite' });
  const users = {
    editor: await createTestUser(db.sql, 'arbetsgrupp@example.se', { role: 'editor', orgUnitCode: 'GR' }),
    reviewer: await createTestUser(db.sql, 'politiker@example.se', { role: 'reviewer', orgUnitCode: 'GR' }),
    otherReviewer: await createTestUser(db.sql, 'sjuharad@example.se', { role: 'reviewer', orgUnitCode: 'SJUHARAD' }),
    viewer: await createTestUser(db.sql, 'lasare@example.se', { role: 'viewer', orgUnitCode: 'GR' }),
  };
  for (const [caller, user] of Object.entries(users)) cookies[caller as keyof typeof cookies] = await sessionCookieFor(db.sql, user.id);
});
afterAll(async () => {
  await db.drop();
});

async function call(cookie: string | undefined, document: string, variables: Record<string, unknown> = {}) {
  const { body } = await postGraphQL(app, document, variables, { cookie });
  return body;
}
const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

const readReport = `query ($id: ID!) {
  report(id: $id) {
    id title state orgUnit { code } period { key label { sv } } keyMessages { html }
    approvedAt approvedByName publishedAt
    sections { id kind area title hidden analysis { markdown html } comments { body authorName resolved replies { body } } }
    transitions { from to reason byName }
    viewerCan { edit comment submit return approve publish }
    data {
      frozen frozenAt contentHash newerDataExists periodType period
      units { code } indicators { id version }
      values { indicatorId orgUnit { code name } value ciLow ciHigh status trend { direction } definitionVersion }
      history { indicatorId period value }
      batches { id dataset fileName }
    }
  }
}`;
const step = (name: string, extra = '') => `mutation ($id: ID!${extra ? ', $reason: String!' : ''}) { ${name}(reportId: $id${extra}) { state } }`;

describe('a report through GraphQL', () => {
  it('is drafted, reviewed, returned, approved, frozen and published by the roles that may', async () => {
    const created = await call(cookies.editor, `mutation { createReport(templateId: "kvartalsrapport-god-och-nara-vard", orgUnit: "GR", period: "2025-Q4") { id state } }`);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createReport.id as string;
    expect(created.data!.createReport.state).toBe('UTKAST');

    let report = (await call(cookies.editor, readReport, { id })).data!.report;
    expect(report.viewerCan).toEqual({ edit: true, comment: true, submit: true, return: false, approve: false, publish: false });
    expect(report.data.frozen).toBe(false);
    const access = report.sections.find((s: { area: string }) => s.area === 'ACCESSIBILITY');
    const saved = await call(cookies.editor, `mutation ($id: ID!, $text: String!) { updateReportSection(sectionId: $id, field: ANALYSIS, markdown: $text) { analysis { html } } }`, {
      id: access.id,
      text: 'Andelen **ökar**. <script>alert(1)</script>',
    });
    expect(saved.data!.updateReportSection.analysis.html).toBe('<p>Andelen <strong>ökar</strong>. &lt;script&gt;alert(1)&lt;/script&gt;</p>\n');

    // Nobody else: a viewer and anonymous visitors do not see the draft; a reviewer cannot edit it.
    expect((await call(undefined, readReport, { id })).data!.report).toBeNull();
    expect((await call(undefined, `{ reports { id } }`)).data!.reports).toEqual([]);
    expect((await call(cookies.viewer, `{ reports { id state } }`)).data!.reports).toEqual([{ id, state: 'UTKAST' }]);
    expect(codes(await call(cookies.reviewer, `mutation ($id: ID!) { updateReportSection(sectionId: $id, field: ACTIONS, markdown: "x") { id } }`, { id: access.id }))).toEqual(['FORBIDDEN']);

    expect((await call(cookies.editor, step('submitReport'), { id })).data!.submitReport.state).toBe('GRANSKNING');
    const comment = await call(cookies.reviewer, `mutation ($id: ID!, $section: ID!) { addReportComment(reportId: $id, sectionId: $section, body: "Varför?") { id } }`, { id, section: access.id });
    await call(cookies.editor, `mutation ($id: ID!, $parent: ID!) { addReportComment(reportId: $id, parentId: $parent, body: "Ny telefonlösning.") { id } }`, { id, parent: comment.data!.addReportComment.id });

    // Only a reviewer whose scope covers the report approves or returns, and a return needs a reason.
    expect(codes(await call(cookies.editor, step('approveReport'), { id }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(cookies.otherReviewer, step('approveReport'), { id }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(cookies.viewer, step('returnReport', ', reason: $reason'), { id, reason: 'x' }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(cookies.reviewer, step('returnReport', ', reason: $reason'), { id, reason: ' ' }))).toEqual(['BAD_USER_INPUT']);
    expect((await call(cookies.reviewer, step('returnReport', ', reason: $reason'), { id, reason: 'Förklara ökningen' })).data!.returnReport.state).toBe('UTKAST');
    await call(cookies.editor, step('submitReport'), { id });
    expect((await call(cookies.reviewer, step('approveReport'), { id })).data!.approveReport.state).toBe('FASTSTALLD');
    expect(codes(await call(cookies.reviewer, step('publishReport'), { id }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(cookies.editor, step('approveReport'), { id }))).toEqual(['FORBIDDEN']);

    report = (await call(cookies.editor, readReport, { id })).data!.report;
    expect(report.approvedByName).toBe('politiker');
    expect(report.data).toMatchObject({ frozen: true, newerDataExists: false, periodType: 'QUARTER', period: '2025-Q4' });
    expect(report.data.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.transitions.map((t: { from: string; to: string; reason: string | null }) => [t.from, t.to, t.reason])).toEqual([
      ['UTKAST', 'GRANSKNING', null],
      ['GRANSKNING', 'UTKAST', 'Förklara ökningen'],
      ['UTKAST', 'GRANSKNING', null],
      ['GRANSKNING', 'FASTSTALLD', null],
    ]);
    expect(report.sections.find((s: { id: string }) => s.id === access.id).comments).toEqual([
      { body: 'Varför?', authorName: 'politiker', resolved: false, replies: [{ body: 'Ny telefonlösning.' }] },
    ]);
    const goteborg = report.data.values.find((v: { indicatorId: string; orgUnit: { code: string } }) => v.indicatorId === 'test-a-mal' && v.orgUnit.code === '1480');
    expect(goteborg).toMatchObject({ value: 65, status: 'RED', definitionVersion: 1, orgUnit: { name: 'Göteborg' } });

    // A recompute with changed values later: the live view moves, the report does not.
    await db.sql`update indicator_value set value = 90, ci_low = 85, ci_high = 95, computed_at = now() + interval '1 second'
                 where indicator_id = 'test-a-mal' and org_unit = '1480' and period_type = 'quarter' and period = '2025-Q4'`;
    const live = await call(undefined, `{ scorecard(orgUnit: "1480", periodType: QUARTER, period: "2025-Q4") { indicatorId value } }`);
    expect(live.data!.scorecard.find((v: { indicatorId: string }) => v.indicatorId === 'test-a-mal').value).toBe(90);
    const after = (await call(cookies.editor, readReport, { id })).data!.report;
    expect({ ...after.data, newerDataExists: null }).toEqual({ ...report.data, newerDataExists: null });
    expect(after.data.newerDataExists).toBe(true);

    // Published: public, searchable, without the internal comments and process.
    expect((await call(cookies.editor, step('publishReport'), { id })).data!.publishReport.state).toBe('PUBLICERAD');
    const publicView = (await call(undefined, readReport, { id })).data!.report;
    expect(publicView).toMatchObject({ state: 'PUBLICERAD', transitions: [], approvedByName: 'politiker' });
    expect(publicView.viewerCan).toEqual({ edit: false, comment: false, submit: false, return: false, approve: false, publish: false });
    expect(publicView.sections.every((s: { comments: unknown[] }) => s.comments.length === 0)).toBe(true);
    expect(publicView.data).toEqual(after.data);
    expect((await call(undefined, `{ reports(search: "göteborgsREGIONEN") { id } }`)).data!.reports).toEqual([{ id }]);
    expect((await call(undefined, `{ reports(search: "Borås") { id } }`)).data!.reports).toEqual([]);
  });

  it('moves, hides and adds sections', async () => {
    const created = await call(cookies.editor, `mutation { createReport(templateId: "arsrapport-god-och-nara-vard", orgUnit: "1480", period: "2025") { id sections { id kind } } }`);
    const { id, sections } = created.data!.createReport;
    const moved = await call(cookies.editor, `mutation ($s: ID!) { moveReportSection(sectionId: $s, position: 99) { sections { kind position } } }`, { s: sections[0].id });
    expect(moved.data!.moveReportSection.sections.at(-1)).toEqual({ kind: 'SCORECARD', position: sections.length - 1 });
    const hidden = await call(cookies.editor, `mutation ($s: ID!) { setReportSectionHidden(sectionId: $s, hidden: true) { hidden } }`, { s: sections[1].id });
    expect(hidden.data!.setReportSectionHidden.hidden).toBe(true);
    const added = await call(cookies.editor, `mutation ($id: ID!) { addReportSection(reportId: $id, title: "Lokalt") { sections { title kind } } }`, { id });
    expect(added.data!.addReportSection.sections.at(-1)).toEqual({ title: 'Lokalt', kind: 'COMMENTARY' });
    const messages = await call(cookies.editor, `mutation ($id: ID!) { updateReportKeyMessages(reportId: $id, markdown: "- Bättre") { keyMessages { html } } }`, { id });
    expect(messages.data!.updateReportKeyMessages.keyMessages.html).toBe('<ul>\n<li>Bättre</li>\n</ul>\n');
  });
});
