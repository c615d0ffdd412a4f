import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import {
	announcedPercent,
	announcedSendingText,
	formatBytes,
	parseServerProgress,
	phaseText,
	progressUrl,
	sendingText,
	uploadOutcome,
	uploadPercent,
	uploadToken,
	uploadUrl,
	type ServerProgress
} from './upload';

const sv = createTranslator('sv');
const en = createTranslator('en');
const NBSP = '\u00a0';

const progress = (changes: Partial<ServerProgress>): ServerProgress => ({
	dataset: 'pv_kontakter',
	phase: 'reading',
	batchId: '7',
	bytesRead: 0,
	rowsRead: 0,
	status: null,
	...changes
});

describe('addresses and tokens', () => {
	it('posts to the form action with the token, and asks for progress by the token', () => {
		expect(uploadUrl('/api/import/pv_kontakter', 'abc-123')).toBe(
			'/api/import/pv_kontakter?upload=abc-123'
		);
		expect(progressUrl('abc-123')).toBe('/api/import/progress/abc-123');
	});

	it('makes tokens the API accepts, with or without randomUUID (plain HTTP)', () => {
		const pattern = /^[A-Za-z0-9-]{16,64}$/;
		expect(uploadToken()).toMatch(pattern);
		const token = uploadToken({ getRandomValues: (array) => crypto.getRandomValues(array) });
		expect(token).toMatch(/^[0-9a-f]{32}$/);
		expect(token).toMatch(pattern);
		expect(uploadToken()).not.toBe(uploadToken());
	});
});

describe('upload progress', () => {
	it('counts whole percent, rounded down, and 0 before anything is known', () => {
		expect(uploadPercent(0, 100)).toBe(0);
		expect(uploadPercent(42.9, 100)).toBe(42);
		expect(uploadPercent(999, 1000)).toBe(99);
		expect(uploadPercent(1000, 1000)).toBe(100);
		expect(uploadPercent(1200, 1000)).toBe(100);
		expect(uploadPercent(10, 0)).toBe(0);
		expect(uploadPercent(Number.NaN, 10)).toBe(0);
	});

	it('tells screen readers the percent in steps of ten', () => {
		expect([0, 9, 10, 42, 99, 100].map(announcedPercent)).toEqual([0, 0, 10, 40, 90, 100]);
	});

	it('formats sizes in the page language', () => {
		expect(formatBytes(sv, 950)).toBe('950 B');
		expect(formatBytes(sv, 12 * 1024 + 300)).toBe('12 kB');
		expect(formatBytes(sv, 21.44 * 1024 * 1024)).toBe('21,4 MB');
		expect(formatBytes(sv, 150 * 1024 * 1024)).toBe('150 MB');
		expect(formatBytes(en, 21.44 * 1024 * 1024)).toBe('21.4 MB');
	});

	it('says how much has been sent, then that the file is there', () => {
		const total = 20 * 1024 * 1024;
		expect(sendingText(sv, total * 0.425, total)).toBe(`Laddar upp … 42${NBSP}% (8,5 MB av 20 MB)`);
		expect(sendingText(en, total * 0.425, total)).toBe('Uploading … 42% (8.5 MB of 20 MB)');
		expect(sendingText(sv, total, total)).toBe('Filen är uppladdad (20 MB).');
		expect(announcedSendingText(sv, total * 0.425, total)).toBe(`Laddar upp … 40${NBSP}%`);
		expect(announcedSendingText(en, total, total)).toBe('The file has been uploaded (20 MB).');
	});
});

describe('phaseText', () => {
	it('names what the server is doing, with the rows read so far', () => {
		expect(phaseText(sv, null)).toBeNull();
		expect(phaseText(sv, progress({ phase: 'waiting', batchId: null }))).toBe(
			'Väntar på att en annan import av samma datamängd ska bli klar …'
		);
		expect(phaseText(sv, progress({ rowsRead: 0 }))).toBe('Läser filen …');
		expect(phaseText(sv, progress({ rowsRead: 1 }))).toBe('Läser filen – 1 rad');
		expect(phaseText(sv, progress({ rowsRead: 120_000 }))).toBe(`Läser filen – 120${NBSP}000 rader`);
		expect(phaseText(en, progress({ rowsRead: 120_000 }))).toBe('Reading the file – 120,000 rows');
		expect(phaseText(sv, progress({ phase: 'validating' }))).toBe('Kontrollerar raderna …');
		expect(phaseText(sv, progress({ phase: 'publishing' }))).toBe('Publicerar …');
		expect(phaseText(en, progress({ phase: 'publishing' }))).toBe('Publishing …');
		expect(phaseText(sv, progress({ phase: 'done', status: 'published' }))).toBe(
			'Klart – resultatet visas strax.'
		);
	});
});

describe('parseServerProgress', () => {
	it('accepts the progress endpoint’s answer and nothing else', () => {
		const answer = progress({ rowsRead: 10_000, bytesRead: 700_000 });
		expect(parseServerProgress(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
		expect(parseServerProgress(progress({ phase: 'done', status: 'failed' }))).not.toBeNull();
		expect(parseServerProgress(null)).toBeNull();
		expect(parseServerProgress({ error: 'Ingen sådan uppladdning', code: 'NOT_FOUND' })).toBeNull();
		expect(parseServerProgress({ ...answer, phase: 'thinking' })).toBeNull();
		expect(parseServerProgress({ ...answer, rowsRead: '10' })).toBeNull();
		expect(parseServerProgress({ ...answer, status: 'maybe' })).toBeNull();
	});
});

describe('uploadOutcome', () => {
	it('leads to the import for published, duplicate and rejected files', () => {
		const imported = (batchId: string) => ({ kind: 'imported', batchId });
		expect(uploadOutcome(200, { batchId: '12', status: 'published' })).toEqual(imported('12'));
		expect(uploadOutcome(200, { batchId: '13', status: 'duplicate' })).toEqual(imported('13'));
		expect(uploadOutcome(422, { batchId: '14', status: 'rejected' })).toEqual(imported('14'));
	});

	it('reads the API’s refusals as the codes of /importer?fel=', () => {
		const refused = (status: number, code: string) => uploadOutcome(status, { error: '…', code });
		expect(refused(401, 'UNAUTHENTICATED')).toEqual({ kind: 'refused', code: 'inloggning' });
		expect(refused(403, 'FORBIDDEN')).toEqual({ kind: 'refused', code: 'behorighet' });
		expect(refused(404, 'NOT_FOUND')).toEqual({ kind: 'refused', code: 'datamangd' });
		expect(refused(413, 'PAYLOAD_TOO_LARGE')).toEqual({ kind: 'refused', code: 'for-stor' });
		expect(refused(400, 'NO_FILE')).toEqual({ kind: 'refused', code: 'saknar-fil' });
		// A proxy's own page in front of the API.
		expect(uploadOutcome(413, null)).toEqual({ kind: 'refused', code: 'for-stor' });
	});

	it('tells a broken connection from a failed import', () => {
		expect(uploadOutcome(0, null)).toEqual({ kind: 'network' });
		expect(uploadOutcome(500, { error: 'Internt fel / internal error' })).toEqual({ kind: 'failed' });
		expect(uploadOutcome(502, null)).toEqual({ kind: 'failed' });
		expect(uploadOutcome(200, { status: 'published' })).toEqual({ kind: 'failed' });
	});
});
