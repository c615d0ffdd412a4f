/** Times in Swedish time (Europe/Stockholm), whatever the server's own time zone. */

const TIME_ZONE = 'Europe/Stockholm';

const partsFormat = new Intl.DateTimeFormat('en-US', {
	timeZone: TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23',
	timeZoneName: 'longOffset'
});

function stockholmParts(date: Date): Record<string, string> {
	const parts: Record<string, string> = {};
	for (const part of partsFormat.formatToParts(date)) parts[part.type] = part.value;
	return parts;
}

/**
 * ISO 8601 in Swedish time with its offset, e.g. "2026-01-15T14:03:22+01:00": what a person in
 * Sweden reads, and unambiguous in the hour that occurs twice when summer time ends.
 */
export function stockholmTimestamp(value: string | Date): string {
	const date = typeof value === 'string' ? new Date(value) : value;
	if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
	const p = stockholmParts(date);
	// "GMT+01:00", or "GMT" at offset zero (never in Stockholm, but be exact).
	const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
	return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** Today's (or `date`'s) date in Sweden, YYYY-MM-DD. */
export function stockholmDate(date: Date = new Date()): string {
	const p = stockholmParts(date);
	return `${p.year}-${p.month}-${p.day}`;
}
