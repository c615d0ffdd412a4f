import { describe, expect, it } from 'vitest';
import { compactDiff } from './record.ts';

describe('compactDiff', () => {
  it('keeps only changed fields, as [before, after]', () => {
    expect(compactDiff({ name: 'Ale', kind: 'municipality' }, { name: 'Ale kommun', kind: 'municipality' })).toEqual({
      name: ['Ale', 'Ale kommun'],
    });
  });

  it('shows creation and removal against null, and nothing for no change', () => {
    expect(compactDiff(null, { role: 'editor', org: '1480' })).toEqual({ org: [null, '1480'], role: [null, 'editor'] });
    expect(compactDiff({ role: 'editor' }, null)).toEqual({ role: ['editor', null] });
    expect(compactDiff({ grants: ['a'] }, { grants: ['a'] })).toBeNull();
  });
});
