/**
 * Every GraphQL operation the web sends, each with a hand-written result type that mirrors
 * exactly the fields it selects (see `api/src/schema/*\/schema.graphql`).
 *
 * The API imports this file to build its allow-list of persisted operations, so:
 * - keep it free of imports other than `import type` (nothing of the web runs in the API);
 * - add every new document to `operations` at the end, and send only documents from there;
 * - every document is one named operation whose name equals its `operationName`.
 */
import type { GraphQLOperation, NoVariables } from './client';
import type {
	AssessmentMethod,
	AssessmentRule,
	CountyComparison,
	DisclosureRule,
	Frequency,
	GreyReason,
	ImportPolicy,
	ImportStatus,
	IndicatorArea,
	IndicatorUnit,
	LocalizedText,
	MissingReason,
	OrgUnitKind,
	PeriodType,
	Polarity,
	Principal,
	Role,
	Sex,
	Status,
	SurveyRefusal,
	TrendDirection
} from './types';
import type { SurveyContent } from '../surveys/form';

/** The fields of an indicator definition that its pages show; one list, so the pages select the same. */
const indicatorFields = `				id
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
`;

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
${indicatorFields}			}
		}
	`
};

/* ---------- Accounts ---------- */

/** `OrgUnit` as named in grants and selects. */
export interface OrgUnitName {
	code: string;
	name: string;
}

/** `RoleGrant`: `orgUnit` is null for ADMIN. */
export interface Grant {
	role: Role;
	orgUnit: OrgUnitName | null;
}

/** The logged-in user, as the root layout loads it on every request. */
export interface Viewer {
	id: string;
	email: string;
	displayName: string;
	isDemo: boolean;
	hasPassword: boolean;
	usesSingleSignOn: boolean;
	grants: Grant[];
}

/**
 * Who is logged in (null when nobody is), and whether the figures are demo data: loaded once per
 * page by the root layout.
 */
export const VIEWER_QUERY: GraphQLOperation<{ me: Viewer | null; demoData: boolean }, NoVariables> = {
	operationName: 'Viewer',
	query: /* GraphQL */ `
		query Viewer {
			demoData
			me {
				id
				email
				displayName
				isDemo
				hasPassword
				usesSingleSignOn
				grants {
					role
					orgUnit { code name }
				}
			}
		}
	`
};

export interface SingleSignOn {
	enabled: boolean;
	providerName: string | null;
	loginPath: string | null;
}

export const LOGIN_PAGE_QUERY: GraphQLOperation<{ singleSignOn: SingleSignOn }, NoVariables> = {
	operationName: 'LoginPage',
	query: /* GraphQL */ `
		query LoginPage {
			singleSignOn {
				enabled
				providerName
				loginPath
			}
		}
	`
};

export const LOGIN_MUTATION: GraphQLOperation<
	{ login: { id: string } },
	{ email: string; password: string }
> = {
	operationName: 'Login',
	query: /* GraphQL */ `
		mutation Login($email: String!, $password: String!) {
			login(email: $email, password: $password) {
				id
			}
		}
	`
};

export const LOGOUT_MUTATION: GraphQLOperation<{ logout: boolean }, NoVariables> = {
	operationName: 'Logout',
	query: /* GraphQL */ `
		mutation Logout {
			logout
		}
	`
};

export const LOGOUT_EVERYWHERE_MUTATION: GraphQLOperation<
	{ logoutEverywhere: boolean },
	NoVariables
> = {
	operationName: 'LogoutEverywhere',
	query: /* GraphQL */ `
		mutation LogoutEverywhere {
			logoutEverywhere
		}
	`
};

export const CHANGE_PASSWORD_MUTATION: GraphQLOperation<
	{ changePassword: boolean },
	{ currentPassword: string; newPassword: string }
> = {
	operationName: 'ChangePassword',
	query: /* GraphQL */ `
		mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
			changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
		}
	`
};

export const SET_PASSWORD_WITH_LINK_MUTATION: GraphQLOperation<
	{ setPasswordWithLink: boolean },
	{ token: string; newPassword: string }
> = {
	operationName: 'SetPasswordWithLink',
	query: /* GraphQL */ `
		mutation SetPasswordWithLink($token: String!, $newPassword: String!) {
			setPasswordWithLink(token: $token, newPassword: $newPassword)
		}
	`
};

/* ---------- User administration ---------- */

/** `User` as the user administration lists it. */
export interface ManagedUser {
	id: string;
	email: string;
	displayName: string;
	isDemo: boolean;
	disabled: boolean;
	hasPassword: boolean;
	usesSingleSignOn: boolean;
	grants: Grant[];
}

export interface AdminUsersData {
	users: ManagedUser[];
	county: OrgUnitName[];
	subregions: OrgUnitName[];
	municipalities: OrgUnitName[];
}

/** The accounts, and the organisation units a role can be granted on. */
export const ADMIN_USERS_QUERY: GraphQLOperation<AdminUsersData, NoVariables> = {
	operationName: 'AdminUsers',
	query: /* GraphQL */ `
		query AdminUsers {
			users {
				id
				email
				displayName
				isDemo
				disabled
				hasPassword
				usesSingleSignOn
				grants {
					role
					orgUnit { code name }
				}
			}
			county: orgUnits(kind: COUNTY) { code name }
			subregions: orgUnits(kind: SUBREGION) { code name }
			municipalities: orgUnits(kind: MUNICIPALITY) { code name }
		}
	`
};

export const CREATE_USER_MUTATION: GraphQLOperation<
	{ createUser: { id: string; email: string } },
	{ email: string; displayName: string }
> = {
	operationName: 'CreateUser',
	query: /* GraphQL */ `
		mutation CreateUser($email: String!, $displayName: String) {
			createUser(email: $email, displayName: $displayName) {
				id
				email
			}
		}
	`
};

export const GRANT_ROLE_MUTATION: GraphQLOperation<
	{ grantRole: { id: string } },
	{ userId: string; role: Role; orgUnitCode: string | null }
> = {
	operationName: 'GrantRole',
	query: /* GraphQL */ `
		mutation GrantRole($userId: ID!, $role: Role!, $orgUnitCode: String) {
			grantRole(userId: $userId, role: $role, orgUnitCode: $orgUnitCode) {
				id
			}
		}
	`
};

export const REVOKE_ROLE_MUTATION: GraphQLOperation<
	{ revokeRole: { id: string } },
	{ userId: string; role: Role; orgUnitCode: string | null }
> = {
	operationName: 'RevokeRole',
	query: /* GraphQL */ `
		mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitCode: String) {
			revokeRole(userId: $userId, role: $role, orgUnitCode: $orgUnitCode) {
				id
			}
		}
	`
};

export const DISABLE_USER_MUTATION: GraphQLOperation<
	{ disableUser: { id: string } },
	{ userId: string }
> = {
	operationName: 'DisableUser',
	query: /* GraphQL */ `
		mutation DisableUser($userId: ID!) {
			disableUser(userId: $userId) {
				id
			}
		}
	`
};

export const CREATE_PASSWORD_LINK_MUTATION: GraphQLOperation<
	{ createPasswordLink: string },
	{ userId: string }
> = {
	operationName: 'CreatePasswordLink',
	query: /* GraphQL */ `
		mutation CreatePasswordLink($userId: ID!) {
			createPasswordLink(userId: $userId)
		}
	`
};

/* ---------- Audit log ---------- */

export interface AuditEntry {
	id: string;
	occurredAt: string;
	actor: string;
	action: string;
	entityType: string;
	entityId: string;
	orgUnitCode: string | null;
	diff: string | null;
	requestId: string | null;
}

/** `AuditFilter`: every field optional; dates as YYYY-MM-DD. */
export interface AuditFilter {
	actor?: string;
	action?: string;
	entityType?: string;
	entityId?: string;
	from?: string;
	to?: string;
}

export interface AuditPage {
	entries: AuditEntry[];
	nextCursor: string | null;
}

interface AuditLogVariables extends Record<string, unknown> {
	filter: AuditFilter;
	first: number;
	before: string | null;
}

/** One page of the audit log, with the names of the organisation units it mentions. */
export const AUDIT_LOG_PAGE_QUERY: GraphQLOperation<
	{ auditLog: AuditPage; orgUnits: OrgUnitName[] },
	AuditLogVariables
> = {
	operationName: 'AuditLogPage',
	query: /* GraphQL */ `
		query AuditLogPage($filter: AuditFilter, $first: Int, $before: ID) {
			auditLog(filter: $filter, first: $first, before: $before) {
				entries {
					id
					occurredAt
					actor
					action
					entityType
					entityId
					orgUnitCode
					diff
					requestId
				}
				nextCursor
			}
			orgUnits { code name }
		}
	`
};

/** The audit log for the CSV export, a page at a time. */
export const AUDIT_LOG_EXPORT_QUERY: GraphQLOperation<{ auditLog: AuditPage }, AuditLogVariables> =
	{
		operationName: 'AuditLogExport',
		query: /* GraphQL */ `
			query AuditLogExport($filter: AuditFilter, $first: Int, $before: ID) {
				auditLog(filter: $filter, first: $first, before: $before) {
					entries {
						id
						occurredAt
						actor
						action
						entityType
						entityId
						orgUnitCode
						diff
						requestId
					}
					nextCursor
				}
			}
		`
	};

/* ---------- Imports ---------- */

/** `ImportBatch` as the list of recent imports selects it. */
export interface ImportBatchSummary {
	id: string;
	dataset: string;
	fileName: string;
	status: ImportStatus;
	policy: ImportPolicy;
	rowsTotal: number | null;
	rowsRejected: number | null;
	rowsPublished: number | null;
	/** YYYY-MM (monthly data) or YYYY. */
	periods: string[];
	startedBy: string;
	/** ISO 8601, UTC. */
	startedAt: string;
}

/** `ImportReject`: one broken row or value; `reason` is always Swedish. */
export interface ImportReject {
	lineNumber: number;
	column: string | null;
	columnNumber: number | null;
	value: string | null;
	reason: string;
}

export interface ImportRejectPage {
	rejects: ImportReject[];
	nextCursor: string | null;
	totalCount: number;
}

/** `ImportBatch` as its own page selects it, with one page of rejects. */
export interface ImportBatchDetails extends ImportBatchSummary {
	/** Municipality codes with published rows. */
	orgUnits: string[];
	/** Swedish. */
	message: string | null;
	duplicateOf: string | null;
	finishedAt: string | null;
	rejects: ImportRejectPage;
}

/** The most recent imports of every dataset, newest first. */
export const IMPORT_BATCHES_QUERY: GraphQLOperation<
	{ importBatches: ImportBatchSummary[] },
	{ first: number }
> = {
	operationName: 'ImportBatches',
	query: /* GraphQL */ `
		query ImportBatches($first: Int) {
			importBatches(first: $first) {
				id
				dataset
				fileName
				status
				policy
				rowsTotal
				rowsRejected
				rowsPublished
				periods
				startedBy
				startedAt
			}
		}
	`
};

interface ImportRejectsVariables extends Record<string, unknown> {
	id: string;
	first: number;
	after: string | null;
}

/** One import with one page of its rejects; `importBatch` is null for an unknown id. */
export const IMPORT_BATCH_QUERY: GraphQLOperation<
	{ importBatch: ImportBatchDetails | null },
	ImportRejectsVariables
> = {
	operationName: 'ImportBatch',
	query: /* GraphQL */ `
		query ImportBatch($id: ID!, $first: Int, $after: String) {
			importBatch(id: $id) {
				id
				dataset
				fileName
				status
				policy
				rowsTotal
				rowsRejected
				rowsPublished
				periods
				orgUnits
				message
				duplicateOf
				startedBy
				startedAt
				finishedAt
				rejects(first: $first, after: $after) {
					rejects {
						lineNumber
						column
						columnNumber
						value
						reason
					}
					nextCursor
					totalCount
				}
			}
		}
	`
};

/** The rejects of one import for the CSV download, a page at a time. */
export const IMPORT_REJECTS_EXPORT_QUERY: GraphQLOperation<
	{ importBatch: { id: string; rejects: ImportRejectPage } | null },
	ImportRejectsVariables
> = {
	operationName: 'ImportRejectsExport',
	query: /* GraphQL */ `
		query ImportRejectsExport($id: ID!, $first: Int, $after: String) {
			importBatch(id: $id) {
				id
				rejects(first: $first, after: $after) {
					rejects {
						lineNumber
						column
						columnNumber
						value
						reason
					}
					nextCursor
					totalCount
				}
			}
		}
	`
};

/* ---------- Scorecard (Översikt) and indicator pages ---------- */

/** `IndicatorValue` as a scorecard cell shows it. */
export interface ScorecardValue {
	value: number | null;
	suppressed: boolean;
	missingReason: MissingReason | null;
	status: Status | null;
	statusBasis: AssessmentMethod | null;
	greyReason: GreyReason | null;
	trend: { direction: TrendDirection } | null;
}

/** `Indicator` as a scorecard row heads it. */
export interface ScorecardIndicator {
	id: string;
	shortTitle: LocalizedText;
	area: IndicatorArea;
	principal: Principal;
	unit: IndicatorUnit;
}

export interface ScorecardGrid {
	level: OrgUnitKind;
	within: OrgUnitName | null;
	periodType: PeriodType;
	period: string | null;
	/** Newest first. */
	periods: string[];
	units: (OrgUnitName & { kind: OrgUnitKind })[];
	rows: { indicator: ScorecardIndicator; values: ScorecardValue[] }[];
}

export interface ScorecardGridVariables extends Record<string, unknown> {
	level: OrgUnitKind;
	within: string | null;
	periodType: PeriodType;
	period: string | null;
	area: IndicatorArea | null;
	principal: Principal | null;
}

/**
 * The Översikt page: the scorecard grid of a level and period, and the sub-regions to choose
 * from. The API reads it with a fixed number of statements whatever the level.
 */
export const SCORECARD_GRID_QUERY: GraphQLOperation<
	{ scorecardGrid: ScorecardGrid; subregions: OrgUnitName[] },
	ScorecardGridVariables
> = {
	operationName: 'ScorecardGrid',
	query: /* GraphQL */ `
		query ScorecardGrid(
			$level: OrgUnitKind!
			$within: String
			$periodType: PeriodType!
			$period: String
			$area: IndicatorArea
			$principal: Principal
		) {
			scorecardGrid(
				level: $level
				within: $within
				periodType: $periodType
				period: $period
				area: $area
				principal: $principal
			) {
				level
				within { code name }
				periodType
				period
				periods
				units { code name kind }
				rows {
					indicator {
						id
						shortTitle { sv en }
						area
						principal
						unit
					}
					values {
						value
						suppressed
						missingReason
						status
						statusBasis
						greyReason
						trend { direction }
					}
				}
			}
			subregions: orgUnits(kind: SUBREGION) { code name }
		}
	`
};

/**
 * The fields of an `IndicatorValue` that the indicator page shows and its downloads hold; one
 * list, so that the page and the files always carry the same data.
 */
const indicatorValueFields = `				period
				sex
				value
				numerator
				denominator
				ciLow
				ciHigh
				ciLow998
				ciHigh998
				suppressed
				missingReason
				status
				statusBasis
				greyReason
				comparedToCounty
				trend { direction }
				definitionVersion
