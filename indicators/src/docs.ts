import type { Computation, Filter, Measure, ValueExpression } from './computation.ts';
import {
  indicatorAreas,
  type AssessmentRule,
  type Frequency,
  type IndicatorArea,
  type IndicatorDefinition,
  type IndicatorUnit,
  type Polarity,
  type Principal,
} from './definition.ts';

/**
 * docs/indicators.md, written from the catalogue's definitions (`pnpm docs`), so the documentation
 * can never say something the code does not do. Pure: definitions in, markdown out. Everything a
 * reader sees is Swedish; the computation is spelled out in words from the declarative `computation`.
 */

export const areaTitles: Record<IndicatorArea, string> = {
  accessibility: 'Tillgänglighet',
  continuity: 'Kontinuitet',
  care_transitions: 'Samverkan vid in- och utskrivning',
  elderly_care: 'Hemtjänst och äldreomsorg',
  patient_experience: 'Patientens upplevelse',
};

const principalTexts: Record<Principal, string> = {
  region: 'Regionen',
  municipality: 'Kommunen',
  joint: 'Gemensamt för region och kommun',
};

const polarityTexts: Record<Polarity, string> = {
  higher_is_better: 'Högre värde är bättre',
  lower_is_better: 'Lägre värde är bättre',
  no_judgement: 'Varken högre eller lägre värde är bättre',
};

const frequencyTexts: Record<Frequency, { often: string; period: string }> = {
  month: { often: 'Varje månad', period: 'den månad' },
  quarter: { often: 'Varje kvartal', period: 'det kvartal' },
  half_year: { often: 'Varje halvår', period: 'det halvår' },
  year: { often: 'Varje år', period: 'det år' },
};

const unitTexts: Record<IndicatorUnit, string> = {
  percent: 'Procent',
  per_thousand: 'Per 1 000 invånare',
  per_hundred_thousand: 'Per 100 000 invånare',
  days: 'Dagar',
  number: 'Antal',
};

/** A number as Swedish writes it: decimal comma. */
export function swedishNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** A value in the indicator's unit: "90 %", "1,5 dagar", "12 per 1 000". */
export function formatValue(value: number, unit: IndicatorUnit): string {
  const n = swedishNumber(value);
  switch (unit) {
    case 'percent':
      return `${n} %`;
    case 'per_thousand':
      return `${n} per 1 000`;
    case 'per_hundred_thousand':
      return `${n} per 100 000`;
    case 'days':
      return `${n} ${value === 1 ? 'dag' : 'dagar'}`;
    case 'number':
      return n;
  }
}

/** How the indicator is coloured, in one or two sentences. */
export function describeAssessment(rule: AssessmentRule, polarity: Polarity, unit: IndicatorUnit): string {
  switch (rule.method) {
    case 'target': {
      // The rule is inclusive: a value on a limit gets the better colour (see definition.ts).
      const sign = polarity === 'lower_is_better' || (polarity === 'no_judgement' && rule.green < rule.yellow) ? '≤' : '≥';
      return `Mot målnivåer: grön vid ${sign} ${formatValue(rule.green, unit)}, gul vid ${sign} ${formatValue(rule.yellow, unit)}, annars röd. Ett värde på gränsen får den bättre färgen.`;
    }
    case 'relative_quartiles':
      return 'Relativt: den bästa fjärdedelen av enheterna på samma nivå blir grön, den mittersta hälften gul och den sämsta fjärdedelen röd.';
    case 'significance_vs_county':
      return 'Mot länet: grön när värdet är säkert bättre än länets och röd när det är säkert sämre, annars gul. Bedömningen bygger på ett 95-procentigt konfidensintervall.';
    case 'none':
      return 'Ingen: indikatorn beskriver utan att värdera och får därför ingen färg.';
  }
}

/** What a value of the computation builds on, for the minimum-denominator sentence. */
const observationWords: Record<Computation['kind'], string> = {
  proportion: 'observationer',
  mean: 'observationer',
  rate: 'invånare i nämnaren',
  kolada: 'observationer',
  survey: 'svar',
};

