import { defineConfig } from 'vitest/config';

/**
 * One run, four projects, so the summary shows what ran where:
 * - unit: pure code (indicators, reports, web helpers, API modules without a database);
 * - postgres / pglite: the same database tests (*.db.test.ts) against a real PostgreSQL server and
 *   against the embedded PGlite, plus tests of paths only one backend has;
 * - browser: real Chromium against the built app.
 */
const databaseTests = ['api/src/**/*.db.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/backend-summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['indicators/src/**/*.test.ts', 'reports/src/**/*.test.ts', 'web/src/**/*.test.ts', 'api/src/**/*.unit.test.ts'],
        },
      },
      {
        test: {
          name: 'postgres',
          include: [...databaseTests, 'api/src/**/*.postgres.test.ts'],
          env: { SAMSYN_TEST_BACKEND: 'postgres' },
          globalSetup: ['./api/src/testing/require-postgres.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'pglite',
          include: [...databaseTests, 'api/src/**/*.pglite.test.ts'],
          env: { SAMSYN_TEST_BACKEND: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['web/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
