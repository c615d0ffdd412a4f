import { describe, expect, it } from 'vitest';
import { codeCsvRows, codeFormQuery, type CodeField, parseCodeForm, readCodeFormQuery } from './codes';

const valid: Record<CodeField, string> = {
	questionnaire: '7',
	unit: '1481',
	'period-start': '2026-10-01',
	'period-end': '2026-10-31',
	count: ' 25 '
};
const read = (values: Partial<Record<CodeField, string>>) => (field: CodeField) => values[field] ?? '';

describe('parseCodeForm', () => {
	it('turns a complete form into the API input', () => {
		expect(parseCodeForm(read(valid))).toEqual({
			values: { ...valid, count: '25' },
			problems: [],
			request: { questionnaireId: '7', orgUnitCode: '1481', periodStart: '2026-10-01', periodEnd: '2026-10-31', count: 25 }
		});
	});

	it('names every problem: missing choices, bad or reversed days, a count out of range', () => {
		expect(parseCodeForm(read({})).problems).toEqual(['questionnaire', 'unit', 'period-start', 'period-end', 'count']);
		const reversed = { ...valid, 'period-start': '2026-10-31', 'period-end': '2026-10-01' };
		expect(parseCodeForm(read(reversed)).problems).toEqual(['period-order']);
		for (const count of ['0', '10001', '2.5', '-1', 'tio']) {
			expect(parseCodeForm(read({ ...valid, count })).problems).toEqual(['count']);
		}
		expect(parseCodeForm(read({ ...valid, count: '10000' })).request?.count).toBe(10_000);
		expect(parseCodeForm(read({ ...valid, 'period-end': '2026-13-45' })).problems).toEqual(['period-end']);
	});
});

describe('the query a refused form comes back with', () => {
	it('carries the problems and the values, and ignores problems it does not know', () => {
		const query = codeFormQuery({ ...valid, count: '0', questionnaire: '' }, ['count', 'questionnaire']);
		const back = readCodeFormQuery(new URLSearchParams(query));
		expect(back).toEqual({ values: { ...valid, count: '0', questionnaire: '' }, problems: ['count', 'questionnaire'] });
		expect(readCodeFormQuery(new URLSearchParams('fel=count,<script>')).problems).toEqual(['count']);
	});
});

describe('codeCsvRows', () => {
	it('has a header, then one row a code with what it is for', () => {
		const about = { questionnaire: 'Patientens upplevelse', unit: 'Mölndal', periodStart: '2026-10-01', periodEnd: '2026-10-31' };
		expect(codeCsvRows(['AAAA-BBBB-CCCC', 'DDDD-EEEE-FFFF'], about)).toEqual([
			['kod', 'enkät', 'enhet', 'period från', 'period till'],
			['AAAA-BBBB-CCCC', 'Patientens upplevelse', 'Mölndal', '2026-10-01', '2026-10-31'],
			['DDDD-EEEE-FFFF', 'Patientens upplevelse', 'Mölndal', '2026-10-01', '2026-10-31']
		]);
	});
});