`;

/** `IndicatorValue` as the indicator page and its downloads select it. */
export interface IndicatorPeriodValue extends ScorecardValue {
	period: string;
	sex: Sex;
	numerator: number | null;
	denominator: number | null;
	/** 95 % interval. */
	ciLow: number | null;
	ciHigh: number | null;
	/** 99.8 % interval. */
	ciLow998: number | null;
	ciHigh998: number | null;
	comparedToCounty: CountyComparison | null;
	definitionVersion: number;
}

export type IndicatorPageUnit = OrgUnitName & { kind: OrgUnitKind };

export interface IndicatorPageData {
	indicator: IndicatorDetails | null;
	orgUnit: IndicatorPageUnit | null;
	/** The unit's values, oldest first. */
	indicatorValues: IndicatorPeriodValue[];
	/** The county's values, oldest first. */
	countyValues: IndicatorPeriodValue[];
	/** The county's months with values: the latest one tells which quarters and years are complete. */
	countyMonths: { period: string }[];
	orgUnits: IndicatorPageUnit[];
}

/**
 * One indicator: its definition, and one unit's and the county's values of one period type over
 * time (the trend chart).
 */
export const INDICATOR_PAGE_QUERY: GraphQLOperation<
	IndicatorPageData,
	{ id: string; orgUnit: string; county: string; periodType: PeriodType }
> = {
	operationName: 'IndicatorPage',
	query: /* GraphQL */ `
		query IndicatorPage($id: ID!, $orgUnit: String!, $county: String!, $periodType: PeriodType!) {
			indicator(id: $id) {
${indicatorFields}			}
			orgUnit(code: $orgUnit) { code name kind }
			indicatorValues(indicatorId: $id, orgUnits: [$orgUnit], periodType: $periodType) {
${indicatorValueFields}			}
			countyValues: indicatorValues(indicatorId: $id, orgUnits: [$county], periodType: $periodType) {
${indicatorValueFields}			}
			countyMonths: indicatorValues(indicatorId: $id, orgUnits: [$county], periodType: MONTH) {
				period
			}
			orgUnits { code name kind }
		}
	`
};

/* ---------- Unit profile (Enhetsprofil) and search ---------- */

/** `IndicatorValue` as a unit profile shows it: a scorecard cell and the comparison with the county. */
export interface ProfileValue extends ScorecardValue {
	ciLow: number | null;
	ciHigh: number | null;
	comparedToCounty: CountyComparison | null;
}

/** `Indicator` as a unit profile row heads it. */
export interface ProfileIndicator extends ScorecardIndicator {
	polarity: Polarity;
}

export interface UnitProfileRow {
	indicator: ProfileIndicator;
	value: ProfileValue;
	countyValue: number | null;
	range: { lowest: number; highest: number; units: number } | null;
}

export interface UnitProfile {
	orgUnit: OrgUnitName & { kind: OrgUnitKind; parent: (OrgUnitName & { kind: OrgUnitKind }) | null };
	periodType: PeriodType;
	period: string | null;
	/** Newest first. */
	periods: string[];
	rangeLevel: OrgUnitKind;
	rows: UnitProfileRow[];
}

/** One unit's every indicator against the county and the spread of its level, for one period. */
export const UNIT_PROFILE_QUERY: GraphQLOperation<
	{ unitProfile: UnitProfile | null },
	{ orgUnit: string; periodType: PeriodType; period: string | null }
> = {
	operationName: 'UnitProfile',
	query: /* GraphQL */ `
		query UnitProfile($orgUnit: String!, $periodType: PeriodType!, $period: String) {
			unitProfile(orgUnit: $orgUnit, periodType: $periodType, period: $period) {
				orgUnit { code name kind parent { code name kind } }
				periodType
				period
				periods
				rangeLevel
				rows {
					indicator {
						id
						shortTitle { sv en }
						area
						principal
						unit
						polarity
					}
					value {
						value
						suppressed
						missingReason
						status
						statusBasis
						greyReason
						trend { direction }
						ciLow
						ciHigh
						comparedToCounty
					}
					countyValue
					range { lowest highest units }
				}
			}
		}
	`
};

/** What search looks through: the catalogue's indicators and the units. */
export interface SearchData {
	indicators: { id: string; title: LocalizedText; shortTitle: LocalizedText; area: IndicatorArea }[];
	orgUnits: (OrgUnitName & { kind: OrgUnitKind })[];
}

export const SEARCH_QUERY: GraphQLOperation<SearchData, NoVariables> = {
	operationName: 'Search',
	query: /* GraphQL */ `
		query Search {
			indicators {
				id
				title { sv en }
				shortTitle { sv en }
				area
			}
			orgUnits { code name kind }
		}
	`
};

export type ReportState = 'UTKAST' | 'GRANSKNING' | 'FASTSTALLD' | 'PUBLICERAD';

export interface ReportListItem {
	id: string;
	title: string;
	state: ReportState;
	orgUnit: { code: string; name: string };
	period: { key: string; label: LocalizedText };
}

/** Reports the viewer may read (the public: published ones), newest first, optionally by title. */
export const REPORTS_QUERY: GraphQLOperation<
	{ reports: ReportListItem[] },
	{ search: string | null; state: ReportState | null }
> = {
	operationName: 'Reports',
	query: /* GraphQL */ `
		query Reports($search: String, $state: ReportState) {
			reports(search: $search, state: $state) {
				id
				title
				state
				orgUnit { code name }
				period { key label { sv en } }
			}
		}
	`
};

/* ---------- One report: its page, editing and process ---------- */

export type ReportPeriodType = 'QUARTER' | 'HALF_YEAR' | 'YEAR';
export type ReportSectionKind = 'SCORECARD' | 'AREA' | 'COMPARISON' | 'SURVEY_SUMMARY' | 'COMMENTARY' | 'APPENDIX';
export type ReportTextField = 'ANALYSIS' | 'CONCLUSIONS' | 'ACTIONS';

/** Markdown as written, and as the API renders it: sanitised HTML with raw HTML escaped. */
export interface ReportMarkdown {
	markdown: string;
	html: string;
}

export interface ReportCommentItem {
	id: string;
	authorName: string;
	body: string;
	createdAt: string;
	resolved: boolean;
	resolvedByName: string | null;
	replies: { id: string; authorName: string; body: string; createdAt: string }[];
}

export interface ReportSectionItem {
	id: string;
	position: number;
	kind: ReportSectionKind;
	area: IndicatorArea | null;
	title: string;
	hidden: boolean;
	analysis: ReportMarkdown;
	conclusions: ReportMarkdown;
	actions: ReportMarkdown;
	comments: ReportCommentItem[];
}

/** `IndicatorValue` as a report's data tables show it. */
export interface ReportValue extends ScorecardValue {
	indicatorId: string;
	orgUnit: { code: string };
	ciLow: number | null;
	ciHigh: number | null;
}

export interface ReportDetail {
	id: string;
	title: string;
	state: ReportState;
	orgUnit: OrgUnitName & { kind: OrgUnitKind };
	period: { key: string; type: ReportPeriodType; label: LocalizedText };
	keyMessages: ReportMarkdown;
	approvedAt: string | null;
	approvedByName: string | null;
	publishedAt: string | null;
	sections: ReportSectionItem[];
	comments: ReportCommentItem[];
	transitions: { from: ReportState; to: ReportState; reason: string | null; byName: string; at: string }[];
	data: {
		frozen: boolean;
		frozenAt: string | null;
		newerDataExists: boolean;
		periodType: PeriodType;
		period: string;
		units: (OrgUnitName & { kind: OrgUnitKind })[];
		indicators: ScorecardIndicator[];
		values: ReportValue[];
	};
	viewerCan: { edit: boolean; comment: boolean; submit: boolean; return: boolean; approve: boolean; publish: boolean };
}

const reportCommentFields = `id
					authorName
					body
					createdAt
					resolved
					resolvedByName
					replies { id authorName body createdAt }`;

/** A report with everything its page shows; null when it does not exist or the viewer may not read it yet. */
export const REPORT_QUERY: GraphQLOperation<{ report: ReportDetail | null }, { id: string }> = {
	operationName: 'Report',
	query: /* GraphQL */ `
		query Report($id: ID!) {
			report(id: $id) {
				id
				title
				state
				orgUnit { code name kind }
				period { key type label { sv en } }
				keyMessages { markdown html }
				approvedAt
				approvedByName
				publishedAt
				sections {
					id
					position
					kind
					area
					title
					hidden
					analysis { markdown html }
					conclusions { markdown html }
					actions { markdown html }
					comments {
					${reportCommentFields}
					}
				}
				comments {
					${reportCommentFields}
				}
				transitions { from to reason byName at }
				data {
					frozen
					frozenAt
					newerDataExists
					periodType
					period
					units { code name kind }
					indicators {
						id
						shortTitle { sv en }
						area
						principal
						unit
					}
					values {
						indicatorId
						orgUnit { code }
						value
						ciLow
						ciHigh
						suppressed
						missingReason
						status
						statusBasis
						greyReason
						trend { direction }
					}
				}
				viewerCan { edit comment submit return approve publish }
			}
		}
	`
};

/** `IndicatorValue` as a report's print page and downloads hold it: everything the files carry. */
export interface ReportPrintValue extends IndicatorPeriodValue {
	indicatorId: string;
	orgUnit: { code: string };
}

export type ReportPrintSection = Omit<ReportSectionItem, 'comments'>;

/** A report as printed and downloaded: no comments, no process, nothing that depends on who reads it. */
export interface ReportPrint {
	id: string;
	title: string;
	state: ReportState;
	orgUnit: OrgUnitName & { kind: OrgUnitKind };
	period: { key: string; type: ReportPeriodType; label: LocalizedText };
	keyMessages: ReportMarkdown;
	approvedAt: string | null;
	approvedByName: string | null;
	sections: ReportPrintSection[];
	data: {
		frozen: boolean;
		frozenAt: string | null;
		contentHash: string | null;
		periodType: PeriodType;
		period: string;
		units: (OrgUnitName & { kind: OrgUnitKind; parentCode: string | null })[];
		indicators: IndicatorDetails[];
		values: ReportPrintValue[];
		history: ReportPrintValue[];
		batches: { id: string; dataset: string; fileName: string; finishedAt: string | null }[];
	};
}

/**
 * A report for its print page (what the PDF is drawn from) and its XLSX and CSV downloads, so that every export
 * holds the same data; null when it does not exist or the viewer may not read it.
 */
export const REPORT_PRINT_QUERY: GraphQLOperation<{ report: ReportPrint | null }, { id: string }> = {
	operationName: 'ReportPrint',
	query: /* GraphQL */ `
		query ReportPrint($id: ID!) {
			report(id: $id) {
				id
				title
				state
				orgUnit { code name kind }
				period { key type label { sv en } }
				keyMessages { markdown html }
				approvedAt
				approvedByName
				sections {
					id
					position
					kind
					area
					title
					hidden
					analysis { markdown html }
					conclusions { markdown html }
					actions { markdown html }
				}
				data {
					frozen
					frozenAt
					contentHash
					periodType
					period
					units { code name kind parentCode }
					indicators {
${indicatorFields}
					}
					values {
						indicatorId
						orgUnit { code }
${indicatorValueFields}
					}
					history {
						indicatorId
						orgUnit { code }
${indicatorValueFields}
					}
					batches { id dataset fileName finishedAt }
				}
			}
		}
	`
};

export interface ReportTemplateItem {
	id: string;
	title: LocalizedText;
	periodType: ReportPeriodType;
}

/** What the new-report form offers: the templates, the units a report may cover, each template's latest period. */
export const NEW_REPORT_QUERY: GraphQLOperation<
	{
		reportTemplates: ReportTemplateItem[];
		orgUnits: (OrgUnitName & { kind: OrgUnitKind })[];
		latestQuarter: { key: string };
		latestYear: { key: string };
	},
	NoVariables
> = {
	operationName: 'NewReport',
	query: /* GraphQL */ `
		query NewReport {
			reportTemplates {
				id
				title { sv en }
				periodType
			}
			orgUnits { code name kind }
			latestQuarter: latestCompletePeriod(type: QUARTER) { key }
			latestYear: latestCompletePeriod(type: YEAR) { key }
		}
	`
};

export const CREATE_REPORT_MUTATION: GraphQLOperation<
	{ createReport: { id: string } },
	{ templateId: string; orgUnit: string; period: string }
> = {
	operationName: 'CreateReport',
	query: /* GraphQL */ `
		mutation CreateReport($templateId: ID!, $orgUnit: String!, $period: String!) {
			createReport(templateId: $templateId, orgUnit: $orgUnit, period: $period) { id }
		}
	`
};

export const UPDATE_REPORT_SECTION_MUTATION: GraphQLOperation<
	{ updateReportSection: { id: string } },
	{ sectionId: string; field: ReportTextField; markdown: string }
> = {
	operationName: 'UpdateReportSection',
	query: /* GraphQL */ `
		mutation UpdateReportSection($sectionId: ID!, $field: ReportTextField!, $markdown: String!) {
			updateReportSection(sectionId: $sectionId, field: $field, markdown: $markdown) { id }
		}
	`
};

export const UPDATE_REPORT_KEY_MESSAGES_MUTATION: GraphQLOperation<
	{ updateReportKeyMessages: { id: string } },
	{ reportId: string; markdown: string }
> = {
	operationName: 'UpdateReportKeyMessages',
	query: /* GraphQL */ `
		mutation UpdateReportKeyMessages($reportId: ID!, $markdown: String!) {
			updateReportKeyMessages(reportId: $reportId, markdown: $markdown) { id }
		}
	`
};

export const MOVE_REPORT_SECTION_MUTATION: GraphQLOperation<
	{ moveReportSection: { id: string } },
	{ sectionId: string; position: number }
> = {
	operationName: 'MoveReportSection',
	query: /* GraphQL */ `
		mutation MoveReportSection($sectionId: ID!, $position: Int!) {
			moveReportSection(sectionId: $sectionId, position: $position) { id }
		}
	`
};

export const SET_REPORT_SECTION_HIDDEN_MUTATION: GraphQLOperation<
	{ setReportSectionHidden: { id: string } },
	{ sectionId: string; hidden: boolean }
> = {
	operationName: 'SetReportSectionHidden',
	query: /* GraphQL */ `
		mutation SetReportSectionHidden($sectionId: ID!, $hidden: Boolean!) {
			setReportSectionHidden(sectionId: $sectionId, hidden: $hidden) { id }
		}
	`
};

export const ADD_REPORT_COMMENT_MUTATION: GraphQLOperation<
	{ addReportComment: { id: string } },
	{ reportId: string; sectionId: string | null; parentId: string | null; body: string }
> = {
	operationName: 'AddReportComment',
	query: /* GraphQL */ `
		mutation AddReportComment($reportId: ID!, $sectionId: ID, $parentId: ID, $body: String!) {
			addReportComment(reportId: $reportId, sectionId: $sectionId, parentId: $parentId, body: $body) { id }
		}
	`
};

export const RESOLVE_REPORT_COMMENT_MUTATION: GraphQLOperation<
	{ resolveReportComment: { id: string } },
	{ commentId: string }
> = {
	operationName: 'ResolveReportComment',
	query: /* GraphQL */ `
		mutation ResolveReportComment($commentId: ID!) {
			resolveReportComment(commentId: $commentId) { id }
		}
	`
};

/** The steps of the process that need nothing but the report. */
export const SUBMIT_REPORT_MUTATION: GraphQLOperation<{ submitReport: { id: string } }, { reportId: string }> = {
	operationName: 'SubmitReport',
	query: /* GraphQL */ `
		mutation SubmitReport($reportId: ID!) {
			submitReport(reportId: $reportId) { id }
		}
	`
};

export const RETURN_REPORT_MUTATION: GraphQLOperation<
	{ returnReport: { id: string } },
	{ reportId: string; reason: string }
> = {
	operationName: 'ReturnReport',
	query: /* GraphQL */ `
		mutation ReturnReport($reportId: ID!, $reason: String!) {
			returnReport(reportId: $reportId, reason: $reason) { id }
		}
	`
};

export const APPROVE_REPORT_MUTATION: GraphQLOperation<{ approveReport: { id: string } }, { reportId: string }> = {
	operationName: 'ApproveReport',
	query: /* GraphQL */ `
		mutation ApproveReport($reportId: ID!) {
			approveReport(reportId: $reportId) { id }
		}
	`
};

export const PUBLISH_REPORT_MUTATION: GraphQLOperation<{ publishReport: { id: string } }, { reportId: string }> = {
	operationName: 'PublishReport',
	query: /* GraphQL */ `
		mutation PublishReport($reportId: ID!) {
			publishReport(reportId: $reportId) { id }
		}
	`
};

export interface IndicatorComparison {
	county: IndicatorPeriodValue | null;
	/** Best first for the polarity, units without a value last. */
	values: (IndicatorPeriodValue & { orgUnit: IndicatorPageUnit })[];
}

/** Every unit of one level for one indicator and period (the comparison chart). */
export const INDICATOR_COMPARISON_QUERY: GraphQLOperation<
	{ comparison: IndicatorComparison | null },
	{ id: string; period: string; periodType: PeriodType; level: OrgUnitKind }
> = {
	operationName: 'IndicatorComparison',
	query: /* GraphQL */ `
		query IndicatorComparison($id: ID!, $period: String!, $periodType: PeriodType!, $level: OrgUnitKind!) {
			comparison(indicatorId: $id, period: $period, periodType: $periodType, level: $level) {
				county {
${indicatorValueFields}				}
				values {
					orgUnit { code name kind }
${indicatorValueFields}				}
			}
		}
	`
};

/* ---------- The allow-list ---------- */

/**
 * Every GraphQL document the web sends, by operation name: the API builds its allow-list of
 * persisted operations from this record. An operation missing here is refused by the API.
 */
/* ---------- Patient surveys (public, anonymous) ---------- */

export interface SurveyFormData {
	questionnaireKey: string;
	version: number;
	unitName: string;
	content: SurveyContent;
	/** ALTCHA's challenge when the open link asks for a proof of work (solved by survey-form.js). */
	proofOfWork: Record<string, unknown> | null;
}

/** The questionnaire an open link or a single-use code answers; the code is not used up. */
export const SURVEY_FORM_QUERY: GraphQLOperation<
	{ surveyForm: { form: SurveyFormData | null; refusal: SurveyRefusal | null } },
	{ slug?: string; code?: string }
> = {
	operationName: 'SurveyForm',
	query: /* GraphQL */ `
		query SurveyForm($slug: String, $code: String) {
			surveyForm(slug: $slug, code: $code) {
				form {
					questionnaireKey
					version
					unitName
					content
					proofOfWork
				}
				refusal
			}
		}
	`
};

/* ---------- Patient surveys: distribution (editors) ---------- */

export interface SurveyLinkSummary {
	slug: string;
	orgUnitCode: string;
	active: boolean;
	/** Where respondents answer, e.g. `/enkat/molndal-3f2a91c0`. */
	path: string;
	/** Responses through the link need a proof of work from the browser. */
	proofOfWork: boolean;
}

export interface QuestionnaireSummary {
	id: string;
	key: string;
	title: string;
	/** Newest first. */
	versions: { version: number; status: 'DRAFT' | 'PUBLISHED' }[];
	links: SurveyLinkSummary[];
}

/** The questionnaires with their open links, and the municipalities (names, and where they belong) for the forms. */
export const SURVEY_DISTRIBUTION_QUERY: GraphQLOperation<
	{ questionnaires: QuestionnaireSummary[]; municipalities: (OrgUnitName & { parentCode: string | null })[] },
	NoVariables
> = {
	operationName: 'SurveyDistribution',
	query: /* GraphQL */ `
		query SurveyDistribution {
			questionnaires {
				id
				key
				title
				versions {
					version
					status
				}
				links {
					slug
					orgUnitCode
					active
					path
					proofOfWork
				}
			}
			municipalities: orgUnits(kind: MUNICIPALITY) {
				code
				name
				parentCode
			}
		}
	`
};

/** A new open link (for a poster) to a questionnaire for a unit; its slug is made from the unit's name. */
export const CREATE_SURVEY_LINK_MUTATION: GraphQLOperation<
	{ createSurveyLink: { slug: string } },
	{ questionnaireId: string; orgUnitCode: string; proofOfWork: boolean }
> = {
	operationName: 'CreateSurveyLink',
	query: /* GraphQL */ `
		mutation CreateSurveyLink($questionnaireId: ID!, $orgUnitCode: String!, $proofOfWork: Boolean) {
			createSurveyLink(questionnaireId: $questionnaireId, orgUnitCode: $orgUnitCode, proofOfWork: $proofOfWork) {
				slug
			}
		}
	`
};

/** N single-use codes for a unit and period; the plain codes are returned this once. */
export const GENERATE_SURVEY_CODES_MUTATION: GraphQLOperation<
	{ generateSurveyCodes: { batchId: string; codes: string[] } },
	{
		input: {
			questionnaireId: string;
			orgUnitCode: string;
			periodStart: string;
			periodEnd: string;
			count: number;
		};
	}
> = {
	operationName: 'GenerateSurveyCodes',
	query: /* GraphQL */ `
		mutation GenerateSurveyCodes($input: SurveyCodeBatchInput!) {
			generateSurveyCodes(input: $input) {
				batchId
				codes
			}
		}
	`
};

/* ---------- Patient surveys: results (anyone logged in; counts and free text for editors) ---------- */

export interface SurveyResultUnit {
	code: string;
	name: string;
	kind: OrgUnitKind;
}

export interface SurveyResultMeasure {
	/** The dimension's name, or `dimension.question` for a question. */
	key: string;
	dimension: string;
	question: string | null;
	/** The question's text in sv, en and ar; null for a dimension. */
	text: Record<'sv' | 'en' | 'ar', string> | null;
}

/** A suppressed cell has no numbers at all. */
export interface SurveyResultCell {
	orgUnitCode: string;
	quarter: string;
	measure: string;
	respondents: number | null;
	positive: number | null;
	valid: number | null;
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	suppressed: boolean;
}

export interface SurveyResultsData {
	questionnaireId: string;
	title: string;
	minRespondents: number;
	quarters: string[];
	units: SurveyResultUnit[];
	measures: SurveyResultMeasure[];
	cells: SurveyResultCell[];
	respondents: { orgUnitCode: string; quarter: string; respondents: number | null; suppressed: boolean }[];
}

/** The questionnaires and the units to choose from on the results page. */
export const SURVEY_RESULT_CHOICES_QUERY: GraphQLOperation<
	{ questionnaires: { id: string; title: string }[]; orgUnits: (OrgUnitName & { kind: OrgUnitKind })[] },
	NoVariables
> = {
	operationName: 'SurveyResultChoices',
	query: /* GraphQL */ `
		query SurveyResultChoices {
			questionnaires {
				id
				title
			}
			orgUnits {
				code
				name
				kind
			}
		}
	`
};

/** Aggregated, disclosure-controlled results; `quarter` left out = every quarter (the downloads). */
export const SURVEY_RESULTS_QUERY: GraphQLOperation<
	{ surveyResults: SurveyResultsData },
	{ questionnaireId: string; orgUnitCode: string; quarter: string | null }
> = {
	operationName: 'SurveyResults',
	query: /* GraphQL */ `
		query SurveyResults($questionnaireId: ID!, $orgUnitCode: String!, $quarter: String) {
			surveyResults(questionnaireId: $questionnaireId, orgUnitCode: $orgUnitCode, quarter: $quarter) {
				questionnaireId
				title
				minRespondents
				quarters
				units {
					code
					name
					kind
				}
				measures {
					key
					dimension
					question
					text
				}
				cells {
					orgUnitCode
					quarter
					measure
					respondents
					positive
					valid
					value
					ciLow
					ciHigh
					suppressed
				}
				respondents {
					orgUnitCode
					quarter
					respondents
					suppressed
				}
			}
		}
	`
};

/** For the unit's editors: responses per unit and month while the survey runs, and the quarter's free text. */
export const SURVEY_FOLLOW_UP_QUERY: GraphQLOperation<
	{
		surveyResponseCounts: { orgUnitCode: string; unitName: string; period: string; responses: number }[];
		surveyFreeText: {
			published: boolean;
			questions: { question: string; text: Record<'sv' | 'en' | 'ar', string> | null; answers: string[] }[];
		} | null;
	},
	{ questionnaireId: string; orgUnitCode: string; quarter: string; withText: boolean }
> = {
	operationName: 'SurveyFollowUp',
	query: /* GraphQL */ `
		query SurveyFollowUp($questionnaireId: ID!, $orgUnitCode: String!, $quarter: String!, $withText: Boolean!) {
			surveyResponseCounts(questionnaireId: $questionnaireId, orgUnitCode: $orgUnitCode, period: MONTH) {
				orgUnitCode
				unitName
				period
				responses
			}
			surveyFreeText(questionnaireId: $questionnaireId, orgUnitCode: $orgUnitCode, quarter: $quarter) @include(if: $withText) {
				published
				questions {
					question
					text
					answers
				}
			}
		}
	`
};

export const operations = {
	StartPage: START_PAGE_QUERY,
	Viewer: VIEWER_QUERY,
	LoginPage: LOGIN_PAGE_QUERY,
	Login: LOGIN_MUTATION,
	Logout: LOGOUT_MUTATION,
	LogoutEverywhere: LOGOUT_EVERYWHERE_MUTATION,
	ChangePassword: CHANGE_PASSWORD_MUTATION,
	SetPasswordWithLink: SET_PASSWORD_WITH_LINK_MUTATION,
	AdminUsers: ADMIN_USERS_QUERY,
	CreateUser: CREATE_USER_MUTATION,
	GrantRole: GRANT_ROLE_MUTATION,
	RevokeRole: REVOKE_ROLE_MUTATION,
	DisableUser: DISABLE_USER_MUTATION,
	CreatePasswordLink: CREATE_PASSWORD_LINK_MUTATION,
	AuditLogPage: AUDIT_LOG_PAGE_QUERY,
	AuditLogExport: AUDIT_LOG_EXPORT_QUERY,
	ImportBatches: IMPORT_BATCHES_QUERY,
	ImportBatch: IMPORT_BATCH_QUERY,
	ImportRejectsExport: IMPORT_REJECTS_EXPORT_QUERY,
	ScorecardGrid: SCORECARD_GRID_QUERY,
	IndicatorPage: INDICATOR_PAGE_QUERY,
	IndicatorComparison: INDICATOR_COMPARISON_QUERY,
	UnitProfile: UNIT_PROFILE_QUERY,
	Search: SEARCH_QUERY,
	SurveyForm: SURVEY_FORM_QUERY,
	Reports: REPORTS_QUERY,
	Report: REPORT_QUERY,
	ReportPrint: REPORT_PRINT_QUERY,
	NewReport: NEW_REPORT_QUERY,
	CreateReport: CREATE_REPORT_MUTATION,
	UpdateReportSection: UPDATE_REPORT_SECTION_MUTATION,
	UpdateReportKeyMessages: UPDATE_REPORT_KEY_MESSAGES_MUTATION,
	MoveReportSection: MOVE_REPORT_SECTION_MUTATION,
	SetReportSectionHidden: SET_REPORT_SECTION_HIDDEN_MUTATION,
	AddReportComment: ADD_REPORT_COMMENT_MUTATION,
	ResolveReportComment: RESOLVE_REPORT_COMMENT_MUTATION,
	SubmitReport: SUBMIT_REPORT_MUTATION,
	ReturnReport: RETURN_REPORT_MUTATION,
	ApproveReport: APPROVE_REPORT_MUTATION,
	PublishReport: PUBLISH_REPORT_MUTATION,
	SurveyDistribution: SURVEY_DISTRIBUTION_QUERY,
	CreateSurveyLink: CREATE_SURVEY_LINK_MUTATION,
	GenerateSurveyCodes: GENERATE_SURVEY_CODES_MUTATION,
	SurveyResultChoices: SURVEY_RESULT_CHOICES_QUERY,
	SurveyResults: SURVEY_RESULTS_QUERY,
	SurveyFollowUp: SURVEY_FOLLOW_UP_QUERY
} as const satisfies Readonly<Record<string, { operationName: string; query: string }>>;
