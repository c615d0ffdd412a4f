import { catalogue, type IndicatorDefinition } from '@samsyn/indicators';
import { describe, expect, it } from 'vitest';
import { InvalidDefinitionInputError, validateDefinitionInput } from './validate.ts';

const contacts = catalogue.find((d) => d.id === 'pv-bedomning-3d')!;
const kolada = catalogue.find((d) => d.computation.kind === 'kolada')!;

/** The definition with its proportion's numerator conditions replaced. */
function withNumerator(numeratorWhere: unknown[]): unknown {
  return { ...contacts, computation: { ...contacts.computation, numeratorWhere } };
}

function problemsOf(input: unknown) {
  try {
    validateDefinitionInput(input);
  } catch (error) {
    if (error instanceof InvalidDefinitionInputError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateDefinitionInput', () => {
  it('accepts every definition of the reviewed catalogue as it is', () => {
    for (const definition of catalogue) expect(validateDefinitionInput(structuredClone(definition))).toEqual(definition);
  });

  it('refuses a field name that is not a name at all, at its path, before anything reaches the compiler', () => {
    expect(problemsOf(withNumerator([{ op: 'eq', field: 'kommun; drop table x', value: '1480' }]))).toEqual([
      {
        path: 'computation.numeratorWhere[0].field',
        message: 'Fältnamn: gemener, siffror och understreck / field names: a–z, 0–9, _',
      },
    ]);
  });

  it('refuses a field the dataset does not have, and a value its column cannot hold, with the compiler’s words', () => {
    expect(problemsOf(withNumerator([{ op: 'eq', field: 'lakare', value: true }]))).toEqual([
      { path: 'computation', message: expect.stringMatching(/^Fältet "lakare" \(i numeratorWhere\[0\]\) finns inte i datamängden pv_kontakter/) },
    ]);
    expect(problemsOf(withNumerator([{ op: 'eq', field: 'kontaktform', value: 'Hembesök' }]))).toEqual([
      { path: 'computation', message: expect.stringMatching(/^Värdet "Hembesök" \(i numeratorWhere\[0\]\) passar inte fältet "kontaktform"/) },
    ]);
  });

  it('refuses keys the schema does not know, such as a piece of SQL', () => {
    expect(problemsOf({ ...contacts, sql: 'select 1' })).toEqual([{ path: '(rot)', message: 'Okänd nyckel: "sql" / Unrecognized key: "sql"' }]);
  });

  it('holds definitions to the catalogue’s publication rules', () => {
    const monthly: IndicatorDefinition = { ...kolada, frequency: 'month' };
    expect(problemsOf(monthly).map((p) => p.path)).toEqual(['frequency']);
    expect(problemsOf({ ...contacts, disclosure: { minDenominator: 5, minCell: 0 } }).map((p) => p.path)).toEqual([
      'disclosure.minDenominator',
    ]);
  });

  it('is a user-facing error with a code and every problem in its message', () => {
    const error = (() => {
      try {
        validateDefinitionInput({ ...contacts, unit: 'days', sql: 'x' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidDefinitionInputError);
    expect(error).toMatchObject({ code: 'INVALID_DEFINITION', extensions: { problems: expect.any(Array) } });
    const message = (error as Error).message;
    expect(message).toMatch(/^Indikatordefinitionen har fel \/ the indicator definition has errors: /);
    expect(message).toContain('(rot): Okänd nyckel: "sql"');
    expect(message).toContain('unit: Enheten days passar inte beräkningen proportion');
  });
});
