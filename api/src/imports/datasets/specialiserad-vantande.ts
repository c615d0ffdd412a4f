import type { Dataset } from '../dataset.ts';

export const specialiseradVantande: Dataset = {
  name: 'specialiserad_vantande',
  title: 'Väntande i specialiserad vård',
  description:
    'Ögonblicksbild av väntelistan i den specialiserade vården: en rad per väntande remiss och mätdag. ' +
    'Underlag för indikatorn om väntan högst 90 dagar på förstabesök (vårdgarantin).',
  source: 'Regionens väntelistor, samma mätning som rapporteras till Väntetider i vården.',
  uniqueColumn: 'remiss_id',
  period: { column: 'matdatum', granularity: 'month' },
  factTable: 'fact_specialiserad_vantande',
  columns: [
    { name: 'remiss_id', type: { kind: 'text', maxLength: 64 }, description: 'Remissens id i källsystemet (unikt i filen).' },
    { name: 'matdatum', type: { kind: 'date' }, description: 'Mätdagen; avgör månaden raden hör till.' },
    { name: 'kommun', type: { kind: 'municipality' }, description: 'Patientens hemkommun.' },
    { name: 'kon', type: { kind: 'sex' }, description: 'Patientens kön.' },
    { name: 'aldersgrupp', type: { kind: 'ageBand' }, description: 'Patientens åldersgrupp.' },
    {
      name: 'vardtyp',
      type: { kind: 'enum', values: ['forstabesok', 'operation'] },
      description: 'Väntar på förstabesök eller på operation/åtgärd.',
    },
    { name: 'specialitet', type: { kind: 'text', maxLength: 100 }, description: 'Medicinsk specialitet, t.ex. ortopedi.' },
    { name: 'vantedagar', type: { kind: 'integer', min: 0, max: 3650 }, description: 'Dagar patienten väntat på mätdagen.' },
    {
      name: 'patientvald_vantan',
      type: { kind: 'boolean' },
      description: 'Patienten har själv valt att vänta längre (räknas inte mot vårdgarantin).',
    },
  ],
};
