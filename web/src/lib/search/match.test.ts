import { describe, expect, it } from 'vitest';
import type { SearchData } from '../graphql/operations';
import { createTranslator } from '../i18n/index';
import { searchCatalogue } from './catalogue';
import { matchRank, normalise, search } from './match';

const sv = createTranslator('sv');
const en = createTranslator('en');

const text = (sv: string, en = sv) => ({ sv, en });
const data: SearchData = {
	indicators: [
		{ id: 'pv-bedomning-3d', title: text('Medicinsk bedömning inom 3 dagar', 'Medical assessment within 3 days'), shortTitle: text('Bedömning inom 3 dagar', 'Assessment within 3 days'), area: 'ACCESSIBILITY' },
		{ id: 'hk-nojdhet-hemtjanst', title: text('Nöjdhet med hemtjänsten', 'Satisfaction with home care'), shortTitle: text('Nöjdhet hemtjänst', 'Home care satisfaction'), area: 'ELDERLY_CARE' },
		{ id: 'uk-dagar', title: text('Dagar som utskrivningsklar', 'Days ready for discharge'), shortTitle: text('Utskrivningsklara dagar'), area: 'CARE_TRANSITIONS' }
	],
	orgUnits: [
		{ code: '14', name: 'Västra Götalands län', kind: 'COUNTY' },
		{ code: 'FYRBODAL', name: 'Fyrbodal', kind: 'SUBREGION' },
		{ code: 'GR', name: 'Göteborgsregionen', kind: 'SUBREGION' },
		{ code: 'SJUHARAD', name: 'Sjuhärad (Boråsregionen)', kind: 'SUBREGION' },
		{ code: '1480', name: 'Göteborg', kind: 'MUNICIPALITY' },
		{ code: '1490', name: 'Borås', kind: 'MUNICIPALITY' },
		{ code: '1481', name: 'Mölndal', kind: 'MUNICIPALITY' },
		{ code: 'VC1', name: 'Vårdcentralen Göteborg', kind: 'CARE_UNIT' }
	]
};

const names = (query: string, i18n = sv) => {
	const results = searchCatalogue(i18n, data, query);
	return { indicators: results.indicators.map((i) => i.id), units: results.units.map((u) => u.name) };
};

describe('normalise', () => {
	it('drops case and accents, å and ä to a, ö to o', () => {
		expect(normalise('  Västra  GÖTALANDS Län ')).toBe('vastra gotalands lan');
		expect(normalise('Åmål')).toBe('amal');
		expect(normalise('Café')).toBe('cafe');
	});
});

describe('matchRank', () => {
	it('ranks an exact name or code above a beginning, a word beginning and anything within', () => {
		expect(matchRank('göteborg', ['Göteborg', '1480'])).toBe(0);
		expect(matchRank('1480', ['Göteborg', '1480'])).toBe(0);
		expect(matchRank('gote', ['Göteborgsregionen', 'GR'])).toBe(1);
		expect(matchRank('boras', ['Sjuhärad (Boråsregionen)', 'SJUHARAD'])).toBe(2);
		expect(matchRank('3 dagar bedömning', ['Bedömning inom 3 dagar'])).toBe(2);
		expect(matchRank('regionen', ['Göteborgsregionen'])).toBe(3);
	});

	it('needs every word typed, and finds by the other words without ranking by them', () => {
		expect(matchRank('göteborg 1490', ['Göteborg', '1480'])).toBeNull();
		expect(matchRank('kommun', ['Göteborg', '1480'], ['Kommun'])).toBe(3);
		expect(matchRank('', ['Göteborg'])).toBeNull();
		expect(matchRank('   ', ['Göteborg'])).toBeNull();
	});
});

describe('search', () => {
	it('keeps the given order among equally good matches', () => {
		const candidates = ['Ale', 'Alingsås', 'Vårgårda'].map((name) => ({ item: name, names: [name] }));
		expect(search('a', candidates)).toEqual(['Ale', 'Alingsås', 'Vårgårda']);
		expect(search('alingsas', candidates)).toEqual(['Alingsås']);
	});
});

describe('searchCatalogue', () => {
	it('finds units by name or SCB code, accents and case aside, the exact one first', () => {
		expect(names('göteborg').units).toEqual(['Göteborg', 'Göteborgsregionen']);
		expect(names('GOTEBORG').units).toEqual(['Göteborg', 'Göteborgsregionen']);
		expect(names('1480')).toEqual({ indicators: [], units: ['Göteborg'] });
		expect(names('Fyrbodal').units).toEqual(['Fyrbodal']);
		expect(names('molndal').units).toEqual(['Mölndal']);
		// The county, by a word of its name or its code.
		expect(names('vastra').units).toEqual(['Västra Götalands län']);
		expect(names('14').units).toEqual(['Västra Götalands län', 'Göteborg', 'Borås', 'Mölndal']);
	});

	it('finds indicators by id, title, short title and area, in the language shown', () => {
		expect(names('uk-dagar').indicators).toEqual(['uk-dagar']);
		expect(names('hemtjanst').indicators).toEqual(['hk-nojdhet-hemtjanst']);
		expect(names('utskrivningsklar').indicators).toEqual(['uk-dagar']);
		expect(names('tillgänglighet').indicators).toEqual(['pv-bedomning-3d']);
		expect(names('home care', en).indicators).toEqual(['hk-nojdhet-hemtjanst']);
		expect(names('accessibility', en).indicators).toEqual(['pv-bedomning-3d']);
	});

	it('leaves out care units, and finds nothing for what is not there', () => {
		expect(names('vårdcentralen').units).toEqual([]);
		expect(names('xyzzy')).toEqual({ indicators: [], units: [] });
		expect(names('')).toEqual({ indicators: [], units: [] });
	});
});
