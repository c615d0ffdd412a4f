// By hand, not in the test suite: the county's quarterly report on the full demo (scale 1), approved, downloaded as PDF
// from the server, and two of its pages rendered with pdftoppm (apt-get install poppler-utils) into docs/screenshots/:
// the first page and the first page with charts. Needs the web build (`pnpm build`).
// Usage: tsx scripts/report-pdf-pages.ts
import { execFileSync } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReport, findSections, updateKeyMessages, updateSectionText } from '../api/src/reports/reports.ts';
import { transitionReport } from '../api/src/reports/states.ts';
import { createTestUser, sessionCookieFor } from '../api/src/testing/users.ts';
import { latestCompletePeriod } from '../reports/src/index.ts';
import { startTestSamsyn } from '../web/e2e/samsyn.ts';

const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
const samsyn = await startTestSamsyn({ SAMSYN_DEMO: '1', SAMSYN_DEMO_SCALE: '1' });
const work = await mkdtemp(join(tmpdir(), 'samsyn-report-pdf-'));
try {
  const editorUser = await createTestUser(samsyn.sql, 'arbetsgrupp@example.se', { role: 'editor', orgUnitCode: '14' });
  const reviewerUser = await createTestUser(samsyn.sql, 'politiker@example.se', { role: 'reviewer', orgUnitCode: '14' });
  const editor = { userId: editorUser.id, label: editorUser.email };
  const period = latestCompletePeriod('quarter', new Date().toISOString().slice(0, 10)).key;
  const report = await createReport(samsyn.sql, editor, { templateId: 'kvartalsrapport-god-och-nara-vard', orgUnit: '14', period });
  await updateKeyMessages(samsyn.sql, editor, report.id, '- Fler får en medicinsk bedömning i tid.\n- Väntan efter utskrivningsklar minskar i de flesta kommuner.');
  const [, accessibility] = await findSections(samsyn.sql, [report.id]);
  await updateSectionText(samsyn.sql, editor, accessibility!.id, 'analysis', 'Skaraborg ligger högst och Fyrbodal lägst; skillnaden är **statistiskt säker**.');
  await transitionReport(samsyn.sql, editor, report.id, 'submit');
  await transitionReport(samsyn.sql, { userId: reviewerUser.id, label: reviewerUser.email }, report.id, 'approve');

  const started = performance.now();
  const response = await fetch(`${samsyn.url}/rapporter/${report.id}/rapport.pdf`, { headers: { cookie: await sessionCookieFor(samsyn.sql, editorUser.id) } });
  if (response.status !== 200) throw new Error(`PDF: status ${response.status}`);
  const pdf = join(work, 'rapport.pdf');
  await writeFile(pdf, Buffer.from(await response.arrayBuffer()));
  console.log(`PDF in ${Math.round(performance.now() - started)} ms (Chromium starting), sha256 ${response.headers.get('x-samsyn-pdf-sha256')}`);
  console.log(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));

  // The first page whose text has a chart's legend.
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  let chartPage = 0;
  for (let p = 2; p <= pages && !chartPage; p++) {
    if (execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).includes('Vald period (större punkt)')) chartPage = p;
  }
  for (const [page, name] of [[1, 'rapport-pdf-sida-1'], [chartPage, 'rapport-pdf-diagram']] as const) {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(work, name)]);
    await rename(join(work, `${name}.png`), join(out, `${name}.png`));
    console.log(`docs/screenshots/${name}.png  ←  page ${page} of ${pages}`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
  await samsyn.close();
}
