import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue/index.ts';
import { pvBedomning3d } from './catalogue/pv-bedomning-3d.ts';
import { definitionContentHash } from './content-hash.ts';
import { InvalidIndicatorDefinitionError, parseIndicatorDefinition } from './definition.ts';

function problemsOf(input: unknown): string[] {
  try {
    parseIndicatorDefinition(input);
  } catch (error) {
    if (error instanceof InvalidIndicatorDefinitionError) return error.problems;
    throw error;
  }
  return [];
}

describe('the reviewed catalogue', () => {
  it('has unique ids, each of which validates', () => {
    const ids = catalogue.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const definition of catalogue) expect(parseIndicatorDefinition(definition)).toEqual(definition);
  });

  it('starts with the three primary-care accessibility indicators', () => {
    expect(catalogue.slice(0, 3).map((d) => d.id)).toEqual(['pv-bedomning-3d', 'pv-kontakt-samma-dag', 'pv-digitala']);
    expect(pvBedomning3d.assessment).toEqual({ method: 'target', green: 90, yellow: 80 });
  });
});

describe('parseIndicatorDefinition', () => {
  it('names the field of every problem', () => {
    const problems = problemsOf({ ...pvBedomning3d, id: 'PV Bedömning', title: { sv: 'x', en: ' ' } });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^id: /);
    expect(problems[1]).toMatch(/^title\.en: Engelsk text saknas/);
  });

  it('rejects unknown fields rather than storing them silently', () => {
    expect(problemsOf({ ...pvBedomning3d, sql: 'select 1' })).toEqual(['(rot): Okänd nyckel: "sql" / Unrecognized key: "sql"']);
  });

  it('writes list positions in brackets, and zod’s own messages in Swedish and English', () => {
    const computation = { ...pvBedomning3d.computation, numeratorWhere: [{ op: 'eq', field: 'kommun; drop table x', value: 1 }] };
    expect(problemsOf({ ...pvBedomning3d, computation })).toEqual([
      'computation.numeratorWhere[0].field: Fältnamn: gemener, siffror och understreck / field names: a–z, 0–9, _',
    ]);
    expect(problemsOf({ ...pvBedomning3d, unit: 'procent' })[0]).toMatch(/^unit: Ogiltigt val: .* \/ Invalid option: /);
  });

  it('rejects target levels in the wrong order for the polarity', () => {
    const reversed = { ...pvBedomning3d, assessment: { method: 'target', green: 80, yellow: 90 } };
    expect(problemsOf(reversed)).toEqual(['assessment.green: Grön nivå måste vara bättre än gul nivå / green must be better than yellow']);
    const lower = { ...reversed, polarity: 'lower_is_better' };
    expect(problemsOf(lower)).toEqual([]);
  });

  it('rejects targets on an indicator without polarity', () => {
    const problems = problemsOf({ ...pvBedomning3d, polarity: 'no_judgement' });
    expect(problems).toEqual([
      'assessment: En indikator utan bedömningsriktning kan inte ha målnivåer / no targets without a polarity',
    ]);
  });

  it('requires the review date after the start date and real ISO dates', () => {
    expect(problemsOf({ ...pvBedomning3d, nextReviewDate: '2025-12-31' })[0]).toMatch(/^nextReviewDate: /);
    expect(problemsOf({ ...pvBedomning3d, validFrom: '2026-02-30' })[0]).toMatch(/^validFrom: Ange datumet/);
  });

  it('reports an unknown id when the input has none', () => {
    expect(() => parseIndicatorDefinition(42)).toThrow(/Ogiltig indikatordefinition \(okänd\)/);
  });
});

describe('definitionContentHash', () => {
  it('ignores key order but not content', () => {
    const reordered = Object.fromEntries(Object.entries(pvBedomning3d).reverse()) as typeof pvBedomning3d;
    expect(definitionContentHash(reordered)).toBe(definitionContentHash(pvBedomning3d));
    const edited = { ...pvBedomning3d, assessment: { method: 'target' as const, green: 91, yellow: 80 } };
    expect(definitionContentHash(edited)).not.toBe(definitionContentHash(pvBedomning3d));
    expect(definitionContentHash(pvBedomning3d)).toMatch(/^[0-9a-f]{64}$/);
  });
});
