import { catalogue } from '@samsyn/indicators';
import { afterAll, describe, expect, it } from 'vitest';
import { compileComputation, DefinitionCompileError, type RowComputation } from './compile.ts';
import { offlineSql, sqlText } from './sql-text.ts';

const sql = offlineSql();
afterAll(() => sql.end());

const render = (computation: RowComputation) => sqlText(compileComputation(computation).query(sql));

function compileError(computation: unknown): string {
  try {
    compileComputation(computation as RowComputation);
  } catch (error) {
    expect(error).toBeInstanceOf(DefinitionCompileError);
    return (error as Error).message;
  }
  throw new Error('compiled without an error');
}

describe('compiling a proportion', () => {
  it('puts the denominator in WHERE and the numerator in a count filter, every value a parameter', async () => {
    const { text, parameters } = await render({
      kind: 'proportion',
      dataset: 'pv_kontakter',
      periodField: 'kontaktdatum',
      denominatorWhere: [
        { op: 'eq', field: 'vardgaranti', value: true },
        { op: 'in', field: 'kontaktform', values: ['video', 'telefon'] },
      ],
      numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 3 }],
    });
    expect(text).toBe(
      'with grouped as ( select kommun, period as month_start, kon, batch_id, ' +
        'count(*) filter (where (("kontaktdatum" - "forsta_kontakt_datum") <= $1)) as numerator, count(*) as denominator ' +
        'from "fact_pv_kontakt" where "kontaktdatum" is not null and ("vardgaranti" = $2) and ("kontaktform" in ($3,$4)) ' +
        'group by kommun, month_start, kon, batch_id ) ' +
        "select kommun, to_char(month_start, 'YYYY-MM') as month, kon as sex, " +
        'sum(numerator)::float8 as numerator, sum(denominator)::float8 as denominator, null::float8 as "sumSquares", ' +
        'array_agg(batch_id order by batch_id)::text[] as "batchIds" ' +
        'from grouped group by kommun, month_start, kon order by kommun, month_start, kon',
    );
    expect(parameters).toEqual([3, true, 'video', 'telefon']);
  });

  it('writes each kind of filter as a condition with parameters', async () => {
    const { text, parameters } = await render({
      kind: 'proportion',
      dataset: 'utskrivningsklara',
      periodField: 'utskrivningsdatum',
      denominatorWhere: [
        { op: 'isNull', field: 'utskrivningsdatum', value: false },
        { op: 'isNull', field: 'sip_datum', value: true },
        { op: 'daysBetween', from: 'utskrivningsklar_datum', to: 'utskrivningsdatum', min: 1, max: 30 },
        { op: 'eq', field: 'aterinskriven_30d', value: false },
      ],
      numeratorWhere: [{ op: 'hoursBetween', from: 'inskrivningsdatum', to: 'inskrivningsmeddelande_tid', max: 24 }],
    });
    // The month comes from the period field, which is not the one the import files rows by.
    expect(text).toContain(`select kommun, date_trunc('month', "utskrivningsdatum")::date as month_start, kon, batch_id,`);
    expect(text).toContain(
      `count(*) filter (where ("inskrivningsmeddelande_tid" - "inskrivningsdatum"::timestamp <= $1::float8 * interval '1 hour'))`,
    );
    expect(text).toContain(
      'from "fact_utskrivningsklar" where "utskrivningsdatum" is not null and ("utskrivningsdatum" is not null) and ("sip_datum" is null) ' +
        'and (("utskrivningsdatum" - "utskrivningsklar_datum") >= $2 and ("utskrivningsdatum" - "utskrivningsklar_datum") <= $3) ' +
        'and ("aterinskriven_30d" = $4) group by',
    );
    expect(parameters).toEqual([24, 1, 30, false]);
  });

  it('compares integers with between and counts every row when the denominator has no conditions', async () => {
    const { text, parameters } = await render({
      kind: 'proportion',
      dataset: 'specialiserad_vantande',
      periodField: 'matdatum',
      denominatorWhere: [],
      numeratorWhere: [{ op: 'between', field: 'vantedagar', min: 0, max: 90 }],
    });
    expect(text).toContain('count(*) filter (where ("vantedagar" between $1 and $2)) as numerator');
    expect(text).toContain('from "fact_specialiserad_vantande" where "matdatum" is not null and true group by');
    expect(parameters).toEqual([0, 90]);
  });
});

