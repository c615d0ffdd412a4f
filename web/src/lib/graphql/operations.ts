/**
 * The GraphQL operations the web sends, each with a hand-written result type that mirrors
 * exactly the fields it selects (see `api/src/schema/*\/schema.graphql`).
 */
import type { GraphQLOperation, NoVariables } from './client';
import type {
	AssessmentRule,
	DisclosureRule,
	Frequency,
	IndicatorArea,
	IndicatorUnit,
	LocalizedText,
	OrgUnitKind,
	Polarity,
	Principal
} from './types';

/** `OrgUnit` as selected by the start page. */
export interface OrgUnitSummary {
	code: string;
	name: string;
	kind: OrgUnitKind;
	parentCode: string | null;
}

/** `Indicator` as selected by the start page. */
export interface IndicatorDetails {
	id: string;
	version: number;
	title: LocalizedText;
	shortTitle: LocalizedText;
	area: IndicatorArea;
	definition: LocalizedText;
	rationale: LocalizedText;
	numerator: LocalizedText;
	denominator: LocalizedText;
	source: LocalizedText;
	method: LocalizedText;
	caveats: LocalizedText | null;
	unit: IndicatorUnit;
	polarity: Polarity;
	principal: Principal;
	frequency: Frequency;
	assessment: AssessmentRule;
	disclosure: DisclosureRule;
	ownerGroup: string;
	validFrom: string;
	nextReviewDate: string;
}

export interface StartPageData {
	orgUnits: OrgUnitSummary[];
	indicators: IndicatorDetails[];
}

/** Everything the start page shows, in one request. */
export const START_PAGE_QUERY: GraphQLOperation<StartPageData, NoVariables> = {
	operationName: 'StartPage',
	query: /* GraphQL */ `
		query StartPage {
			orgUnits {
				code
				name
				kind
				parentCode
			}
			indicators {
				id
				version
				title { sv en }
				shortTitle { sv en }
				area
				definition { sv en }
				rationale { sv en }
				numerator { sv en }
				denominator { sv en }
				source { sv en }
				method { sv en }
				caveats { sv en }
				unit
				polarity
				principal
				frequency
				assessment { method green yellow }
				disclosure { minDenominator minCell }
				ownerGroup
				validFrom
				nextReviewDate
			}
		}
	`
};
