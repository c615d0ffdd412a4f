import type { Dataset } from '../dataset.ts';

export const pvKontakter: Dataset = {
  name: 'pv_kontakter',
  title: 'Primärvårdens kontakter',
  description:
    'En rad per kontakt i primärvården, som i den utökade uppföljningen som varje månad rapporteras till ' +
    'Väntetider i vården. Underlag för indikatorerna om tillgänglighet.',
  source: 'Regionens vårdsystem, samma uttag som rapporteras till Väntetider i vården.',
  uniqueColumn: 'kontakt_id',
  period: { column: 'kontaktdatum', granularity: 'month' },
  factTable: 'fact_pv_kontakt',
  columns: [
    { name: 'kontakt_id', type: { kind: 'text', maxLength: 64 }, description: 'Kontaktens id i källsystemet (unikt i filen).' },
    { name: 'vardenhet_id', type: { kind: 'text', maxLength: 64 }, description: 'Vårdenhetens HSA-id eller id i källsystemet.' },
    { name: 'kommun', type: { kind: 'municipality' }, description: 'Patientens hemkommun.' },
    { name: 'kon', type: { kind: 'sex' }, description: 'Patientens kön.' },
    { name: 'aldersgrupp', type: { kind: 'ageBand' }, description: 'Patientens åldersgrupp.' },
    { name: 'kontaktdatum', type: { kind: 'date' }, description: 'Dagen för kontakten; avgör månaden raden hör till.' },
    { name: 'forsta_kontakt_datum', type: { kind: 'date' }, description: 'Dagen då patienten först tog kontakt.' },
    {
      name: 'yrkeskategori',
      type: {
        kind: 'enum',
        values: ['lakare', 'sjukskoterska', 'fysioterapeut', 'arbetsterapeut', 'psykolog', 'kurator', 'dietist', 'annan'],
      },
      description: 'Yrkeskategori hos den som hade kontakten.',
    },
    {
      name: 'kontaktform',
      type: { kind: 'enum', values: ['fysiskt', 'hembesok', 'video', 'telefon', 'chatt'] },
      description: 'Fysiskt besök, hembesök eller distanskontakt (video, telefon, chatt/e-tjänst).',
    },
    { name: 'vardgaranti', type: { kind: 'boolean' }, description: 'Gäller ett nytt problem (omfattas av vårdgarantin).' },
    {
      name: 'medicinsk_bedomning',
      type: { kind: 'boolean' },
      description: 'Minst en diagnos- eller åtgärdskod registrerades (medicinsk bedömning).',
    },
  ],
};