describe('compiling a rate and a mean', () => {
  it('joins the population of the age bands by municipality, year and sex, and keeps months without events', async () => {
    const { text, parameters } = await render({
      kind: 'rate',
      dataset: 'pv_kontakter',
      periodField: 'kontaktdatum',
      numerator: { aggregate: 'count', where: [{ op: 'eq', field: 'kontaktform', value: 'hembesok' }] },
      population: { ageBands: ['65-79', '80+'] },
      per: 1_000,
    });
    expect(text).toContain('count(*) filter (where ("kontaktform" = $1)) as numerator from "fact_pv_kontakt" where "kontaktdatum" is not null group by');
    expect(text).toContain('from "fact_befolkning" where aldersgrupp in ($2,$3) group by kommun, ar, kon');
    expect(text).toContain('from months m join population p on p.ar = extract(year from m.month_start)::integer');
    expect(text).toContain('from expected x full join events e on e.kommun = x.kommun and e.month_start = x.month_start and e.kon = x.kon');
    expect(parameters).toEqual(['hembesok', '65-79', '80+']);
  });

  it('sums a value expression and counts distinct values without splitting by batch', async () => {
    const summed = await render({
      kind: 'rate',
      dataset: 'specialiserad_vantande',
      periodField: 'matdatum',
      numerator: { aggregate: 'sum', value: 'vantedagar', where: [{ op: 'eq', field: 'patientvald_vantan', value: false }] },
      population: { ageBands: ['80+'] },
      per: 100_000,
    });
    expect(summed.text).toContain('coalesce(sum("vantedagar"::float8) filter (where ("patientvald_vantan" = $1)), 0) as numerator');
    const distinct = await render({
      kind: 'rate',
      dataset: 'utskrivningsklara',
      periodField: 'utskrivningsdatum',
      numerator: { aggregate: 'countDistinct', field: 'vardtillfalle_id', where: [] },
      population: { ageBands: ['80+'] },
      per: 1_000,
    });
    expect(distinct.text).toContain('count(distinct "vardtillfalle_id") filter (where true)::float8 as numerator, array_agg(distinct batch_id)');
  });

  it('gives a mean its count, sum and sum of squares of whole days', async () => {
    const { text } = await render({
      kind: 'mean',
      dataset: 'utskrivningsklara',
      periodField: 'utskrivningsdatum',
      value: { daysBetween: ['utskrivningsklar_datum', 'utskrivningsdatum'] },
      where: [],
    });
    const days = '("utskrivningsdatum" - "utskrivningsklar_datum")::float8';
    expect(text).toContain(`sum(${days}) as total, count(*) as n, sum(${days} * ${days}) as squares`);
    expect(text).toContain(`and true and ${days} is not null group by`);
    expect(text).toContain('sum(total)::float8 as numerator, sum(n)::float8 as denominator, sum(squares)::float8 as "sumSquares"');
  });
});

