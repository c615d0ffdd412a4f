import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../export/table';
import type { IndicatorDetails, IndicatorPeriodValue } from '../graphql/operations';
import { createTranslator } from '../i18n/index';
import { indicatorExportTable } from './export';

const text = (sv: string) => ({ sv, en: sv });
const indicator = { id: 'uk-dagar', unit: 'DAYS', method: text('Medelvärde; dagar'), version: 2 } as IndicatorDetails;
const base: IndicatorPeriodValue = {
	period: '2026-Q1',
	sex: 'T',
	value: 12.345,
	numerator: 247,
	denominator: 20,
	ciLow: 10.1,
	ciHigh: 14.55,
	ciLow998: 9.2,
	ciHigh998: 15.5,
	suppressed: false,
	missingReason: null,
	status: 'RED',
	statusBasis: 'TARGET',
	greyReason: null,
	comparedToCounty: 'WORSE',
	trend: { direction: 'IMPROVING' },
	definitionVersion: 2
};
// What a careless API might send: numbers on a suppressed value must still not reach the file.
const suppressed: IndicatorPeriodValue = { ...base, suppressed: true, value: null, missingReason: 'SUPPRESSED', status: 'GREY', comparedToCounty: null, trend: null };
const unit = (code: string, name: string) => ({ code, name, kind: 'MUNICIPALITY' as const });

describe('indicatorExportTable', () => {
	it('writes one row per unit and period with rounded numbers, texts, and no numbers for a suppressed value', () => {
		const table = indicatorExportTable(createTranslator('sv'), {
			indicator,
			periodType: 'QUARTER',
			groups: [
				{ unit: unit('1484', 'Lysekil'), values: [base] },
				{ unit: unit('1438', 'Dals-Ed'), values: [suppressed] },
				// Lysekil again (in the comparison): once is enough.
				{ unit: unit('1484', 'Lysekil'), values: [base] }
			]
		});
		const lines = tableToCsv(table).split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toBe(
			'uk-dagar;1484;Lysekil;Kvartal;2026-Q1;T;247;20;12,35;10,1;14,55;9,2;15,5;Röd: når inte målet;Säkert sämre än länet;förbättras;nej;;2;"Medelvärde; dagar"'
		);
		expect(lines[2]).toBe('uk-dagar;1438;Dals-Ed;Kvartal;2026-Q1;T;;;;;;;;;;;ja;För få – undertryckt;2;"Medelvärde; dagar"');
	});
});
