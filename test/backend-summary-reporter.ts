import type { Reporter, TestModule } from 'vitest/node';

/**
 * After vitest's own summary: how many tests ran in each project (so CI shows the PostgreSQL,
 * PGlite and browser counts separately), then one plain "N passed, N failed" line.
 */
export default class BackendSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const perProject = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of testModules) {
      const counts = perProject.get(module.project.name) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      // A module that failed to load has no tests but must still count as a failure.
      if (module.state() === 'failed' && module.children.size === 0) counts.failed++;
      perProject.set(module.project.name, counts);
    }
    const total = { passed: 0, failed: 0, skipped: 0 };
    const lines = ['', 'Tests per project:'];
    for (const [name, c] of [...perProject].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${name.padEnd(9)} ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
    lines.push('', `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
