import { describe, expect, it } from 'vitest';
import { isAllowed, type Permission } from './policy.ts';
import type { RoleGrant, Viewer } from './roles.ts';

const viewerWith = (...grants: RoleGrant[]): Viewer => ({
  user: { id: '1', email: 'a@example.se', displayName: 'A', isDemo: false },
  grants,
  sessionHash: 'x',
});

// Göteborg (1480) lies in Göteborgsregionen (GR) in the county (14); Borås (1490) in Sjuhärad.
const goteborg = ['1480', 'GR', '14'];
const boras = ['1490', 'SJUHARAD', '14'];

describe('isAllowed', () => {
  const cases: [string, Viewer | null, Permission, readonly string[], boolean][] = [
    ['anonymous never', null, 'unpublished.read', goteborg, false],
    ['admin everywhere', viewerWith({ role: 'admin', orgUnitCode: null }), 'content.edit', boras, true],
    ['admin manages users', viewerWith({ role: 'admin', orgUnitCode: null }), 'users.manage', [], true],
    ['editor on the sub-region edits its municipality', viewerWith({ role: 'editor', orgUnitCode: 'GR' }), 'content.edit', goteborg, true],
    ['editor on the sub-region not another one', viewerWith({ role: 'editor', orgUnitCode: 'GR' }), 'content.edit', boras, false],
    ['editor on the county edits everywhere', viewerWith({ role: 'editor', orgUnitCode: '14' }), 'content.edit', boras, true],
    ['editor on a municipality not its sub-region', viewerWith({ role: 'editor', orgUnitCode: '1480' }), 'content.edit', ['GR', '14'], false],
    ['editor cannot review', viewerWith({ role: 'editor', orgUnitCode: '14' }), 'reports.review', goteborg, false],
    ['editor never manages users, even county-wide', viewerWith({ role: 'editor', orgUnitCode: '14' }), 'users.manage', [], false],
    ['reviewer reviews in scope', viewerWith({ role: 'reviewer', orgUnitCode: '1480' }), 'reports.review', goteborg, true],
    ['reviewer reads unpublished in scope', viewerWith({ role: 'reviewer', orgUnitCode: '1480' }), 'unpublished.read', goteborg, true],
    ['reviewer cannot edit', viewerWith({ role: 'reviewer', orgUnitCode: '1480' }), 'content.edit', goteborg, false],
    ['reviewer comments on reports in scope', viewerWith({ role: 'reviewer', orgUnitCode: '1480' }), 'reports.comment', goteborg, true],
    ['viewer cannot comment on reports', viewerWith({ role: 'viewer', orgUnitCode: '1480' }), 'reports.comment', goteborg, false],
    ['viewer reads in scope', viewerWith({ role: 'viewer', orgUnitCode: 'SJUHARAD' }), 'unpublished.read', boras, true],
    ['viewer reads nothing out of scope', viewerWith({ role: 'viewer', orgUnitCode: 'SJUHARAD' }), 'unpublished.read', goteborg, false],
    ['viewer cannot read the audit log', viewerWith({ role: 'viewer', orgUnitCode: '14' }), 'audit.read', [], false],
    ['a user without grants can do nothing', viewerWith(), 'unpublished.read', goteborg, false],
    [
      'grants add up',
      viewerWith({ role: 'viewer', orgUnitCode: '14' }, { role: 'editor', orgUnitCode: '1490' }),
      'content.edit',
      boras,
      true,
    ],
  ];

  it.each(cases)('%s', (_name, viewer, permission, ancestry, expected) => {
    expect(isAllowed(viewer, permission, ancestry)).toBe(expected);
  });
});
