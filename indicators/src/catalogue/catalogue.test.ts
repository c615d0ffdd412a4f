import { readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computationSchema, type Computation, type Filter, type ValueExpression } from '../computation.ts';
import { indicatorAreas, parseIndicatorDefinition, type IndicatorDefinition, type LocalizedText } from '../definition.ts';
import { minimumDenominator, publicationRuleProblems } from '../publication-rules.ts';
import { catalogue } from './index.ts';
import { pvBedomning3d } from './pv-bedomning-3d.ts';

/**
 * The catalogue checked against the import contracts: every field a computation names must be a
 * column of its dataset, with values the column can hold. The contracts are read from
 * docs/datasets/*.md, which are generated from the importer's definitions and checked to be up to
 * date by api/src/imports/docs.unit.test.ts, so the indicators package need not depend on the API.
 */

type ColumnKind = 'date' | 'timestamp' | 'boolean' | 'integer' | 'decimal' | 'enum' | 'text' | 'other';
interface ContractColumn {
  kind: ColumnKind;
  values?: string[];
  optional: boolean;
}
type Contract = Map<string, ContractColumn>;

const datasetsDir = new URL('../../../docs/datasets/', import.meta.url);

/** The kind of a column from its "värden" cell, as written by describeType in api/src/imports/columns.ts. */
function columnKind(values: string): Pick<ContractColumn, 'kind' | 'values'> {
  if (values.startsWith('datum')) return { kind: 'date' };
  if (values.startsWith('tidpunkt')) return { kind: 'timestamp' };
  if (values.startsWith('J/N')) return { kind: 'boolean' };
  if (values.startsWith('heltal')) return { kind: 'integer' };
  if (values.startsWith('decimaltal')) return { kind: 'decimal' };
  if (values.startsWith('text')) return { kind: 'text' };
  if (values.startsWith('en av: ')) return { kind: 'enum', values: values.slice('en av: '.length).split(', ') };
  if (/^[^\s,]+(, [^\s,]+)+$/.test(values)) return { kind: 'enum', values: values.split(', ') }; // age bands
  const either = /^(\S+) eller (\S+)$/.exec(values);
  if (either) return { kind: 'enum', values: [either[1]!, either[2]!] };
  return { kind: 'other' };
}

function parseContract(markdown: string): Contract {
  const columns: Contract = new Map();
  for (const line of markdown.split('\n')) {
    const row = /^\| `([a-z0-9_]+)` \| (.+?) \| (ja|nej[^|]*) \| .*\|$/.exec(line);
    if (row) columns.set(row[1]!, { ...columnKind(row[2]!), optional: row[3] !== 'ja' });
  }
  return columns;
}

async function readContracts(): Promise<Map<string, Contract>> {
  const files = (await readdir(datasetsDir)).filter((f) => f.endsWith('.md'));
  const entries = await Promise.all(
    files.map(async (file) => [basename(file, '.md'), parseContract(await readFile(new URL(file, datasetsDir), 'utf8'))] as const),
  );
  return new Map(entries);
}

const contracts = await readContracts();

