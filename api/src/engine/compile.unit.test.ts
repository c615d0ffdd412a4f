import { catalogue } from '@samsyn/indicators';
import { afterAll, describe, expect, it } from 'vitest';
import { compileComputation, DefinitionCompileError, type RowComputation } from './compile.ts';
import { ScanPlan, scanQuery } from './scan.ts';
import { offlineSql, sqlText } from './sql-text.ts';

const sql = offlineSql();
afterAll(() => sql.end());

/** The scan of the computations' dataset, as sent. */
const render = (...computations: RowComputation[]) => {
  const compiled = computations.map(compileComputation);
  return sqlText(scanQuery(sql, compiled[0]!.dataset, new ScanPlan(compiled)));
};

function compileError(computation: unknown): string {
  try {
    compileComputation(computation as RowComputation);
  } catch (error) {
    expect(error).toBeInstanceOf(DefinitionCompileError);
    return (error as Error).message;
  }
  throw new Error('compiled without an error');
}

const assessedWithinThreeDays: RowComputation = {
  kind: 'proportion',
  dataset: 'pv_kontakter',
  periodField: 'kontaktdatum',
  denominatorWhere: [
    { op: 'eq', field: 'vardgaranti', value: true },
    { op: 'in', field: 'kontaktform', values: ['video', 'telefon'] },
  ],
  numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 3 }],
};

describe('compiling a proportion', () => {
  it('counts the denominator’s rows and, with the numerator’s conditions too, the numerator’s: every value a parameter', async () => {
    const { text, parameters } = await render(assessedWithinThreeDays);
    expect(text).toBe(
      'with owner as ( select distinct on (label) label, id from import_batch cross join unnest(periods) as label ' +
        "where dataset = $1 and status = 'published' order by label, id desc ) " +
        'select kommun, kon, owner.id::text as "batchId", array[to_char("m0", \'YYYY-MM\')]::text[] as months, ' +
        'array["a0", "a1"]::float8[] as sums from ( select kommun, kon, period, period as "m0", ' +
        'count(*) filter (where ("vardgaranti" = $2) and ("kontaktform" in ($3,$4)) and (("kontaktdatum" - "forsta_kontakt_datum") <= $5)) as "a0", ' +
        'count(*) filter (where ("vardgaranti" = $6) and ("kontaktform" in ($7,$8))) as "a1" ' +
        'from "fact_pv_kontakt" group by kommun, kon, period, "m0" ) grouped ' +
        "left join owner on owner.label = to_char(grouped.period, 'YYYY-MM')",
    );
    expect(parameters).toEqual(['pv_kontakter', true, 'video', 'telefon', 3, true, 'video', 'telefon']);
  });

  it('writes each kind of filter as a condition with parameters, and counts only rows with a month', async () => {
    const { text, parameters } = await render({
      kind: 'proportion',
      dataset: 'utskrivningsklara',
      periodField: 'utskrivningsdatum',
      denominatorWhere: [
        { op: 'isNull', field: 'sip_datum', value: true },
        { op: 'daysBetween', from: 'utskrivningsklar_datum', to: 'utskrivningsdatum', min: 1, max: 30 },
        { op: 'eq', field: 'aterinskriven_30d', value: false },
      ],
      numeratorWhere: [{ op: 'hoursBetween', from: 'inskrivningsdatum', to: 'inskrivningsmeddelande_tid', max: 24 }],
    });
    // The month comes from the period field, which is not the one the import files rows by, and may be empty.
    expect(text).toContain(`date_trunc('month', "utskrivningsdatum")::date as "m0"`);
    expect(text).toContain(
      'count(*) filter (where ("utskrivningsdatum" is not null) and ("sip_datum" is null) ' +
        'and (("utskrivningsdatum" - "utskrivningsklar_datum") >= $2 and ("utskrivningsdatum" - "utskrivningsklar_datum") <= $3) ' +
        'and ("aterinskriven_30d" = $4) ' +
        `and ("inskrivningsmeddelande_tid" - "inskrivningsdatum"::timestamp <= $5::float8 * interval '1 hour')) as "a0"`,
    );
    expect(parameters).toEqual(['utskrivningsklara', 1, 30, false, 24, 1, 30, false]);
  });

  it('compares with the fewer values of an enum: most of its values as the rest of them, all of them as any', async () => {
    const { text, parameters } = await render({
      kind: 'proportion',
      dataset: 'pv_kontakter',
      periodField: 'kontaktdatum',
      denominatorWhere: [{ op: 'in', field: 'kontaktform', values: ['fysiskt', 'hembesok', 'video', 'telefon', 'chatt'] }],
      numeratorWhere: [
        { op: 'in', field: 'yrkeskategori', values: ['sjukskoterska', 'fysioterapeut', 'arbetsterapeut', 'psykolog', 'kurator', 'dietist', 'annan'] },
        { op: 'in', field: 'kontaktform', values: ['video', 'telefon'] },
      ],
    });
    expect(text).toContain(
      'count(*) filter (where ("kontaktform" is not null) and ("yrkeskategori" not in ($2)) and ("kontaktform" in ($3,$4))) as "a0"',
    );
    expect(parameters).toEqual(['pv_kontakter', 'lakare', 'video', 'telefon']);
  });

  it('compares integers with between and counts every row when the denominator has no conditions', async () => {
    const { text, parameters } = await render({
      kind: 'proportion',
      dataset: 'specialiserad_vantande',
      periodField: 'matdatum',
      denominatorWhere: [],
      numeratorWhere: [{ op: 'between', field: 'vantedagar', min: 0, max: 90 }],
    });
    expect(text).toContain('count(*) filter (where ("vantedagar" between $2 and $3)) as "a0", count(*) as "a1" from "fact_specialiserad_vantande"');
    expect(parameters).toEqual(['specialiserad_vantande', 0, 90]);
  });
});

