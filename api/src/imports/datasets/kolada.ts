import type { Dataset } from '../dataset.ts';

/**
 * Kolada's symbols for a cell without a number (DOMAIN.md), and the reason stored for each in
 * fact_kolada.saknas. An empty value is simply missing.
 */
export const koladaMissingMarkers = { '..': 'undertryckt', '-': 'saknas', '.': 'ej_tillampligt', '': 'saknas' } as const;

/** The years Kolada's figures can belong to (the same bounds as befolkning). */
export const koladaYears = { min: 1990, max: 2199 } as const;

export const kolada: Dataset = {
  name: 'kolada',
  title: 'Kolada nyckeltal',
  description:
    'Nyckeltal från Kolada för länets kommuner och regionen: en rad per nyckeltal, kommun, år och kön. Hämtas med ' +
    '`samsyn kolada fetch` eller importeras som CSV eller som svaren från Kolada:s API (JSON, en sida eller en lista ' +
    'med sidor). Ett saknat värde sparas med sin orsak, aldrig som noll. I en JSON-fil avser radnumret i en ' +
    'avvisning raden i den CSV som filen omvandlas till: rubrikraden följd av ett värde per rad.',
  source: 'Kolada (RKA), öppna data via api.kolada.se.',
  period: { column: 'ar', granularity: 'year' },
  replaceBy: ['kpi'],
  factTable: 'fact_kolada',
  columns: [
    { name: 'kpi', type: { kind: 'text', maxLength: 6 }, description: 'Nyckeltalets id i Kolada, t.ex. N21704.' },
    { name: 'kommun', type: { kind: 'municipality', county: true }, description: 'Kommunen, eller länet (regionen).' },
    { name: 'ar', type: { kind: 'integer', ...koladaYears }, description: 'Året värdet gäller; avgör perioden.' },
    { name: 'kon', type: { kind: 'sex', total: true }, description: 'Kön; T för kvinnor och män tillsammans.' },
    {
      name: 'varde',
      // Kolada's figures include costs in kronor for a whole region: billions, and negative results.
      type: {
        kind: 'decimal',
        min: -1_000_000_000_000,
        max: 1_000_000_000_000,
        missing: { markers: koladaMissingMarkers, reasonColumn: 'saknas' },
      },
      optional: true,
      description: 'Nyckeltalets värde. Orsaken till ett saknat värde sparas i kolumnen saknas.',
    },
  ],
};
