import { describe, expect, it } from 'vitest';
import { IMPORT_STATUSES } from '../graphql/types';
import {
	batchPath,
	compactPeriods,
	DEFAULT_REJECTS_PAGE_SIZE,
	IMPORT_STATUS_MARKERS,
	importErrorCode,
	isBatchId,
	parseRejectsPaging,
	rejectsPageHref
} from './batches';

describe('importErrorCode', () => {
	it('knows the codes the API redirects with, and nothing else', () => {
		for (const code of ['inloggning', 'behorighet', 'datamangd', 'for-stor', 'saknar-fil']) {
			expect(importErrorCode(code)).toBe(code);
		}
		expect(importErrorCode(null)).toBeNull();
		expect(importErrorCode('')).toBeNull();
		expect(importErrorCode('<script>')).toBeNull();
	});
});

describe('IMPORT_STATUS_MARKERS', () => {
	it('gives every status a symbol of its own', () => {
		const markers = IMPORT_STATUSES.map((status) => IMPORT_STATUS_MARKERS[status]);
		expect(new Set(markers).size).toBe(IMPORT_STATUSES.length);
	});
});

describe('compactPeriods', () => {
	it('joins consecutive months, across a new year too', () => {
		expect(compactPeriods(['2026-03'])).toEqual(['2026-03']);
		expect(compactPeriods(['2026-02', '2026-01', '2026-03', '2026-05'])).toEqual([
			'2026-01–2026-03',
			'2026-05'
		]);
		expect(compactPeriods(['2025-11', '2025-12', '2026-01'])).toEqual(['2025-11–2026-01']);
	});

	it('joins consecutive years', () => {
		expect(compactPeriods(['2024', '2023', '2025', '2020'])).toEqual(['2020', '2023–2025']);
	});

	it('drops duplicates and lists anything unexpected as it is', () => {
		expect(compactPeriods([])).toEqual([]);
		expect(compactPeriods(['2026-01', '2026-01'])).toEqual(['2026-01']);
		expect(compactPeriods(['2025', '2025-12', 'Q1'])).toEqual(['2025', '2025-12', 'Q1']);
	});
});

describe('rejects paging', () => {
	const params = (query: string) => new URLSearchParams(query);

	it('starts at the first page of the default size', () => {
		expect(parseRejectsPaging(params(''))).toEqual({
			first: DEFAULT_REJECTS_PAGE_SIZE,
			after: null,
			from: 1
		});
	});

	it('reads the page size, the cursor and the number of the first reject', () => {
		expect(parseRejectsPaging(params('antal=2&efter=4:3&fran=3'))).toEqual({
			first: 2,
			after: '4:3',
			from: 3
		});
		expect(parseRejectsPaging(params('antal=5000')).first).toBe(1000);
	});

	it('ignores what is malformed', () => {
		expect(parseRejectsPaging(params('antal=0&efter=x&fran=-1'))).toEqual({
			first: DEFAULT_REJECTS_PAGE_SIZE,
			after: null,
			from: 1
		});
		expect(parseRejectsPaging(params('antal=2.5&efter=4:3&fran=abc'))).toEqual({
			first: DEFAULT_REJECTS_PAGE_SIZE,
			after: '4:3',
			from: 1
		});
		// A number without a cursor is the first page.
		expect(parseRejectsPaging(params('fran=51')).from).toBe(1);
	});

	it('writes the address of a page, leaving out the defaults', () => {
		expect(rejectsPageHref('12', { first: DEFAULT_REJECTS_PAGE_SIZE, after: null, from: 1 })).toBe(
			'/importer/12'
		);
		expect(rejectsPageHref('12', { first: 2, after: '4:3', from: 3 })).toBe(
			'/importer/12?antal=2&efter=4%3A3&fran=3'
		);
		const paging = { first: 2, after: '4:3', from: 3 };
		const href = new URL(rejectsPageHref('12', paging), 'http://samsyn.test');
		expect(parseRejectsPaging(href.searchParams)).toEqual(paging);
	});

	it('knows batch ids and their paths', () => {
		expect(isBatchId('12')).toBe(true);
		expect(isBatchId('12a')).toBe(false);
		expect(isBatchId('')).toBe(false);
		expect(batchPath('12')).toBe('/importer/12');
	});
});
