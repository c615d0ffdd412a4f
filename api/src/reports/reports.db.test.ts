import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditActor } from '../audit/record.ts';
import { recompute } from '../engine/materialise.ts';
import { createMigratedTestDatabase } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { definitions, seedScorecardData } from '../testing/scorecard-data.ts';
import { createTestUser } from '../testing/users.ts';
import { canonicalJson, gatherReportData, sha256Hex } from './data.ts';
import { addComment, addSection, createReport, findComments, findSections, moveSection, resolveComment, setSectionHidden, updateSectionText } from './reports.ts';
import { findSnapshot, findTransitions, newerDataSinceSnapshot, reportData, transitionReport } from './states.ts';

/**
 * Reports on the values of testing/scorecard-data.ts (PostgreSQL and PGlite): a quarterly report for
 * Göteborgsregionen (GR) for 2025-Q4, where Göteborg (1480) has contact values, through the whole process, and the
 * frozen snapshot standing still while the values under it change.
 */

let db: TestDatabase;
let editor: AuditActor;
let reviewer: AuditActor;

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  await seedScorecardData(db);
  const e = await createTestUser(db.sql, 'arbetsgrupp@example.se', { role: 'editor', orgUnitCode: 'GR' });
  const r = await createTestUser(db.sql, 'politiker@example.se', { role: 'reviewer', orgUnitCode: 'GR' });
  editor = { userId: e.id, label: e.email };
  reviewer = { userId: r.id, label: r.email };
});
afterAll(async () => {
  await db.drop();
});

const quarterly = 'kvartalsrapport-god-och-nara-vard';

async function newDraft() {
  return createReport(db.sql, editor, { templateId: quarterly, orgUnit: 'GR', period: '2025-Q4' });
}

describe('createReport', () => {
  it('makes a draft with the template’s sections in order', async () => {
    const report = await newDraft();
    expect(report).toMatchObject({
      state: 'utkast',
      orgUnit: 'GR',
      periodType: 'quarter',
      period: '2025-Q4',
      title: 'Kvartalsrapport god och nära vård – Göteborgsregionen – Kvartal 4 2025',
      createdByName: 'arbetsgrupp',
    });
    const sections = await findSections(db.sql, [report.id]);
    expect(sections.map((s) => [s.position, s.kind, s.area])).toEqual([
      [0, 'scorecard', null],
      [1, 'area', 'accessibility'],
      [2, 'area', 'continuity'],
      [3, 'area', 'care_transitions'],
      [4, 'area', 'elderly_care'],
      [5, 'area', 'patient_experience'],
      [6, 'survey_summary', null],
      [7, 'commentary', null],
      [8, 'appendix', null],
    ]);
  });

  it('refuses a period of another type and an unknown unit', async () => {
    await expect(createReport(db.sql, editor, { templateId: quarterly, orgUnit: 'GR', period: '2025' })).rejects.toThrow(/Ogiltig period "2025"/);
    await expect(createReport(db.sql, editor, { templateId: quarterly, orgUnit: 'XX', period: '2025-Q4' })).rejects.toThrow(/finns inte/);
  });
});

describe('editing a draft', () => {
  it('saves each text by itself, moves, hides and adds sections', async () => {
    const report = await newDraft();
    const [scorecard, access] = await findSections(db.sql, [report.id]);
    await updateSectionText(db.sql, editor, access!.id, 'analysis', 'Fler *bedöms* inom tre dagar.');
    await updateSectionText(db.sql, editor, access!.id, 'actions', 'Utöka telefontiderna.');
    await moveSection(db.sql, editor, scorecard!.id, 3);
    await setSectionHidden(db.sql, editor, access!.id, true);
    const added = await addSection(db.sql, editor, report.id, 'Lokala initiativ');
    await moveSection(db.sql, editor, added.id, 0);

    const sections = await findSections(db.sql, [report.id]);
    expect(sections.map((s) => s.title).slice(0, 5)).toEqual([
      'Lokala initiativ',
      'Tillgänglighet',
      'Kontinuitet',
      'Samverkan vid in- och utskrivning',
      'Sammanfattande färgstyrkort',
    ]);
    expect(sections.map((s) => s.position)).toEqual([...sections.keys()]);
    expect(sections[1]).toMatchObject({ hidden: true, analysis: 'Fler *bedöms* inom tre dagar.', conclusions: '', actions: 'Utöka telefontiderna.' });
    const audit = await db.sql`select action from audit_log where entity_id = ${access!.id} and entity_type = 'report_section' order by id`;
    expect(audit.map((a) => a.action)).toEqual(['report.section.update', 'report.section.update', 'report.section.hide']);
  });
});

