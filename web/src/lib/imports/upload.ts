/**
 * The pure part of uploading a file from /importer with JavaScript: addresses, the texts of the
 * upload's progress and how the API's answers are read. The form itself posts without JavaScript
 * (see ImportUploadCard.svelte); these helpers are for the enhanced upload, which sends the same
 * form with XMLHttpRequest (for its upload progress) and follows the import while it runs through
 * `GET /api/import/progress/<token>` (api/src/imports/upload-progress.ts).
 */
import type { Translator } from '../i18n';
import type { ImportErrorCode } from './batches';

/** How far the server has come with an upload, as `GET /api/import/progress/<token>` answers. */
export interface ServerProgress {
	dataset: string;
	phase: 'waiting' | 'reading' | 'validating' | 'publishing' | 'done';
	batchId: string | null;
	bytesRead: number;
	rowsRead: number;
	status: 'published' | 'rejected' | 'duplicate' | 'failed' | null;
}

/** How an upload ended, once the request is answered (or not). */
export type UploadOutcome =
	/** The import ran (published, rejected or duplicate): its page shows the result. */
	| { kind: 'imported'; batchId: string }
	/** The API refused the upload before importing (the codes of `?fel=` on /importer). */
	| { kind: 'refused'; code: ImportErrorCode }
	/** No answer: the connection broke or was never made. */
	| { kind: 'network' }
	/** Any other answer, e.g. 500 when the import stopped on an error. */
	| { kind: 'failed' };

/** Where the enhanced upload posts: the form's own action, with the token to follow it by. */
export function uploadUrl(action: string, token: string): string {
	return `${action}?upload=${encodeURIComponent(token)}`;
}

export function progressUrl(token: string): string {
	return `/api/import/progress/${encodeURIComponent(token)}`;
}

/**
 * A random name for the upload, which only the uploading session can ask about.
 * `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost); an intranet server on
 * plain HTTP still has `getRandomValues`.
 */
export function uploadToken(
	random: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto
): string {
	if (typeof random.randomUUID === 'function') return random.randomUUID();
	const bytes = random.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whole percent sent, rounded down so that 100 % means everything has been sent. */
export function uploadPercent(sent: number, total: number): number {
	if (!(total > 0) || !(sent > 0)) return 0;
	return Math.min(100, Math.floor((sent / total) * 100));
}

/**
 * The percent a screen reader is told: in steps of ten, so that the status region is not read
 * out a hundred times during one upload (the visible text and the progress bar show every percent).
 */
export function announcedPercent(percent: number): number {
	return percent >= 100 ? 100 : Math.floor(percent / 10) * 10;
}

const KIB = 1024;
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the page's language: "950 B", "12 kB", "21,4 MB" (1 kB = 1024 bytes). */
export function formatBytes(i18n: Pick<Translator, 'formatNumber'>, bytes: number): string {
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= KIB && unit < UNITS.length - 1) {
		value /= KIB;
		unit++;
	}
	return i18n.formatNumber(value, {
		style: 'unit',
		unit: UNITS[unit],
		unitDisplay: 'short',
		maximumFractionDigits: unit >= 2 && value < 100 ? 1 : 0
	});
}

/** "Laddar upp … 42 % (9 MB av 21,4 MB)", or that the whole file has been sent. */
export function sendingText(
	i18n: Translator,
	sent: number,
	total: number,
	percent = uploadPercent(sent, total)
): string {
	if (percent >= 100) return i18n.t('imports.upload.sent', { total: formatBytes(i18n, total) });
	return i18n.t('imports.upload.sending', {
		fraction: percent / 100,
		sent: formatBytes(i18n, Math.min(sent, total)),
		total: formatBytes(i18n, total)
	});
}

/**
 * The same for screen readers, without the bytes and in steps of ten percent (announcedPercent),
 * so that the live region changes only now and then.
 */
export function announcedSendingText(i18n: Translator, sent: number, total: number): string {
	const percent = uploadPercent(sent, total);
	if (percent >= 100) return sendingText(i18n, sent, total, percent);
	return i18n.t('imports.upload.sendingAnnounced', { fraction: announcedPercent(percent) / 100 });
}

/** What the server is doing with the file, or null before it has said anything. */
export function phaseText(i18n: Translator, progress: ServerProgress | null): string | null {
	switch (progress?.phase) {
		case 'waiting':
			return i18n.t('imports.upload.waiting');
		case 'reading':
			return progress.rowsRead > 0
				? i18n.t('imports.upload.reading', { rows: progress.rowsRead })
				: i18n.t('imports.upload.readingStarted');
		case 'validating':
			return i18n.t('imports.upload.validating');
		case 'publishing':
			return i18n.t('imports.upload.publishing');
		case 'done':
			return i18n.t('imports.upload.done');
		default:
			return null;
	}
}

const PHASES: readonly string[] = ['waiting', 'reading', 'validating', 'publishing', 'done'];
const STATUSES: readonly unknown[] = [null, 'published', 'rejected', 'duplicate', 'failed'];

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** The progress endpoint's answer, checked (anything else is ignored, and polling goes on). */
export function parseServerProgress(value: unknown): ServerProgress | null {
	if (!isRecord(value)) return null;
	const { dataset, phase, batchId, bytesRead, rowsRead, status } = value;
	if (
		typeof dataset !== 'string' ||
		typeof phase !== 'string' ||
		!PHASES.includes(phase) ||
		(batchId !== null && typeof batchId !== 'string') ||
		typeof bytesRead !== 'number' ||
		typeof rowsRead !== 'number' ||
		!STATUSES.includes(status)
	) {
		return null;
	}
	return value as unknown as ServerProgress;
}

/** The API's error codes for a refused upload, as the codes `/importer?fel=` shows. */
const REFUSALS: Readonly<Record<string, ImportErrorCode>> = {
	UNAUTHENTICATED: 'inloggning',
	FORBIDDEN: 'behorighet',
	NOT_FOUND: 'datamangd',
	PAYLOAD_TOO_LARGE: 'for-stor',
	NO_FILE: 'saknar-fil'
};
/** By status, for an answer without a readable code (e.g. a proxy's own 413 page). */
const REFUSALS_BY_STATUS: Readonly<Record<number, ImportErrorCode>> = {
	400: 'saknar-fil',
	401: 'inloggning',
	403: 'behorighet',
	404: 'datamangd',
	413: 'for-stor'
};

/**
 * Reads the answer to the upload: `{ batchId, status, … }` (200, or 422 for a rejected file),
 * `{ error, code }` (400, 401, 403, 404, 413), anything else a failure. Status 0 is no answer.
 */
export function uploadOutcome(status: number, body: unknown): UploadOutcome {
	if (status === 0) return { kind: 'network' };
	if ((status === 200 || status === 422) && isRecord(body) && typeof body.batchId === 'string') {
		return { kind: 'imported', batchId: body.batchId };
	}
	const code = isRecord(body) && typeof body.code === 'string' ? REFUSALS[body.code] : undefined;
	const refusal = code ?? REFUSALS_BY_STATUS[status];
	return refusal ? { kind: 'refused', code: refusal } : { kind: 'failed' };
}

/** JSON, or null for an empty or non-JSON body. */
export function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
