import { describe, expect, it } from 'vitest';
import { hkHemtjanst80 } from './catalogue/hk-hemtjanst-80.ts';
import { peHelhetsintryck } from './catalogue/pe-helhetsintryck.ts';
import { pvBedomning3d } from './catalogue/pv-bedomning-3d.ts';
import { publicationRuleProblems } from './publication-rules.ts';

const paths = (definition: Parameters<typeof publicationRuleProblems>[0]) => publicationRuleProblems(definition).map((p) => p.path);

describe('publicationRuleProblems', () => {
  it('holds register data to 20 observations and survey results to 30 answers, Kolada to none of its own', () => {
    expect(paths({ ...pvBedomning3d, disclosure: { minDenominator: 19, minCell: 0 } })).toEqual(['disclosure.minDenominator']);
    expect(paths({ ...peHelhetsintryck, disclosure: { minDenominator: 29, minCell: 0 } })).toEqual(['disclosure.minDenominator']);
    expect(paths({ ...hkHemtjanst80, disclosure: { minDenominator: 1, minCell: 0 } })).toEqual([]);
  });

  it('takes Kolada key figures yearly, as Kolada publishes them', () => {
    expect(publicationRuleProblems({ ...hkHemtjanst80, frequency: 'month' })).toEqual([
      { path: 'frequency', message: expect.stringMatching(/^Kolada publicerar nyckeltal en gång om året/) },
    ]);
  });

  it('names a survey dimension like a field, not as free text', () => {
    const computation = { kind: 'survey' as const, dimension: "helhetsintryck' or 1=1" };
    expect(paths({ ...peHelhetsintryck, computation })).toEqual(['computation.dimension']);
  });
});
