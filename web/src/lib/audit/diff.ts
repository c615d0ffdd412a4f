/**
 * The audit log stores what changed as compact JSON, `{field: [before, after]}`. These helpers
 * turn it into rows a person can read ("Roller: – → Redaktör – GR").
 */

export interface DiffChange {
	field: string;
	before: unknown;
	after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The changes in `diff`, in the order stored (the API sorts fields by name). Invalid JSON or an
 * unexpected shape is shown rather than hidden: as one change of the field "" whose new value is
 * the raw text.
 */
export function parseDiff(diff: string | null): DiffChange[] {
	if (diff === null || diff.trim() === '') return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(diff);
	} catch {
		return [{ field: '', before: null, after: diff }];
	}
	if (!isRecord(parsed)) return [{ field: '', before: null, after: diff }];
	return Object.entries(parsed).map(([field, change]) =>
		Array.isArray(change) && change.length === 2
			? { field, before: change[0], after: change[1] }
			: { field, before: null, after: change }
	);
}

/** Words for values that have no text of their own, in the language of the page. */
export interface ValueLabels {
	/** For null, undefined and "" (e.g. "–"). */
	empty: string;
	/** For an empty list (e.g. "inga"). */
	none: string;
	yes: string;
	no: string;
	/** A role grant as the API stores it: lower-case role, org unit code or null. */
	grant(role: string, orgUnitCode: string | null): string;
}

function isGrant(value: Record<string, unknown>): value is { role: string; orgUnitCode: unknown } {
	return typeof value.role === 'string' && 'orgUnitCode' in value;
}

/** One value of a diff as text. */
export function describeValue(value: unknown, labels: ValueLabels): string {
	if (value === null || value === undefined || value === '') return labels.empty;
	if (typeof value === 'boolean') return value ? labels.yes : labels.no;
	if (typeof value === 'string' || typeof value === 'number') return String(value);
	if (Array.isArray(value)) {
		return value.length === 0
			? labels.none
			: value.map((item) => describeValue(item, labels)).join(', ');
	}
	if (isRecord(value)) {
		if (isGrant(value)) {
			return labels.grant(
				value.role,
				typeof value.orgUnitCode === 'string' ? value.orgUnitCode : null
			);
		}
		const entries = Object.entries(value);
		if (entries.length === 0) return labels.empty;
		return entries.map(([key, item]) => `${key}: ${describeValue(item, labels)}`).join(', ');
	}
	return JSON.stringify(value) ?? labels.empty;
}
