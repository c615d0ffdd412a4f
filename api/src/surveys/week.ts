/**
 * Responses are dated to the week, never the moment: the Monday of the ISO week of the day the answer was given,
 * as a date in Sweden (an answer at 00:30 on a Monday belongs to that week, though it is still Sunday in UTC).
 */

const swedishDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Swedish time is UTC + 1 or + 2 whole hours, so every moment of one UTC hour has the same Swedish date: the last
 * hour's Monday is kept, and a submission rarely formats a date at all.
 */
let lastHour = { hour: Number.NaN, monday: '' };

/** The Monday (YYYY-MM-DD) of the ISO week that `moment` falls in, in Swedish time. */
export function weekMonday(moment: Date): string {
  const hour = Math.floor(moment.getTime() / 3_600_000);
  if (hour === lastHour.hour) return lastHour.monday;
  const [year, month, day] = swedishDate.format(moment).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - daysSinceMonday);
  const monday = date.toISOString().slice(0, 10);
  lastHour = { hour, monday };
  return monday;
}
