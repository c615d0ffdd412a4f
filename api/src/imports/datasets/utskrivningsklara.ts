import type { Dataset } from '../dataset.ts';

export const utskrivningsklara: Dataset = {
  name: 'utskrivningsklara',
  title: 'In- och utskrivning (utskrivningsklara)',
  description:
    'En rad per vårdtillfälle i slutenvården där kommunen berörs, som i SAMSA: inskrivningsmeddelande, när patienten ' +
    'bedömdes utskrivningsklar och skrevs ut, fast vårdkontakt, SIP och återinskrivning. Tomt värde betyder ej ' +
    'aktuellt eller ännu inte inträffat. Underlag för indikatorerna om samverkan vid in- och utskrivning.',
  source: 'Regionens och kommunernas gemensamma IT-stöd för samordnad vårdplanering (SAMSA i Västra Götaland).',
  uniqueColumn: 'vardtillfalle_id',
  period: { column: 'inskrivningsdatum', granularity: 'month' },
  factTable: 'fact_utskrivningsklar',
  columns: [
    { name: 'vardtillfalle_id', type: { kind: 'text', maxLength: 64 }, description: 'Vårdtillfällets id (unikt i filen).' },
    { name: 'kommun', type: { kind: 'municipality' }, description: 'Patientens hemkommun.' },
    { name: 'kon', type: { kind: 'sex' }, description: 'Patientens kön.' },
    { name: 'aldersgrupp', type: { kind: 'ageBand' }, description: 'Patientens åldersgrupp.' },
    { name: 'inskrivningsdatum', type: { kind: 'date' }, description: 'Dagen för inskrivningen; avgör månaden raden hör till.' },
    {
      name: 'inskrivningsmeddelande_tid',
      type: { kind: 'timestamp' },
      optional: true,
      description: 'När inskrivningsmeddelandet skickades till kommun och primärvård.',
    },
    { name: 'utskrivningsklar_datum', type: { kind: 'date' }, optional: true, description: 'Dagen patienten bedömdes utskrivningsklar.' },
    { name: 'utskrivningsdatum', type: { kind: 'date' }, optional: true, description: 'Dagen patienten skrevs ut.' },
    { name: 'behov_av_insatser', type: { kind: 'boolean' }, description: 'Patienten behöver insatser från kommun eller primärvård efter utskrivning.' },
    { name: 'fast_vardkontakt', type: { kind: 'boolean' }, optional: true, description: 'En fast vårdkontakt var utsedd vid utskrivningen.' },
    { name: 'sip_datum', type: { kind: 'date' }, optional: true, description: 'Dagen en samordnad individuell plan (SIP) hölls.' },
    { name: 'aterinskriven_30d', type: { kind: 'boolean' }, optional: true, description: 'Patienten skrevs in igen inom 30 dagar efter utskrivning.' },
  ],
};