describe('one scan for all the indicators of a dataset', () => {
  it('computes a sum two indicators share once, and groups by the month of each period field in use', async () => {
    const video: RowComputation = { ...assessedWithinThreeDays, numeratorWhere: [{ op: 'eq', field: 'kontaktform', value: 'video' }] };
    const byFirstContact: RowComputation = { ...assessedWithinThreeDays, periodField: 'forsta_kontakt_datum' };
    const { text } = await render(assessedWithinThreeDays, video, byFirstContact);
    // The third sums what the first does, by another month: the same two columns serve both.
    expect(text.match(/count\(\*\) filter/g)).toHaveLength(3);
    expect(text).toContain('array["a0", "a1", "a2"]::float8[] as sums');
    expect(text).toContain(`period as "m0", date_trunc('month', "forsta_kontakt_datum")::date as "m1"`);
    expect(text).toContain('group by kommun, kon, period, "m0", "m1" ) grouped');
  });
});

describe('compiling a rate and a mean', () => {
  it('counts or sums a rate’s events in the scan; the population is its own small query', async () => {
    const { text, parameters } = await render(
      {
        kind: 'rate',
        dataset: 'pv_kontakter',
        periodField: 'kontaktdatum',
        numerator: { aggregate: 'count', where: [{ op: 'eq', field: 'kontaktform', value: 'hembesok' }] },
        population: { ageBands: ['65-79', '80+'] },
        per: 1_000,
      },
      {
        kind: 'rate',
        dataset: 'pv_kontakter',
        periodField: 'kontaktdatum',
        numerator: { aggregate: 'sum', value: { daysBetween: ['forsta_kontakt_datum', 'kontaktdatum'] }, where: [] },
        population: { ageBands: ['80+'] },
        per: 100_000,
      },
    );
    expect(text).toContain('count(*) filter (where ("kontaktform" = $2)) as "a0", sum(("kontaktdatum" - "forsta_kontakt_datum")::float8) as "a1"');
    expect(parameters).toEqual(['pv_kontakter', 'hembesok']);
  });

  it('leaves a distinct count out of the scan: it would not add up over the groups', () => {
    const compiled = compileComputation({
      kind: 'rate',
      dataset: 'utskrivningsklara',
      periodField: 'utskrivningsdatum',
      numerator: { aggregate: 'countDistinct', field: 'vardtillfalle_id', where: [] },
      population: { ageBands: ['80+'] },
      per: 1_000,
    });
    expect(compiled).toMatchObject({ numerator: null, distinct: { field: 'vardtillfalle_id' }, population: ['80+'] });
    expect(new ScanPlan([compiled]).aggregates).toEqual([]);
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
    const dated = 'filter (where ("utskrivningsdatum" is not null))';
    expect(text).toContain(`sum(${days}) ${dated} as "a0", count(${days}) ${dated} as "a1", sum(${days} * ${days}) ${dated} as "a2"`);
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
      expect(text, definition.id).toMatch(/^with owner as .* group by kommun, kon, period, .* left join owner/);
    }
  });
});