describe('refusing what the dataset does not have', () => {
  const proportion = (numeratorWhere: unknown[], extra: object = {}) => ({
    kind: 'proportion',
    dataset: 'pv_kontakter',
    periodField: 'kontaktdatum',
    denominatorWhere: [],
    numeratorWhere,
    ...extra,
  });

  it('names an unknown field and the dataset', () => {
    expect(compileError(proportion([{ op: 'eq', field: 'kontaktsatt', value: 'x' }]))).toMatch(
      /^Fältet "kontaktsatt" \(i numeratorWhere\[0\]\) finns inte i datamängden pv_kontakter; fälten är kontakt_id, vardenhet_id, kommun, /,
    );
  });

  it('refuses a field that only looks like SQL', () => {
    expect(compileError(proportion([{ op: 'isNull', field: 'kommun" is null or true --', value: true }]))).toContain(
      'Fältet "kommun" is null or true --" (i numeratorWhere[0]) finns inte i datamängden pv_kontakter',
    );
  });

  it('names unknown fields in the period field, a measure and a mean value', () => {
    expect(compileError(proportion([{ op: 'isNull', field: 'kommun', value: false }], { periodField: 'datum' }))).toContain(
      'Fältet "datum" (i periodField) finns inte i datamängden pv_kontakter',
    );
    expect(
      compileError({
        kind: 'rate',
        dataset: 'utskrivningsklara',
        periodField: 'utskrivningsdatum',
        numerator: { aggregate: 'countDistinct', field: 'patient_id', where: [] },
        population: { ageBands: ['80+'] },
        per: 1_000,
      }),
    ).toContain('Fältet "patient_id" (i numerator.field) finns inte i datamängden utskrivningsklara');
    expect(
      compileError({ kind: 'mean', dataset: 'utskrivningsklara', periodField: 'utskrivningsdatum', value: 'dagar', where: [] }),
    ).toContain('Fältet "dagar" (i value) finns inte i datamängden utskrivningsklara');
  });

  it('refuses fields of the wrong type and values the field cannot hold', () => {
    expect(compileError(proportion([{ op: 'daysBetween', from: 'kontaktform', to: 'kontaktdatum', max: 3 }]))).toContain(
      'Fältet "kontaktform" (i numeratorWhere[0]) i datamängden pv_kontakter är en text, men daysBetween kräver ett datum',
    );
    expect(compileError(proportion([{ op: 'eq', field: 'kontaktform', value: 'hembesök' }]))).toContain(
      'Värdet "hembesök" (i numeratorWhere[0]) passar inte fältet "kontaktform" i datamängden pv_kontakter, som är en av: fysiskt, hembesok, video, telefon, chatt',
    );
    expect(compileError(proportion([{ op: 'eq', field: 'vardgaranti', value: 'J' }]))).toContain(
      'Värdet "J" (i numeratorWhere[0]) passar inte fältet "vardgaranti"',
    );
    expect(compileError(proportion([{ op: 'between', field: 'kontaktdatum', min: 0, max: 3 }]))).toContain(
      'Fältet "kontaktdatum" (i numeratorWhere[0]) i datamängden pv_kontakter är ett datum, men between kräver ett tal',
    );
    expect(
      compileError({
        kind: 'proportion',
        dataset: 'specialiserad_vantande',
        periodField: 'matdatum',
        denominatorWhere: [],
        numeratorWhere: [{ op: 'between', field: 'vantedagar', min: 0, max: 90.5 }],
      }),
    ).toContain('fältet "vantedagar" i datamängden specialiserad_vantande är ett heltal, men gränsen 90.5 är det inte');
    expect(
      compileError({
        kind: 'proportion',
        dataset: 'utskrivningsklara',
        periodField: 'utskrivningsdatum',
        denominatorWhere: [],
        numeratorWhere: [{ op: 'hoursBetween', from: 'inskrivningsdatum', to: 'utskrivningsdatum', max: 24 }],
      }),
    ).toContain('Fältet "utskrivningsdatum" (i numeratorWhere[0]) i datamängden utskrivningsklara är ett datum, men hoursBetween (till) kräver en tidpunkt');
  });
});

describe('the catalogue', () => {
  it('compiles every indicator computed from rows', async () => {
    const rowKinds = catalogue.filter((d) => ['proportion', 'rate', 'mean'].includes(d.computation.kind));
    expect(rowKinds.length).toBeGreaterThan(0);
    for (const definition of rowKinds) {
      const { text } = await render(definition.computation as RowComputation);
      expect(text, definition.id).toMatch(/^with /);
    }
  });
});
