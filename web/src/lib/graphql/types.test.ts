import { describe, expect, it } from 'vitest';
import { enumValueMappings } from '../../../../api/src/schema/enums.ts';
import { readTypeDefs } from '../../../../api/src/schema/files.ts';
import {
	ASSESSMENT_METHODS,
	COUNTY_COMPARISONS,
	FREQUENCIES,
	GREY_REASONS,
	IMPORT_POLICIES,
	IMPORT_STATUSES,
	INDICATOR_AREAS,
	INDICATOR_UNITS,
	MISSING_REASONS,
	ORG_UNIT_KINDS,
	PERIOD_TYPES,
	POLARITIES,
	PRINCIPALS,
	ROLES,
	STATUSES,
	SURVEY_REFUSALS,
	TREND_DIRECTIONS
} from './types';

/** The web's hand-written enum mirrors must list exactly the values the API's SDL defines. */
describe('web GraphQL types', () => {
	const sdlEnums = enumValueMappings(readTypeDefs());
	const mirrors: Record<string, readonly string[]> = {
		OrgUnitKind: ORG_UNIT_KINDS,
		IndicatorArea: INDICATOR_AREAS,
		Polarity: POLARITIES,
		Principal: PRINCIPALS,
		Frequency: FREQUENCIES,
		IndicatorUnit: INDICATOR_UNITS,
		AssessmentMethod: ASSESSMENT_METHODS,
		Role: ROLES,
		ImportStatus: IMPORT_STATUSES,
		ImportPolicy: IMPORT_POLICIES,
		PeriodType: PERIOD_TYPES,
		MissingReason: MISSING_REASONS,
		Status: STATUSES,
		GreyReason: GREY_REASONS,
		TrendDirection: TREND_DIRECTIONS,
		CountyComparison: COUNTY_COMPARISONS,
		SurveyRefusal: SURVEY_REFUSALS
	};

	it.each(Object.entries(mirrors))('%s matches the SDL', (name, values) => {
		expect([...values].sort()).toEqual(Object.keys(sdlEnums[name] ?? {}).sort());
	});
});