/** Every problem with a computation's use of its dataset's columns, as readable strings. */
function contractProblems(computation: Computation): string[] {
  if (computation.kind === 'survey') return []; // checked against the built-in questionnaires in api/src/surveys
  if (computation.kind === 'kolada') return contracts.has('kolada') ? [] : ['no kolada contract'];
  const contract = contracts.get(computation.dataset);
  if (!contract) return [`no contract for ${computation.dataset}`];
  const problems: string[] = [];
  const column = (field: string, kinds?: readonly ColumnKind[]): ContractColumn | undefined => {
    const found = contract.get(field);
    if (!found) problems.push(`${computation.dataset} has no column ${field}`);
    else if (kinds && !kinds.includes(found.kind)) problems.push(`${field} is ${found.kind}, not ${kinds.join('/')}`);
    return found;
  };
  const checkValue = (field: string, value: string | number | boolean) => {
    const found = column(field);
    if (!found) return;
    const ok =
      found.kind === 'boolean'
        ? typeof value === 'boolean'
        : found.kind === 'enum'
          ? typeof value === 'string' && (found.values ?? []).includes(value)
          : found.kind === 'integer' || found.kind === 'decimal'
            ? typeof value === 'number'
            : typeof value === 'string';
    if (!ok) problems.push(`${field} (${found.kind}${found.values ? `: ${found.values.join(', ')}` : ''}) cannot be ${JSON.stringify(value)}`);
  };
  const checkFilter = (filter: Filter) => {
    switch (filter.op) {
      case 'eq':
        return checkValue(filter.field, filter.value);
      case 'in':
        return filter.values.forEach((value) => checkValue(filter.field, value));
      case 'between':
        return void column(filter.field, ['integer', 'decimal']);
      case 'isNull': {
        const found = column(filter.field);
        if (found && !found.optional) problems.push(`${filter.field} is required, so it is never empty`);
        return;
      }
      case 'daysBetween':
        column(filter.from, ['date']);
        return void column(filter.to, ['date']);
      case 'hoursBetween':
        column(filter.from, ['date', 'timestamp']);
        return void column(filter.to, ['timestamp']);
    }
  };
  const checkValueExpression = (value: ValueExpression) => {
    if (typeof value === 'string') column(value, ['integer', 'decimal']);
    else value.daysBetween.forEach((field) => column(field, ['date']));
  };

  column(computation.periodField, ['date']);
  switch (computation.kind) {
    case 'proportion':
      [...computation.denominatorWhere, ...computation.numeratorWhere].forEach(checkFilter);
      break;
    case 'rate':
      computation.numerator.where.forEach(checkFilter);
      if (computation.numerator.aggregate === 'sum') checkValueExpression(computation.numerator.value);
      if (computation.numerator.aggregate === 'countDistinct') column(computation.numerator.field);
      if (!contracts.has('befolkning')) problems.push('no befolkning contract for the population');
      break;
    case 'mean':
      computation.where.forEach(checkFilter);
      checkValueExpression(computation.value);
      break;
  }
  return problems;
}

/** Every localized text of a definition, by its field name. */
function localizedTexts(definition: IndicatorDefinition): [string, LocalizedText][] {
  return Object.entries(definition).filter(
    (entry): entry is [string, LocalizedText] => typeof entry[1] === 'object' && entry[1] !== null && 'sv' in entry[1],
  );
}

describe('the dataset contracts read from docs/datasets', () => {
  it('cover every dataset a computation can name, with typed columns', () => {
    const rowDatasets = computationSchema.options[0].shape.dataset.options;
    for (const dataset of [...rowDatasets, 'befolkning', 'kolada']) expect(contracts.has(dataset), dataset).toBe(true);
    const contacts = contracts.get('pv_kontakter')!;
    expect(contacts.get('kontaktform')).toEqual({
      kind: 'enum',
      values: ['fysiskt', 'hembesok', 'video', 'telefon', 'chatt'],
      optional: false,
    });
    expect(contacts.get('aldersgrupp')?.values).toEqual(['0-17', '18-64', '65-79', '80+']);
    expect(contacts.get('vardgaranti')?.kind).toBe('boolean');
    expect(contracts.get('utskrivningsklara')?.get('inskrivningsmeddelande_tid')).toEqual({ kind: 'timestamp', optional: true });
    expect(contracts.get('specialiserad_vantande')?.get('vantedagar')?.kind).toBe('integer');
  });

  it('catch a field that is not in the contract or a value the column cannot hold', () => {
    const computation: Computation = {
      kind: 'proportion',
      dataset: 'pv_kontakter',
      periodField: 'kontaktdatum',
      denominatorWhere: [
        { op: 'eq', field: 'kontaktform', value: 'Hembesök' },
        { op: 'eq', field: 'vardgaranti', value: 'J' },
        { op: 'isNull', field: 'kommun', value: false },
      ],
      numeratorWhere: [{ op: 'between', field: 'lakare', min: 0, max: 1 }],
    };
    expect(contractProblems(computation)).toEqual([
      'kontaktform (enum: fysiskt, hembesok, video, telefon, chatt) cannot be "Hembesök"',
      'vardgaranti (boolean) cannot be "J"',
      'kommun is required, so it is never empty',
      'pv_kontakter has no column lakare',
    ]);
  });
});