/** The suppression rules, one sentence each. */
export function describeDisclosure(definition: IndicatorDefinition): string[] {
  const { disclosure, computation } = definition;
  const sentences: string[] = [];
  if (computation.kind === 'kolada') {
    sentences.push('Kolada undertrycker själv värden som bygger på för få personer eller svar och markerar dem med `..`; de visas som undertryckta.');
  }
  if (disclosure.minDenominator > 1) {
    sentences.push(`Värden som bygger på färre än ${disclosure.minDenominator} ${observationWords[computation.kind]} redovisas inte.`);
  }
  if (disclosure.minCell > 0) {
    sentences.push(
      `Värden redovisas inte heller när täljaren, eller skillnaden mellan nämnare och täljare, är mindre än ${disclosure.minCell}.`,
    );
  }
  if (sentences.length === 0) sentences.push('Alla värden redovisas.');
  else if (computation.kind === 'kolada' && disclosure.minDenominator <= 1 && disclosure.minCell === 0) {
    sentences.push('Samsyn lägger inte till någon egen gräns.');
  }
  return sentences;
}

const code = (name: string): string => `\`${name}\``;

function literal(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number') return swedishNumber(value);
  return code(value);
}

/** "a", "a och b", "a, b och c". */
export function listInWords(items: readonly string[], word = 'och'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

function bounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `minst ${swedishNumber(min)} och högst ${swedishNumber(max)}`;
  if (min !== undefined) return `minst ${swedishNumber(min)}`;
  if (max !== undefined) return `högst ${swedishNumber(max)}`;
  return 'känt';
}

/** One condition in words: "`vardgaranti` = ja". */
export function describeFilter(filter: Filter): string {
  switch (filter.op) {
    case 'eq':
      return `${code(filter.field)} = ${literal(filter.value)}`;
    case 'in':
      return `${code(filter.field)} är ${filter.values.length === 1 ? '' : 'en av '}${listInWords(filter.values.map(literal), 'eller')}`;
    case 'between':
      return `${code(filter.field)} är ${bounds(filter.min, filter.max)}`;
    case 'isNull':
      return `${code(filter.field)} är ${filter.value ? 'tomt' : 'ifyllt'}`;
    case 'daysBetween':
      return `antalet dagar från ${code(filter.from)} till ${code(filter.to)} är ${bounds(filter.min, filter.max)}`;
    case 'hoursBetween':
      return `tiden från ${code(filter.from)} (från dygnets början när det är ett datum) till ${code(filter.to)} är högst ${swedishNumber(filter.max)} timmar`;
  }
}

/** "rader i `pv_kontakter` där … och …", or all rows when there are no conditions. */
function rowsWhere(dataset: string, filters: readonly Filter[]): string {
  return filters.length === 0
    ? `alla rader i ${code(dataset)}`
    : `rader i ${code(dataset)} där ${listInWords(filters.map(describeFilter))}`;
}

function describeValue(value: ValueExpression): string {
  return typeof value === 'string'
    ? code(value)
    : `antalet dagar från ${code(value.daysBetween[0])} till ${code(value.daysBetween[1])}`;
}

function describeMeasure(dataset: string, measure: Measure): string {
  switch (measure.aggregate) {
    case 'count':
      return `antalet ${rowsWhere(dataset, measure.where)}`;
    case 'sum':
      return `summan av ${describeValue(measure.value)} över ${rowsWhere(dataset, measure.where)}`;
    case 'countDistinct':
      return `antalet olika ${code(measure.field)} bland ${rowsWhere(dataset, measure.where)}`;
  }
}

const datasetLink = (dataset: string): string => `[${code(dataset)}](datasets/${dataset}.md)`;

/** The computation as a list of sentences: what is counted, over which rows, and how the value follows. */
export function describeComputation(computation: Computation, frequency: Frequency): string[] {
  const placed = (periodField: string, dataset?: string): string =>
    `en rad${dataset ? ` i ${code(dataset)}` : ''} hör till ${frequencyTexts[frequency].period} som datumet i ${code(periodField)} ligger i`;
  switch (computation.kind) {
    case 'proportion':
      return [
        `Underlag: ${datasetLink(computation.dataset)}; ${placed(computation.periodField)}.`,
        `Nämnare: ${rowsWhere(computation.dataset, computation.denominatorWhere)}.`,
        `Täljare: de av nämnarens rader där ${listInWords(computation.numeratorWhere.map(describeFilter))}.`,
        'Värde: täljaren delad med nämnaren, i procent.',
      ];
    case 'rate': {
      const bands = computation.population.ageBands;
      return [
        `Underlag: ${datasetLink(computation.dataset)} och ${datasetLink('befolkning')}; ${placed(computation.periodField, computation.dataset)}.`,
        `Täljare: ${describeMeasure(computation.dataset, computation.numerator)}.`,
        `Nämnare: invånare i ${bands.length === 1 ? 'åldersgruppen' : 'åldersgrupperna'} ${listInWords(bands)} enligt ${code('befolkning')}, av radens kön när värdet redovisas per kön.`,
        `Värde: täljaren delad med nämnaren, gånger ${computation.per === 1_000 ? '1 000' : '100 000'}.`,
      ];
    }
    case 'mean':
      return [
        `Underlag: ${datasetLink(computation.dataset)}; ${placed(computation.periodField)}.`,
        `Ingår: ${rowsWhere(computation.dataset, computation.where)}.`,
        `Värde: medelvärdet av ${describeValue(computation.value)} över dessa rader.`,
      ];
    case 'kolada':
      return [
        `Underlag: ${datasetLink('kolada')}, nyckeltal ${code(computation.kpi)}.`,
        'Värde: nyckeltalet så som Kolada publicerar det; Samsyn räknar inte om det.',
      ];
    case 'survey':
      return [
        `Underlag: patientenkäten, dimensionen ${code(computation.dimension)}.`,
        'Värde: positiva svar delade med giltiga svar, i procent.',
      ];
  }
}