describe('the process', () => {
  it('goes utkast → granskning → utkast (with a reason) → granskning → fastställd → publicerad', async () => {
    const report = await newDraft();
    const [, access] = await findSections(db.sql, [report.id]);
    await transitionReport(db.sql, editor, report.id, 'submit');
    await expect(updateSectionText(db.sql, editor, access!.id, 'analysis', 'för sent')).rejects.toThrow(/inte ett utkast/);

    const comment = await addComment(db.sql, reviewer, { reportId: report.id, sectionId: access!.id, body: 'Vad beror ökningen på?' });
    const reply = await addComment(db.sql, editor, { reportId: report.id, parentId: comment.id, body: 'Ny telefonlösning.' });
    expect(reply).toMatchObject({ parentId: comment.id, sectionId: access!.id, authorName: 'arbetsgrupp' });

    await expect(transitionReport(db.sql, reviewer, report.id, 'return', '  ')).rejects.toThrow(/Ange varför/);
    expect((await transitionReport(db.sql, reviewer, report.id, 'return', 'Förklara ökningen')).state).toBe('utkast');
    await updateSectionText(db.sql, editor, access!.id, 'analysis', 'Ökningen beror på ny telefonlösning.');
    await resolveComment(db.sql, editor, reply.id);
    expect((await findComments(db.sql, report.id)).map((c) => [c.id, c.resolvedByName])).toEqual([
      [comment.id, 'arbetsgrupp'],
      [reply.id, null],
    ]);
    await transitionReport(db.sql, editor, report.id, 'submit');
    await expect(transitionReport(db.sql, editor, report.id, 'publish')).rejects.toThrow(/under granskning, inte fastställd/);
    expect((await transitionReport(db.sql, reviewer, report.id, 'approve')).state).toBe('faststalld');
    await expect(transitionReport(db.sql, reviewer, report.id, 'approve')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(addComment(db.sql, reviewer, { reportId: report.id, body: 'sent' })).rejects.toThrow(/fastställd rapport/);
    expect((await transitionReport(db.sql, editor, report.id, 'publish')).state).toBe('publicerad');

    expect((await findTransitions(db.sql, report.id)).map((t) => [t.fromState, t.toState, t.reason, t.byName])).toEqual([
      ['utkast', 'granskning', null, 'arbetsgrupp'],
      ['granskning', 'utkast', 'Förklara ökningen', 'politiker'],
      ['utkast', 'granskning', null, 'arbetsgrupp'],
      ['granskning', 'faststalld', null, 'politiker'],
      ['faststalld', 'publicerad', null, 'arbetsgrupp'],
    ]);
  });

  it('refuses a return without a reason in the database too', async () => {
    const report = await newDraft();
    await expect(
      db.sql`insert into report_transition (report_id, from_state, to_state, user_id) values (${report.id}, 'granskning', 'utkast', ${editor.userId})`,
    ).rejects.toThrow(/check/);
    await expect(
      db.sql`insert into report_transition (report_id, from_state, to_state, user_id) values (${report.id}, 'utkast', 'publicerad', ${editor.userId})`,
    ).rejects.toThrow(/check/);
  });
});

describe('freezing at approval', () => {
  it('keeps every value, interval, status, trend, definition version and batch, whatever happens to the values later', async () => {
    const report = await newDraft();
    await transitionReport(db.sql, editor, report.id, 'submit');
    const live = await gatherReportData(db.sql, report);
    const approved = await transitionReport(db.sql, reviewer, report.id, 'approve');

    const snapshot = (await findSnapshot(db.sql, report.id))!;
    expect(snapshot.data).toEqual(JSON.parse(JSON.stringify(live)));
    expect(snapshot.contentSha256).toBe(sha256Hex(canonicalJson(live)));
    // Göteborg's accessibility value for the quarter, with all that goes with it.
    const goteborg = snapshot.data.values.find((v) => v.indicatorId === 'test-a-mal' && v.orgUnit === '1480')!;
    expect(goteborg).toMatchObject({ period: '2025-Q4', periodType: 'quarter', value: 65, definitionVersion: 1, status: 'red' });
    expect(goteborg.ciLow).toBeLessThan(65);
    expect(goteborg.batchIds.length).toBe(1);
    expect(snapshot.data.batches.map((b) => b.id)).toContain(goteborg.batchIds[0]);
    expect(snapshot.data.batches.find((b) => b.id === goteborg.batchIds[0])).toMatchObject({ dataset: 'pv_kontakter', fileName: 'contacts.csv' });
    // Every indicator for the sub-region, its municipalities and the county.
    expect(snapshot.data.units.map((u) => u.code)).toEqual(expect.arrayContaining(['14', 'GR', '1480', '1482']));
    expect(snapshot.data.values.length).toBe(definitions.length * snapshot.data.units.length);
    expect(snapshot.data.history.filter((v) => v.indicatorId === 'test-a-mal').map((v) => v.period)).toEqual(['2025-Q3', '2025-Q4']);
    expect(await newerDataSinceSnapshot(db.sql, report.id, snapshot.data)).toBe(false);

    // The values change under it: a correction, then a full recompute.
    await db.sql`update indicator_value set value = 99, ci_low = 98, ci_high = 100, computed_at = now() + interval '1 second'
                 where indicator_id = 'test-a-mal' and org_unit = '1480' and period_type = 'quarter' and period = '2025-Q4'`;
    const changed = await gatherReportData(db.sql, report);
    expect(changed.values.find((v) => v.indicatorId === 'test-a-mal' && v.orgUnit === '1480')!.value).toBe(99);
    const after = await reportData(db.sql, approved);
    expect(after.data).toEqual(snapshot.data);
    expect(after.snapshot?.contentSha256).toBe(snapshot.contentSha256);
    expect(await newerDataSinceSnapshot(db.sql, report.id, snapshot.data)).toBe(true);

    await recompute(db.sql, { indicators: definitions.map((d) => d.id) });
    const again = (await findSnapshot(db.sql, report.id))!;
    expect(again.contentSha256).toBe(snapshot.contentSha256);
    expect(sha256Hex(canonicalJson(again.data))).toBe(snapshot.contentSha256);
  });

  it('cannot be changed or removed', async () => {
    const [row] = await db.sql`select report_id from report_snapshot limit 1`;
    await expect(db.sql`update report_snapshot set content = '{}' where report_id = ${row!.report_id}`).rejects.toThrow(/frozen/);
    await expect(db.sql`delete from report_snapshot where report_id = ${row!.report_id}`).rejects.toThrow(/frozen/);
  });

  it('hashes the same data the same way, whatever order its keys were built in', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    expect(sha256Hex(canonicalJson({ b: 1, a: 2 }))).toBe(sha256Hex(canonicalJson({ a: 2, b: 1 })));
  });
});
