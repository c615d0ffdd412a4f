import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../export/table';
import type { IndicatorDetails, ReportPrint, ReportPrintValue } from '../graphql/operations';
import { createTranslator } from '../i18n/index';
import { reportCsvTable, reportExportTables } from './export';
import { comparedUnits, expectedChartCount, sectionCharts } from './print';

const text = (sv: string) => ({ sv, en: sv });
const indicator = {
	id: 'pv-bedomning-3d',
	version: 2,
	title: text('Medicinsk bedömning inom 3 dagar'),
	shortTitle: text('Bedömning 3 dagar'),
	area: 'ACCESSIBILITY',
	definition: text('Andel'),
	rationale: text('Varför'),
	numerator: text('Bedömda inom 3 dagar'),
	denominator: text('Bedömda'),
	source: text('Primärvården'),
	method: text('Wilsons intervall'),
	caveats: null,
	unit: 'PERCENT',
	polarity: 'HIGHER_IS_BETTER',
	principal: 'REGION',
	frequency: 'MONTH'
} as unknown as IndicatorDetails;

const value = (orgUnit: string, patch: Partial<ReportPrintValue> = {}): ReportPrintValue => ({
	indicatorId: indicator.id,
	orgUnit: { code: orgUnit },
	period: '2026-Q2',
	sex: 'T',
	value: 81.25,
	numerator: 65,
	denominator: 80,
	ciLow: 71.3,
	ciHigh: 88.3,
	ciLow998: 65.2,
	ciHigh998: 91.9,
	suppressed: false,
	missingReason: null,
	status: 'GREEN',
	statusBasis: 'TARGET',
	greyReason: null,
	comparedToCounty: null,
	trend: null,
	definitionVersion: 2,
	...patch
});

const section = (id: string, kind: ReportPrint['sections'][number]['kind'], title: string, area: ReportPrint['sections'][number]['area'] = null) => ({
	id,
	position: Number(id),
	kind,
	area,
	title,
	hidden: false,
	analysis: { markdown: 'Väntetiderna minskar.', html: '' },
	conclusions: { markdown: '', html: '' },
	actions: { markdown: '', html: '' }
});

// Dals-Ed is suppressed; the API would never send its number, but if it did, no file may show it.
const report: ReportPrint = {
	id: '1',
	title: 'Kvartalsrapport – Fyrbodal – Kvartal 2 2026',
	state: 'FASTSTALLD',
	orgUnit: { code: 'FYRBODAL', name: 'Fyrbodal', kind: 'SUBREGION' },
	period: { key: '2026-Q2', type: 'QUARTER', label: text('Kvartal 2 2026') },
	keyMessages: { markdown: '', html: '' },
	approvedAt: null,
	approvedByName: null,
	sections: [section('0', 'SCORECARD', 'Sammanfattning'), section('1', 'AREA', 'Tillgänglighet', 'ACCESSIBILITY'), { ...section('2', 'COMMENTARY', 'Dolt'), hidden: true }],
	data: {
		frozen: true,
		frozenAt: '2026-07-10T10:00:00Z',
		contentHash: 'a'.repeat(64),
		periodType: 'QUARTER',
		period: '2026-Q2',
		units: [
			{ code: '14', name: 'Västra Götalands län', kind: 'COUNTY', parentCode: null },
			{ code: 'FYRBODAL', name: 'Fyrbodal', kind: 'SUBREGION', parentCode: '14' },
			{ code: '1438', name: 'Dals-Ed', kind: 'MUNICIPALITY', parentCode: 'FYRBODAL' },
			{ code: '1488', name: 'Trollhättan', kind: 'MUNICIPALITY', parentCode: 'FYRBODAL' }
		],
		indicators: [indicator],
		values: [
			value('14'),
			value('FYRBODAL'),
			value('1438', { value: 33.3, numerator: 1, denominator: 3, suppressed: true, missingReason: 'SUPPRESSED', status: 'GREY' }),
			value('1488', { value: 90 })
		],
		history: [value('FYRBODAL', { period: '2026-Q1', value: 70 }), value('FYRBODAL')],
		batches: [{ id: '7', dataset: 'pv_kontakter', fileName: 'kontakter.csv', finishedAt: '2026-07-01T08:00:00Z' }]
	}
};

describe('a report’s downloads', () => {
	const i18n = createTranslator('sv');

	it('writes a sheet per visible section, the summary for the unit and its parents, an area for every unit', () => {
		const tables = reportExportTables(i18n, report);
		expect(tables.map((t) => t.sheetName)).toEqual(['Sammanfattning', 'Tillgänglighet']);
		expect(tables[0]!.rows.map((row) => row[2])).toEqual(['FYRBODAL', '14']);
		expect(tables[1]!.rows.map((row) => row[2])).toEqual(['FYRBODAL', '14', '1438', '1488']);
		expect(tables[1]!.columns.map((c) => c.header)).toEqual(expect.arrayContaining(['ki95_nedre', 'ki998_övre', 'undertryckt', 'orsak', 'metod']));
	});

	it('writes a suppressed value as its mark with no number anywhere in its row', () => {
		const csv = tableToCsv(reportCsvTable(i18n, report));
		const dalsEd = csv.split('\r\n').find((line) => line.includes(';1438;'))!;
		expect(dalsEd).toBe(
			'Tillgänglighet;pv-bedomning-3d;Bedömning 3 dagar;1438;Dals-Ed;Kvartal;2026-Q2;;;..;;;;;;;ja;För få – undertryckt;2;Wilsons intervall'
		);
		expect(dalsEd).not.toMatch(/33|;1;|;3;/);
		expect(csv).toContain('Tillgänglighet;pv-bedomning-3d;Bedömning 3 dagar;1488;Trollhättan;Kvartal;2026-Q2;65;80;90;71,3;88,3;65,2;91,9;');
	});
});

describe('what the print page draws', () => {
	it('charts an area section’s indicators: the trend of the unit and the units below it, best first', () => {
		expect(comparedUnits(report).map((u) => u.code)).toEqual(['1438', '1488']);
		const [charts] = sectionCharts(report, report.sections[1]!);
		expect(charts!.trend!.map((v) => v.period)).toEqual(['2026-Q1', '2026-Q2']);
		// Trollhättan has a value, Dals-Ed is suppressed: last.
		expect(charts!.comparison!.map((c) => c.unit.code)).toEqual(['1488', '1438']);
		expect(sectionCharts(report, report.sections[0]!)).toEqual([]);
		expect(expectedChartCount(report)).toBe(2);
	});
});
