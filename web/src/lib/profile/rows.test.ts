import { describe, expect, it } from 'vitest';
import type { UnitProfileRow } from '../graphql/operations';
import { createTranslator } from '../i18n/index';
import { profileRow } from './rows';

const sv = createTranslator('sv');

interface RowFields extends Partial<Omit<UnitProfileRow, 'value' | 'indicator'>> {
	indicator?: Partial<UnitProfileRow['indicator']>;
	value?: Partial<UnitProfileRow['value']>;
}

const row = (fields: RowFields): UnitProfileRow => ({
	indicator: {
		id: 'uk-dagar',
		shortTitle: { sv: 'Utskrivningsklara dagar', en: 'Days ready for discharge' },
		area: 'CARE_TRANSITIONS',
		principal: 'JOINT',
		unit: 'DAYS',
		polarity: 'LOWER_IS_BETTER',
		...fields.indicator
	},
	countyValue: fields.countyValue === undefined ? 4 : fields.countyValue,
	range: fields.range === undefined ? { lowest: 2, highest: 9, units: 40 } : fields.range,
	value: {
		value: 3,
		suppressed: false,
		missingReason: null,
		status: 'GREEN',
		statusBasis: 'SIGNIFICANCE_VS_COUNTY',
		greyReason: null,
		trend: { direction: 'NO_SIGNIFICANT_CHANGE' },
		ciLow: 2.5,
		ciHigh: 3.5,
		comparedToCounty: 'BETTER',
		...fields.value
	}
});

describe('profileRow', () => {
	it('names the ends worst and best, flipped when lower is better, and says the chart in words', () => {
		const view = profileRow(sv, 'Borås', 'MUNICIPALITY', row({}));
		expect(view.spread).toBe('sämst 9,0 – bäst 2,0');
		expect(view.spreadUnits).toBe('40 kommuner med värde');
		expect(view.county).toBe('4,0');
		expect(view.layout).toMatchObject({ left: 9, right: 2, countyAt: 0.5 });
		expect(view.layout!.valueAt).toBeCloseTo(0.75, 10);
		expect(view.summary).toBe(
			'Borås: 3,0, Grön: säkert bättre än länet. Länet: 4,0. Kommunerna: sämst 9,0 – bäst 2,0 (40 kommuner). Trend: ingen säker förändring.'
		);
	});

	it('explains a suppressed value and places no marker; a sub-region among the sub-regions', () => {
		const view = profileRow(
			sv,
			'Fyrbodal',
			'SUBREGION',
			row({ value: { value: null, suppressed: true, missingReason: 'SUPPRESSED', status: 'GREY', trend: null }, range: { lowest: 2, highest: 9, units: 3 } })
		);
		expect([view.cell.text, view.cell.statusText, view.layout?.valueAt]).toEqual(['..', 'För få – undertryckt', null]);
		expect(view.summary).toBe('Fyrbodal: För få – undertryckt. Länet: 4,0. Delregionerna: sämst 9,0 – bäst 2,0 (3 delregioner).');
	});

	it('says low to high without a polarity, and when there is nothing to compare with', () => {
		const neutral = profileRow(sv, 'Ale', 'MUNICIPALITY', row({ indicator: { polarity: 'NO_JUDGEMENT' } }));
		expect(neutral.spread).toBe('lägst 2,0 – högst 9,0');
		const alone = profileRow(sv, 'Västra Götalands län', 'COUNTY', row({ range: null, countyValue: null }));
		expect([alone.layout, alone.spread, alone.county]).toEqual([null, null, null]);
		expect(alone.summary).toContain('Länet saknar värde. Ingen kommun har ett värde att jämföra med.');
	});
});
