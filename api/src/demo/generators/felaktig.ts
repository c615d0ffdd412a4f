import type { DemoContext, DemoFile } from '../context.ts';
import { contactsOfMonth, pvKontakterGenerator } from './pv-kontakter.ts';

const column = (name: string) => pvKontakterGenerator.header.indexOf(name);

/** Replaces one field of a valid row. */
const broken =
  (name: string, value: string) =>
  (row: string[]): string[] =>
    row.with(column(name), value);

/**
 * The mistakes the demo's faulty file makes, one line each, of the kinds real extracts have.
 * Each line is a copy of the valid line before it with a new id and one thing wrong.
 */
const mistakes: readonly ((row: string[], firstId: string) => string[])[] = [
  broken('kommun', '9999'),
  broken('kontaktdatum', '2025-02-30'),
  broken('yrkeskategori', 'tandlakare'),
  broken('kon', ''),
  (row, firstId) => row.with(column('kontakt_id'), firstId),
  (row) => row.slice(0, -1),
  broken('aldersgrupp', '85+'),
  broken('vardgaranti', 'kanske'),
  broken('forsta_kontakt_datum', '31/01/2025'),
  broken('kontaktform', 'sms'),
];

/** Valid lines after which the faulty lines go, so they are spread through the file. */
const positions = [3, 7, 12, 20, 30, 45, 60, 80, 100, 120];

/** Lines of the faulty file that break the contract: one per mistake. */
export const faultyLines = mistakes.length;

/**
 * The last month's contacts again – the same rows as in the yearly file – with faulty lines mixed
 * in. Imported with --accept-valid it republishes the month unchanged and shows every mistake in the
 * rejects view; imported as all or nothing it is refused. Either way no demo data is lost.
 */
export function faultyContactsFile(context: DemoContext, name: string): DemoFile {
  return {
    name,
    *rows() {
      const month = context.months.at(-1)!;
      let valid = 0;
      let firstId = '';
      let previous: string[] = [];
      let next = 0;
      const faulty = () => {
        const row = previous.with(column('kontakt_id'), `DEMO-FEL-${String(next + 1).padStart(2, '0')}`);
        return mistakes[next++]!(row, firstId);
      };
      for (const row of contactsOfMonth(context, month)) {
        yield row;
        valid++;
        if (valid === 1) firstId = row[column('kontakt_id')]!;
        previous = row;
        if (valid === positions[next]) yield faulty();
      }
      while (next < mistakes.length) yield faulty();
    },
  };
}