describe('the catalogue', () => {
  it('holds the 20 indicators of the proposed joint catalogue', () => {
    expect(catalogue.map((d) => d.id).sort()).toEqual(
      [
        'pv-bedomning-3d',
        'pv-kontakt-samma-dag',
        'pv-digitala',
        'pv-ej-lakare',
        'pv-hembesok-80',
        'sv-forstabesok-90d',
        'uk-dagar',
        'uk-inskrivningsmeddelande-24h',
        'uk-fast-vardkontakt',
        'uk-sip-30d',
        'uk-aterinskrivning-30d',
        'hk-personalkontinuitet',
        'hk-hemtjanst-80',
        'hk-nojdhet-hemtjanst',
        'hk-nojdhet-sabo',
        'fall-80',
        'pe-trygg-hemgang',
        'pe-helhetsintryck',
        'pe-kontinuitet',
        'pe-delaktighet',
      ].sort(),
    );
  });

  it.each(catalogue.map((d) => [d.id, d] as const))('%s parses and uses only columns of its dataset contract', (_id, definition) => {
    expect(parseIndicatorDefinition(definition)).toEqual(definition);
    expect(contractProblems(definition.computation)).toEqual([]);
  });

  it('has unique ids, each in a file of its own name that exports it', async () => {
    const ids = catalogue.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dir = new URL('./', import.meta.url);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
    const exported: [string, unknown][] = [];
    for (const file of files) {
      const module: Record<string, unknown> = await import(new URL(file, dir).href);
      for (const value of Object.values(module)) {
        if (typeof value === 'object' && value !== null && 'computation' in value && 'id' in value) exported.push([file, value]);
      }
    }
    // Shared text modules export no definition; every indicator file exports exactly the catalogue's object.
    expect(exported.map(([file]) => file).sort()).toEqual(ids.map((id) => `${id}.ts`).sort());
    for (const [file, value] of exported) {
      expect((value as IndicatorDefinition).id).toBe(basename(file, '.ts'));
      expect(catalogue).toContain(value);
    }
  });

  it('uses all five areas, in the order of the areas', () => {
    expect(new Set(catalogue.map((d) => d.area))).toEqual(new Set(indicatorAreas));
    const positions = catalogue.map((d) => indicatorAreas.indexOf(d.area));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('never publishes register data on fewer than 20 observations nor survey results on fewer than 30 answers', () => {
    for (const { id, computation, disclosure } of catalogue) {
      expect(disclosure.minDenominator, id).toBeGreaterThanOrEqual(minimumDenominator(computation));
    }
    expect([minimumDenominator(pvBedomning3d.computation), minimumDenominator({ kind: 'survey', dimension: 'x' })]).toEqual([20, 30]);
  });

  it('keeps the publication rules that definitions from the API are held to', () => {
    for (const definition of catalogue) expect(publicationRuleProblems(definition), definition.id).toEqual([]);
  });

  it('is written in both languages, not copied from one to the other', () => {
    for (const definition of catalogue) {
      for (const [field, text] of localizedTexts(definition)) expect(text.en, `${definition.id}.${field}`).not.toBe(text.sv);
    }
  });

  it('takes the Kolada key figures and survey dimensions named in the proposal', () => {
    const sources = Object.fromEntries(
      catalogue.flatMap((d) =>
        d.computation.kind === 'kolada' ? [[d.id, d.computation.kpi]] : d.computation.kind === 'survey' ? [[d.id, d.computation.dimension]] : [],
      ),
    );
    expect(sources).toEqual({
      'hk-personalkontinuitet': 'U21401',
      'hk-hemtjanst-80': 'N21704',
      'hk-nojdhet-hemtjanst': 'U21468',
      'hk-nojdhet-sabo': 'U23471',
      'fall-80': 'N20402',
      'pe-helhetsintryck': 'helhetsintryck',
      'pe-trygg-hemgang': 'trygg_hemgang',
      'pe-kontinuitet': 'kontinuitet_koordinering',
      'pe-delaktighet': 'delaktighet_involvering',
    });
  });
});
