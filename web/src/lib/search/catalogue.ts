/**
 * What the search page finds: indicators (by id, title, short title and area, in both languages)
 * and units (the county, the sub-regions and the municipalities, by name and code), each group
 * best match first.
 */
import type { SearchData } from '../graphql/operations';
import type { Translator } from '../i18n/index';
import { search } from './match';

export type IndicatorHit = SearchData['indicators'][number];
export type UnitHit = SearchData['orgUnits'][number];

export interface SearchResults {
	indicators: IndicatorHit[];
	units: UnitHit[];
}

export function searchCatalogue(i18n: Translator, data: SearchData, query: string): SearchResults {
	const indicators = search(
		query,
		data.indicators.map((indicator) => ({
			item: indicator,
			names: [indicator.id, indicator.shortTitle.sv, indicator.shortTitle.en, indicator.title.sv, indicator.title.en],
			also: [i18n.t(`area.${indicator.area}`)]
		}))
	);
	const units = search(
		query,
		data.orgUnits
			// Care units have no profile to lead to.
			.filter((unit) => unit.kind !== 'CARE_UNIT')
			.map((unit) => ({ item: unit, names: [unit.name, unit.code], also: [i18n.t(`orgUnitKind.${unit.kind}`)] }))
	);
	return { indicators, units };
}
