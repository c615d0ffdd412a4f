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
	Status,
	TrendDirection
} from './types';

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

/** `IndicatorValue` as the indicator page lists a unit's periods. */
export interface IndicatorPeriodValue extends ScorecardValue {
	period: string;
	numerator: number | null;
	denominator: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	comparedToCounty: CountyComparison | null;
}

export interface IndicatorPageData {
	indicator: IndicatorDetails | null;
	orgUnit: (OrgUnitName & { kind: OrgUnitKind }) | null;
	indicatorValues: IndicatorPeriodValue[];
	orgUnits: (OrgUnitName & { kind: OrgUnitKind })[];
}

/** One indicator: its definition, and one unit's values of one period type over time. */
export const INDICATOR_PAGE_QUERY: GraphQLOperation<
	IndicatorPageData,
	{ id: string; orgUnit: string; periodType: PeriodType }
> = {
	operationName: 'IndicatorPage',
	query: /* GraphQL */ `
		query IndicatorPage($id: ID!, $orgUnit: String!, $periodType: PeriodType!) {
			indicator(id: $id) {
${indicatorFields}			}
			orgUnit(code: $orgUnit) { code name kind }
			indicatorValues(indicatorId: $id, orgUnits: [$orgUnit], periodType: $periodType) {
				period
				value
				numerator
				denominator
				ciLow
				ciHigh
				suppressed
				missingReason
				status
				statusBasis
				greyReason
				comparedToCounty
				trend { direction }
			}
			orgUnits { code name kind }
		}
	`
};

/* ---------- The allow-list ---------- */

/**
 * Every GraphQL document the web sends, by operation name: the API builds its allow-list of
 * persisted operations from this record. An operation missing here is refused by the API.
 */
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
	IndicatorPage: INDICATOR_PAGE_QUERY
} as const satisfies Readonly<Record<string, { operationName: string; query: string }>>;