/** A table cell: no line breaks, and a pipe would end the cell. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function indicatorSection(definition: IndicatorDefinition): string[] {
  const rows: [string, string][] = [
    ['Huvudman', principalTexts[definition.principal]],
    ['Frekvens', frequencyTexts[definition.frequency].often],
    ['Enhet', unitTexts[definition.unit]],
    ['Riktning', polarityTexts[definition.polarity]],
    ['Bedömning', describeAssessment(definition.assessment, definition.polarity, definition.unit)],
    ['Redovisning', describeDisclosure(definition).join(' ')],
    ['Ansvarig grupp', definition.ownerGroup],
    ['Version', String(definition.version)],
    ['Giltig från', definition.validFrom],
    ['Nästa översyn', definition.nextReviewDate],
  ];
  return [
    `<a id="${definition.id}"></a>`,
    '',
    `### ${definition.title.sv}`,
    '',
    `${code(definition.id)} · kort titel: ${definition.shortTitle.sv} · på engelska: *${definition.title.en}*`,
    '',
    definition.definition.sv,
    '',
    '| egenskap | värde |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${cell(value)} |`),
    '',
    `**Syfte.** ${definition.rationale.sv}`,
    '',
    `**Täljare.** ${definition.numerator.sv}`,
    '',
    `**Nämnare.** ${definition.denominator.sv}`,
    '',
    `**Källa.** ${definition.source.sv}`,
    '',
    `**Metod.** ${definition.method.sv}`,
    '',
    ...(definition.caveats ? [`**Att tänka på.** ${definition.caveats.sv}`, ''] : []),
    '**Beräkning**',
    '',
    ...describeComputation(definition.computation, definition.frequency).map((line) => `- ${line}`),
    '',
  ];
}

/** docs/indicators.md: an overview table, then one section per area with every indicator in full. */
export function catalogueMarkdown(definitions: readonly IndicatorDefinition[]): string {
  const byArea = indicatorAreas.map((area) => ({ area, members: definitions.filter((d) => d.area === area) }));
  const usedAreas = byArea.filter((group) => group.members.length > 0).length;
  const overview = byArea.flatMap(({ area, members }) =>
    members.map(
      (d) =>
        `| ${areaTitles[area]} | [${cell(d.shortTitle.sv)}](#${d.id}) | ${code(d.id)} | ${unitTexts[d.unit]} | ${principalTexts[d.principal]} | ${frequencyTexts[d.frequency].often} |`,
    ),
  );
  return [
    '# Indikatorkatalog',
    '',
    '<!-- Genererad från indicators/src/catalogue/ med `pnpm docs`. Ändra inte för hand. -->',
    '',
    `Samsyns gemensamma indikatorer för uppföljningen av god och nära vård: ${definitions.length} indikatorer i ${usedAreas} områden.`,
    'Varje indikator är en granskad fil i `indicators/src/catalogue/`, och den här sidan skrivs från dem.',
    'Underlagens kolumner beskrivs i [docs/datasets](datasets/).',
    '',
    '| område | indikator | id | enhet | huvudman | frekvens |',
    '|---|---|---|---|---|---|',
    ...overview,
    '',
    ...byArea.flatMap(({ area, members }) => [
      `## ${areaTitles[area]}`,
      '',
      ...(members.length === 0 ? ['Inga indikatorer ännu.', ''] : members.flatMap(indicatorSection)),
    ]),
  ].join('\n');
}
