/**
 * pv_kontakter lines for tests that need counts worked out by hand (the engine, the values API).
 */
export const contactsHeader =
  'kontakt_id;vardenhet_id;kommun;kon;aldersgrupp;kontaktdatum;forsta_kontakt_datum;yrkeskategori;kontaktform;vardgaranti;medicinsk_bedomning';

/** The day `plusDays` after (or, negative, before) a YYYY-MM-DD date. */
export function isoDay(date: string, plusDays: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  return day.toISOString().slice(0, 10);
}

let contactId = 0;
/** A contact id not used before in this test file. */
export function nextContactId(): string {
  return `c${++contactId}`;
}

/** `count` contacts on `date`; the first `within` were assessed 0–3 days after the first contact, the rest 4–10. */
export function assessedContacts(kommun: string, kon: 'K' | 'M', date: string, count: number, within: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const days = i < within ? i % 4 : 4 + (i % 7); // includes exactly 3 and exactly 4 days
    return `${nextContactId()};VC;${kommun};${kon};65-79;${date};${isoDay(date, -days)};lakare;fysiskt;J;J`;
  });
}
