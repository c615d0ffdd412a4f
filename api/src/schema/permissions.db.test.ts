import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../auth/users.ts';
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
type Access = 'everyone' | 'loggedIn' | 'admin' | 'countyEditors';

interface Operation {
  access: Access;
  document: string;
  variables?: (ids: { target: string }) => Record<string, unknown>;
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
  'Query.reportTemplates': { access: 'everyone', document: '{ reportTemplates { id } }' },
  'Query.latestCompletePeriod': { access: 'everyone', document: '{ latestCompletePeriod(type: YEAR) { key } }' },
  'Query.me': { access: 'everyone', document: '{ me { email } }' },
  'Query.singleSignOn': { access: 'everyone', document: '{ singleSignOn { enabled } }' },
  'Query.users': { access: 'admin', document: '{ users { email } }' },
  'Query.auditLog': { access: 'admin', document: '{ auditLog { entries { action } } }' },
  'Query.importBatches': { access: 'countyEditors', document: '{ importBatches { id } }' },
  'Query.importBatch': { access: 'countyEditors', document: '{ importBatch(id: "1") { id } }' },
  'Query.demoData': { access: 'everyone', document: '{ demoData }' },
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
};

const mayCall = (access: Access, caller: Caller) =>
  access === 'everyone' ||
  (access === 'loggedIn' && caller !== 'anonymous') ||
  (access === 'admin' && caller === 'admin') ||
  (access === 'countyEditors' && (caller === 'countyEditor' || caller === 'admin'));

let db: TestDatabase;
let app: Hono;
const users = {} as Record<Exclude<Caller, 'anonymous'>, UserRow>;
let target: UserRow;

beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
  users.noRole = await createTestUser(db.sql, 'utan.roll@example.se');
  users.viewer = await createTestUser(db.sql, 'lasare@example.se', { role: 'viewer', orgUnitCode: '1480' });
  users.reviewer = await createTestUser(db.sql, 'politiker@example.se', { role: 'reviewer', orgUnitCode: '1480' });
  users.editor = await createTestUser(db.sql, 'arbetsgrupp@example.se', { role: 'editor', orgUnitCode: 'GR' });
  users.countyEditor = await createTestUser(db.sql, 'lansgrupp@example.se', { role: 'editor', orgUnitCode: '14' });
  users.admin = await createTestUser(db.sql, 'admin@example.se', { role: 'admin', orgUnitCode: null });
  target = await createTestUser(db.sql, 'malkonto@example.se');
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
    const { body } = await postGraphQL(app, op.document, op.variables?.({ target: target.id }), { cookie });
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
