import { indicatorAreas } from '@samsyn/indicators';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from './index.ts';

describe('built-in report templates', () => {
  it('are the quarterly and the annual joint report', () => {
    expect(builtInTemplates.map((t) => [t.title.sv, t.periodType])).toEqual([
      ['Kvartalsrapport god och nära vård', 'quarter'],
      ['Årsrapport god och nära vård', 'year'],
    ]);
  });

  it('open with the scorecard, cover every area once and close with the appendix', () => {
    for (const template of builtInTemplates) {
      expect(template.sections[0]?.kind).toBe('scorecard');
      expect(template.sections.at(-1)?.kind).toBe('appendix');
      const areas = template.sections.flatMap((s) => (s.kind === 'area' ? [s.area] : []));
      expect([...areas].sort()).toEqual([...indicatorAreas].sort());
    }
  });

  it('have unique ids', () => {
    expect(new Set(builtInTemplates.map((t) => t.id)).size).toBe(builtInTemplates.length);
  });
});
