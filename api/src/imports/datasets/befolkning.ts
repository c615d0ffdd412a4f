import type { Dataset } from '../dataset.ts';

export const befolkning: Dataset = {
  name: 'befolkning',
  title: 'Befolkning',
  description:
    'Folkmängd per år, kommun, kön och åldersgrupp. Nämnare för indikatorer per 1 000 eller 100 000 invånare.',
  source: 'SCB, folkmängden den 31 december föregående år.',
  period: { column: 'ar', granularity: 'year' },
  factTable: 'fact_befolkning',
  columns: [
    { name: 'ar', type: { kind: 'integer', min: 1990, max: 2199 }, description: 'Året siffran gäller.' },
    { name: 'kommun', type: { kind: 'municipality' }, description: 'Kommunen.' },
    { name: 'kon', type: { kind: 'sex' }, description: 'Kön.' },
    { name: 'aldersgrupp', type: { kind: 'ageBand' }, description: 'Åldersgrupp.' },
    { name: 'antal', type: { kind: 'integer', min: 0, max: 10_000_000 }, description: 'Antal invånare.' },
  ],
};
