/**
 * Hand-written TypeScript mirrors of the GraphQL SDL served at `/graphql`
 * (see `api/src/schema/*\/schema.graphql`). Only what the web needs; keep in step with the SDL.
 *
 * Enum values are also exported as runtime tuples so tests can check that every value
 * has a translation.
 */

/** `LocalizedText`: Swedish is always present; English falls back to Swedish. */
export interface LocalizedText {
	sv: string;
	en: string;
}

export const ORG_UNIT_KINDS = ['COUNTY', 'SUBREGION', 'MUNICIPALITY', 'CARE_UNIT'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const INDICATOR_AREAS = [
	'ACCESSIBILITY',
	'CONTINUITY',
	'CARE_TRANSITIONS',
	'ELDERLY_CARE',
	'PATIENT_EXPERIENCE'
] as const;
export type IndicatorArea = (typeof INDICATOR_AREAS)[number];

export const POLARITIES = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NO_JUDGEMENT'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const PRINCIPALS = ['REGION', 'MUNICIPALITY', 'JOINT'] as const;
export type Principal = (typeof PRINCIPALS)[number];

export const FREQUENCIES = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const INDICATOR_UNITS = [
	'PERCENT',
	'PER_THOUSAND',
	'PER_HUNDRED_THOUSAND',
	'DAYS',
	'NUMBER'
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const ASSESSMENT_METHODS = [
	'TARGET',
	'RELATIVE_QUARTILES',
	'SIGNIFICANCE_VS_COUNTY',
	'NONE'
] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** `Role`: ADMIN is global, the others are granted on an organisation unit. */
export const ROLES = ['ADMIN', 'EDITOR', 'REVIEWER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** `AssessmentRule`. `green`/`yellow` are only set for `TARGET`. */
export interface AssessmentRule {
	method: AssessmentMethod;
	green: number | null;
	yellow: number | null;
}

/** `DisclosureRule`. */
export interface DisclosureRule {
	minDenominator: number;
	minCell: number;
}

/** `ImportStatus`: how an import of a file ended (or that it is still running). */
export const IMPORT_STATUSES = ['RUNNING', 'PUBLISHED', 'REJECTED', 'DUPLICATE', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** `ImportPolicy`: what one rejected row does to the rest of the file. */
export const IMPORT_POLICIES = ['ALL_OR_NOTHING', 'ACCEPT_VALID'] as const;
export type ImportPolicy = (typeof IMPORT_POLICIES)[number];

/* ---------- Indicator values ---------- */

/** `PeriodType`: a rolling 12 months is labelled by its last month. */
export const PERIOD_TYPES = ['MONTH', 'QUARTER', 'YEAR', 'ROLLING_12'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** `Sex`: T everyone (totalt), K women, M men. */
export type Sex = 'T' | 'K' | 'M';

/** `MissingReason`: Kolada's `..` (suppressed), `-` (missing) and `.` (not applicable). */
export const MISSING_REASONS = ['SUPPRESSED', 'MISSING', 'NOT_APPLICABLE'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

/** `Status`: the colour of a value; never the only signal. */
export const STATUSES = ['GREEN', 'YELLOW', 'RED', 'GREY'] as const;
export type Status = (typeof STATUSES)[number];

/** `GreyReason`: why a value is grey. */
export const GREY_REASONS = [
	'SUPPRESSED',
	'MISSING',
	'NOT_APPLICABLE',
	'NOT_ASSESSED',
	'NO_COMPARATOR'
] as const;
export type GreyReason = (typeof GREY_REASONS)[number];

/** `TrendDirection`: significant at 99.8 % except NO_SIGNIFICANT_CHANGE. */
export const TREND_DIRECTIONS = [
	'IMPROVING',
	'WORSENING',
	'INCREASING',
	'DECREASING',
	'NO_SIGNIFICANT_CHANGE'
] as const;
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];

/** `CountyComparison`: a unit against the county by its 95 % interval. */
export const COUNTY_COMPARISONS = [
	'BETTER',
	'SIMILAR',
	'WORSE',
	'HIGHER',
	'LOWER',
	'NOT_COMPARED'
] as const;
export type CountyComparison = (typeof COUNTY_COMPARISONS)[number];

/* ---------- Patient surveys ---------- */

/** `SurveyRefusal`: why a survey cannot be answered. */
export const SURVEY_REFUSALS = [
	'UNKNOWN_LINK',
	'CLOSED_LINK',
	'UNKNOWN_CODE',
	'USED_CODE',
	'NOT_PUBLISHED',
	'CHANGED_VERSION',
	'RATE_LIMITED',
	'PROOF_OF_WORK_MISSING',
	'PROOF_OF_WORK_INVALID'
] as const;
export type SurveyRefusal = (typeof SURVEY_REFUSALS)[number];

