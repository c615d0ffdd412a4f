/**
 * A unit profile's rows as the page shows them: per indicator the scorecard cell (value, status
 * symbol and words, trend arrow and words), the county's value, the spread of the unit's level
 * with its ends named (worst–best, or lowest–highest without a polarity), the spine chart's
 * layout, and the sentence that stands for the chart for those who cannot see it.
 */
import { spineLayout, type SpineLayout } from '../charts/spine';
import type { ProfileIndicator, UnitProfile, UnitProfileRow } from '../graphql/operations';
import type { OrgUnitKind } from '../graphql/types';
import type { Translator } from '../i18n/index';
import { groupByArea, type AreaGroup } from '../indicators/format';
import { cellView, formatCellValue, type CellView } from '../scorecard/cells';

export interface ProfileRowView {
	area: ProfileIndicator['area'];
	indicator: ProfileIndicator;
	cell: CellView;
	/** The county's value, formatted; null when it has none. */
	county: string | null;
	/** "sämst 40,0 % – bäst 90,0 %"; null when no unit of the level has a value. */
	spread: string | null;
	/** "4 kommuner med värde". */
	spreadUnits: string | null;
	layout: SpineLayout | null;
	/** The chart in words. */
	summary: string;
}

/** The levels a unit can be placed among; the county is placed among its municipalities. */
type RangeLevel = Extract<OrgUnitKind, 'SUBREGION' | 'MUNICIPALITY'>;

function rangeLevelOf(kind: OrgUnitKind): RangeLevel {
	return kind === 'SUBREGION' ? 'SUBREGION' : 'MUNICIPALITY';
}

export function profileRow(i18n: Translator, unitName: string, level: OrgUnitKind, row: UnitProfileRow): ProfileRowView {
	const { indicator, value, countyValue, range } = row;
	const format = (number: number) => formatCellValue(i18n, number, indicator.unit);
	const cell = cellView(i18n, value, indicator.unit);
	const layout = spineLayout({ value: value.value, county: countyValue, range, polarity: indicator.polarity });
	const rangeLevel = rangeLevelOf(level);
	const county = countyValue === null ? null : format(countyValue);
	const spread = layout
		? i18n.t(layout.ends === 'worst-best' ? 'profile.spread.worstBest' : 'profile.spread.lowHigh', {
				left: format(layout.left),
				right: format(layout.right)
			})
		: null;
	const spreadUnits = range ? i18n.t(`profile.spreadUnits.${rangeLevel}`, { count: range.units }) : null;

	const sentences = [
		cell.isMarker
			? i18n.t('profile.summary.absent', { unit: unitName, reason: cell.statusText })
			: i18n.t('profile.summary.value', { unit: unitName, value: cell.text, status: cell.statusText }),
		county === null ? i18n.t('profile.summary.noCounty') : i18n.t('profile.summary.county', { county }),
		spread === null
			? i18n.t(`profile.noSpread.${rangeLevel}`)
			: i18n.t(`profile.summary.spread.${rangeLevel}`, { spread, count: range?.units ?? 0 })
	];
	if (cell.trendText) sentences.push(i18n.t('profile.summary.trend', { trend: cell.trendText }));
	return { area: indicator.area, indicator, cell, county, spread, spreadUnits, layout, summary: sentences.join(' ') };
}

/** The rows by area, in the API's order (the catalogue's). */
export function profileRows(i18n: Translator, profile: UnitProfile): AreaGroup<ProfileRowView>[] {
	const { name, kind } = profile.orgUnit;
	return groupByArea(profile.rows.map((row) => profileRow(i18n, name, kind, row)));
}
