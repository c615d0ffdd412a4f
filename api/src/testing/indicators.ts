import { parseIndicatorDefinition, type IndicatorDefinition } from '@samsyn/indicators';

/**
 * An indicator for tests, written out in the test rather than taken from the catalogue (so that
 * editing the catalogue does not move the test's numbers): placeholder texts and neutral settings,
 * with the unit, computation and whatever else the test is about.
 */
export function testIndicator(
  id: string,
  fields: Pick<IndicatorDefinition, 'unit' | 'computation'> & Partial<IndicatorDefinition>,
): IndicatorDefinition {
  const text = { sv: `Testindikator ${id}`, en: `Test indicator ${id}` };
  return parseIndicatorDefinition({
    id,
    version: 1,
    title: text,
    shortTitle: text,
    area: 'accessibility',
    definition: text,
    rationale: text,
    numerator: text,
    denominator: text,
    source: text,
    method: text,
    polarity: 'no_judgement',
    principal: 'joint',
    frequency: 'month',
    assessment: { method: 'none' },
    disclosure: { minDenominator: 20, minCell: 0 },
    ownerGroup: 'Test',
    validFrom: '2026-01-01',
    nextReviewDate: '2027-01-01',
    ...fields,
  });
}
