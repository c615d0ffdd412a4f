import type { OrgUnitKind } from './org/rows.ts';
import type { Role } from '../auth/roles.ts';
import type { IndicatorArea } from '@samsyn/indicators';
import type { Polarity } from '@samsyn/indicators';
import type { Principal } from '@samsyn/indicators';
import type { Frequency } from '@samsyn/indicators';
import type { IndicatorUnit } from '@samsyn/indicators';
import type { AssessmentMethod } from '@samsyn/indicators';
import type { ReportPeriodType } from '@samsyn/reports';
import type { ReportSectionKind } from '@samsyn/reports';
import type { ImportBatchStatus as ImportStatus } from './imports/queries.ts';
import type { ImportPolicy } from '../imports/run-import.ts';
import type { PeriodType } from '../engine/rollup.ts';
import type { MissingReason } from '../engine/evaluate.ts';
import type { TrendDirection } from '../engine/trends.ts';
import type { Status } from '@samsyn/indicators';
import type { GreyReason } from '@samsyn/indicators';
import type { Comparison as CountyComparison } from '@samsyn/indicators';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrgUnitRow } from './org/rows.ts';
import type { UserRow } from '../auth/users.ts';
import type { RoleGrant as RoleGrantModel } from '../auth/roles.ts';
import type { AuditRow } from './audit/queries.ts';
import type { ImportBatchRow } from './imports/queries.ts';
import type { IndicatorDefinition } from '@samsyn/indicators';
import type { ValueModel } from './values/queries.ts';
import type { ReportTemplate as ReportTemplateModel, ReportSectionTemplate as ReportSectionTemplateModel, ReportPeriod as ReportPeriodModel } from '@samsyn/reports';
import type { GraphQLContext } from './context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Any JSON value. Inputs of this type are validated by the field that takes them (an indicator
   * definition by the same schema as the code catalogue), never run as code or SQL.
   */
  JSON: { input: unknown; output: unknown; }
};

export type { AssessmentMethod };

export type AssessmentRule = {
  __typename?: 'AssessmentRule';
  /** Value at or beyond which the unit is green (TARGET only). */
  green: Maybe<Scalars['Float']['output']>;
  method: AssessmentMethod;
  /** Value at or beyond which the unit is yellow (TARGET only). */
  yellow: Maybe<Scalars['Float']['output']>;
};

/** One change: who did what to which entity, when, and how it changed. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Verb in the form entity.action, e.g. 'user.create', 'role.grant'. */
  action: Scalars['String']['output'];
  /** E-mail address of the person, or 'cli' / 'system'. */
  actor: Scalars['String']['output'];
  /** Compact JSON of the changed fields: {field: [before, after]}. */
  diff: Maybe<Scalars['String']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ISO 8601 timestamp with time zone. */
  occurredAt: Scalars['String']['output'];
  orgUnitCode: Maybe<Scalars['String']['output']>;
  requestId: Maybe<Scalars['String']['output']>;
};

export type AuditFilter = {
  /** Prefix match, e.g. 'user.' for every user action. */
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** ISO date (inclusive). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** ISO date (inclusive). */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type AuditPage = {
  __typename?: 'AuditPage';
  entries: Array<AuditEntry>;
  /** Pass as `before` to get the next (older) page; null on the last page. */
  nextCursor: Maybe<Scalars['ID']['output']>;
};

/** All units of one level for one indicator and period, best first, with the county as the reference. */
export type Comparison = {
  __typename?: 'Comparison';
  /** The county's value; null when there is none. */
  county: Maybe<IndicatorValue>;
  indicatorId: Scalars['ID']['output'];
  level: OrgUnitKind;
  period: Scalars['String']['output'];
  periodType: PeriodType;
  sex: Sex;
  /** Units with a value sorted by value (best first for the polarity; descending without one), then units without a value by name. */
  values: Array<IndicatorValue>;
};

export type { CountyComparison };

export type DisclosureRule = {
  __typename?: 'DisclosureRule';
  /** Also suppress when the numerator, or denominator minus numerator, is below this. */
  minCell: Scalars['Int']['output'];
  /** Values built on fewer observations than this in the denominator are suppressed. */
  minDenominator: Scalars['Int']['output'];
};

export type { Frequency };

export type { GreyReason };

/** One imported file. */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  dataset: Scalars['String']['output'];
  duplicateOf: Maybe<Scalars['ID']['output']>;
  fileName: Scalars['String']['output'];
  finishedAt: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Why the whole file was refused, or that it was a duplicate, in Swedish. */
  message: Maybe<Scalars['String']['output']>;
  /** Municipality codes with published rows. */
  orgUnits: Array<Scalars['String']['output']>;
  /** Periods the batch replaced: YYYY-MM (monthly data) or YYYY. */
  periods: Array<Scalars['String']['output']>;
  policy: ImportPolicy;
  rejects: ImportRejectPage;
  rowsPublished: Maybe<Scalars['Int']['output']>;
  rowsRejected: Maybe<Scalars['Int']['output']>;
  rowsTotal: Maybe<Scalars['Int']['output']>;
  /** ISO 8601 timestamps (UTC). */
  startedAt: Scalars['String']['output'];
  startedBy: Scalars['String']['output'];
  status: ImportStatus;
};


/** One imported file. */
export type ImportBatchRejectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type { ImportPolicy };

/** A row, or a value in it, that broke the file contract. */
export type ImportReject = {
  __typename?: 'ImportReject';
  /** The contract's column name; null for problems with the whole line. */
  column: Maybe<Scalars['String']['output']>;
  /** 1-based position of the column in the file. */
  columnNumber: Maybe<Scalars['Int']['output']>;
  /** Line in the file (1 = the header). */
  lineNumber: Scalars['Int']['output'];
  /** Why, in Swedish. */
  reason: Scalars['String']['output'];
  value: Maybe<Scalars['String']['output']>;
};

export type ImportRejectPage = {
  __typename?: 'ImportRejectPage';
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: Maybe<Scalars['String']['output']>;
  rejects: Array<ImportReject>;
  totalCount: Scalars['Int']['output'];
};

export type { ImportStatus };

/**
 * One version of an indicator definition from the catalogue. Values computed with a
 * definition keep the version they were computed with.
 */
export type Indicator = {
  __typename?: 'Indicator';
  area: IndicatorArea;
  assessment: AssessmentRule;
  caveats: Maybe<LocalizedText>;
  definition: LocalizedText;
  denominator: LocalizedText;
  disclosure: DisclosureRule;
  frequency: Frequency;
  id: Scalars['ID']['output'];
  /**
   * The complete definition, computation included, as the code catalogue writes it: the form
   * createIndicator and createIndicatorVersion take.
   */
  json: Scalars['JSON']['output'];
  method: LocalizedText;
  /** ISO date by which the definition must be reviewed again. */
  nextReviewDate: Scalars['String']['output'];
  numerator: LocalizedText;
  /** The working group that owns and reviews the definition. */
  ownerGroup: Scalars['String']['output'];
  polarity: Polarity;
  principal: Principal;
  rationale: LocalizedText;
  shortTitle: LocalizedText;
  source: LocalizedText;
  title: LocalizedText;
  unit: IndicatorUnit;
  /** ISO date from which this version applies. */
  validFrom: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type { IndicatorArea };

export type { IndicatorUnit };

/**
 * One materialised value: an indicator for one unit, period and sex. Percentages are in percent (0–100), and so
 * are their intervals. A suppressed value has no numbers at all.
 */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  ciHigh: Maybe<Scalars['Float']['output']>;
  ciHigh998: Maybe<Scalars['Float']['output']>;
  /** 95 % confidence interval. */
  ciLow: Maybe<Scalars['Float']['output']>;
  /** 99.8 % confidence interval. */
  ciLow998: Maybe<Scalars['Float']['output']>;
  /** Compared with the county's value for the same indicator, period and sex; null for the county itself and for an absent value. */
  comparedToCounty: Maybe<CountyComparison>;
  definitionVersion: Scalars['Int']['output'];
  denominator: Maybe<Scalars['Float']['output']>;
  greyReason: Maybe<GreyReason>;
  indicatorId: Scalars['ID']['output'];
  missingReason: Maybe<MissingReason>;
  numerator: Maybe<Scalars['Float']['output']>;
  orgUnit: OrgUnit;
  /** 2026-03 (a month, and the last month of a rolling 12 months), 2026-Q1, 2026. */
  period: Scalars['String']['output'];
  periodType: PeriodType;
  sex: Sex;
  /** The indicator's assessment of this value; null only for a value not assessed at all. */
  status: Maybe<Status>;
  /** The rule that gave the status (TARGET, RELATIVE_QUARTILES, SIGNIFICANCE_VS_COUNTY, NONE). */
  statusBasis: Maybe<AssessmentMethod>;
  suppressed: Scalars['Boolean']['output'];
  /** Null when the five periods up to this one are not all published (suppressed or missing ones, or too few). */
  trend: Maybe<Trend>;
  value: Maybe<Scalars['Float']['output']>;
};

/**
 * A text in the languages Samsyn is published in. Swedish is always present;
 * English falls back to Swedish where a translation is missing.
 */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  en: Scalars['String']['output'];
  sv: Scalars['String']['output'];
};

export type { MissingReason };

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes the logged-in user's password; other sessions are ended. */
  changePassword: Scalars['Boolean']['output'];
  /**
   * Stores a new indicator as version 1. Editors for the county and admins. The definition passes the
   * same validation as the code catalogue; refusals have code INVALID_DEFINITION with
   * `extensions.problems` [{path, message}], or ALREADY_EXISTS when the id is taken.
   */
  createIndicator: Indicator;
  /**
   * Stores the next version (newest + 1) of an indicator. Editors for the county and admins, validated as
   * createIndicator. The next recompute uses the new version, and older versions stay readable through
   * indicator(id, version). `id` and `version` may be left out of the definition (a version given is
   * replaced). Refused with NOT_FOUND for an unknown id and UNCHANGED when the content equals the newest
   * version's.
   */
  createIndicatorVersion: Indicator;
  /** Creates a one-time link (valid 24 h) to set or reset the password; returns its path. Admin only. */
  createPasswordLink: Scalars['String']['output'];
  /** Creates an account without a role. Admin only. */
  createUser: User;
  /** Disables an account and ends its sessions. Admin only. */
  disableUser: User;
  /** Grants a role; orgUnitCode is required for every role except ADMIN. Admin only. */
  grantRole: User;
  /**
   * Logs in with e-mail and password and sets the session cookie. Wrong credentials and rate limits
   * give errors with codes INVALID_CREDENTIALS and RATE_LIMITED (the latter with retryAfterSeconds).
   */
  login: User;
  /** Ends the current session (nothing happens when not logged in). Always true. */
  logout: Scalars['Boolean']['output'];
  /** Ends every session of the logged-in user, on every device. */
  logoutEverywhere: Scalars['Boolean']['output'];
  /** Revokes a role grant. Admin only. */
  revokeRole: User;
  /** Sets a password with a one-time link token (from createPasswordLink or the CLI). */
  setPasswordWithLink: Scalars['Boolean']['output'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateIndicatorArgs = {
  definition: Scalars['JSON']['input'];
};


export type MutationCreateIndicatorVersionArgs = {
  definition: Scalars['JSON']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreatePasswordLinkArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationCreateUserArgs = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
};


export type MutationDisableUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationGrantRoleArgs = {
  orgUnitCode?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRevokeRoleArgs = {
  orgUnitCode?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationSetPasswordWithLinkArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/**
 * An organisational unit of the follow-up: the county (län, with its region), a sub-region
 * (delregion), a municipality (kommun, SCB four-digit code) or a care unit (vårdenhet).
 */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** Direct children, sorted by name (Swedish collation). */
  children: Array<OrgUnit>;
  /** Stable code: '14' for the county, SCB code for a municipality, e.g. '1480'. */
  code: Scalars['ID']['output'];
  kind: OrgUnitKind;
  name: Scalars['String']['output'];
  parent: Maybe<OrgUnit>;
  parentCode: Maybe<Scalars['String']['output']>;
  /** ISO date (YYYY-MM-DD) from which the unit exists in this form. */
  validFrom: Scalars['String']['output'];
  /** ISO date after which the unit no longer exists in this form; null while current. */
  validTo: Maybe<Scalars['String']['output']>;
};

export type { OrgUnitKind };

export type { PeriodType };

export type { Polarity };

export type { Principal };

export type Query = {
  __typename?: 'Query';
  /** The audit log, newest first. Admin only. */
  auditLog: AuditPage;
  /** Every unit of one level for one indicator and period, with the county value; null for an unknown indicator. */
  comparison: Maybe<Comparison>;
  /**
   * True while Samsyn shows demo data: made-up figures from `samsyn demo` or the first start, which
   * the web labels "Demodata". Public: every visitor must be able to see that the figures are not real.
   */
  demoData: Scalars['Boolean']['output'];
  importBatch: Maybe<ImportBatch>;
  /** Import batches, newest first. Editors and admins for the county. */
  importBatches: Array<ImportBatch>;
  /** One indicator: the newest version, or the version asked for. */
  indicator: Maybe<Indicator>;
  /**
   * An indicator's values for some units (all when orgUnits is left out), one period type and sex, optionally from and
   * to a period (inclusive, in the period type's own format); sorted by period, then unit code.
   */
  indicatorValues: Array<IndicatorValue>;
  /** The newest version of every indicator, optionally of one area; sorted by area, then id. */
  indicators: Array<Indicator>;
  /** The latest period of a type that has fully ended on the given ISO date (default: today). */
  latestCompletePeriod: ReportPeriod;
  /** The logged-in user, or null. */
  me: Maybe<User>;
  orgUnit: Maybe<OrgUnit>;
  /** Current org units, optionally of one kind and/or under one parent code; sorted by kind, then name. */
  orgUnits: Array<OrgUnit>;
  reportTemplates: Array<ReportTemplate>;
  /**
   * Every indicator's value (total, sex T) for one unit and period, in the catalogue's order (area, then id).
   * An indicator with no stored value for the unit and period is there too, grey with missingReason NOT_APPLICABLE
   * when the period is shorter than its frequency (a yearly figure in a quarter) and MISSING otherwise.
   */
  scorecard: Array<IndicatorValue>;
  /**
   * The scorecard grid of one level for one period type, read with a fixed number of statements whatever the level:
   * every indicator (optionally of one area and/or principal) for every unit, total (sex T). `within` (a sub-region
   * code) narrows MUNICIPALITY to that sub-region. Without `period`, the latest complete period of the type with
   * values (a quarter or year cut short by the end of the data only when there is no other). An indicator without a
   * stored value for a unit is there too, typed as in scorecard (NOT_APPLICABLE or MISSING). Refused with NOT_FOUND
   * for an unknown sub-region and BAD_USER_INPUT for CARE_UNIT, `within` with another level than MUNICIPALITY, or a
   * period not written as its type is (2026-03, 2026-Q1, 2026).
   */
  scorecardGrid: ScorecardGrid;
  /** Whether single sign-on is configured, and the path that starts it. */
  singleSignOn: SingleSignOn;
  /** All accounts, sorted by e-mail. Admin only. */
  users: Array<User>;
  /** Version of the running Samsyn server. */
  version: Scalars['String']['output'];
};


export type QueryAuditLogArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComparisonArgs = {
  indicatorId: Scalars['ID']['input'];
  level: OrgUnitKind;
  period: Scalars['String']['input'];
  periodType: PeriodType;
  sex?: InputMaybe<Sex>;
};


export type QueryImportBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportBatchesArgs = {
  dataset?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndicatorValuesArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  indicatorId: Scalars['ID']['input'];
  orgUnits?: InputMaybe<Array<Scalars['String']['input']>>;
  periodType: PeriodType;
  sex?: InputMaybe<Sex>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIndicatorsArgs = {
  area?: InputMaybe<IndicatorArea>;
};


export type QueryLatestCompletePeriodArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
  type: ReportPeriodType;
};


export type QueryOrgUnitArgs = {
  code: Scalars['String']['input'];
};


export type QueryOrgUnitsArgs = {
  kind?: InputMaybe<OrgUnitKind>;
  parent?: InputMaybe<Scalars['String']['input']>;
};


export type QueryScorecardArgs = {
  orgUnit: Scalars['String']['input'];
  period: Scalars['String']['input'];
  periodType: PeriodType;
};


export type QueryScorecardGridArgs = {
  area?: InputMaybe<IndicatorArea>;
  level: OrgUnitKind;
  period?: InputMaybe<Scalars['String']['input']>;
  periodType: PeriodType;
  principal?: InputMaybe<Principal>;
  within?: InputMaybe<Scalars['String']['input']>;
};

/** A reporting period, e.g. the third quarter of 2026. */
export type ReportPeriod = {
  __typename?: 'ReportPeriod';
  /** Last day, ISO date. */
  end: Scalars['String']['output'];
  /** Stable key, e.g. '2026-Q3', '2026-H2', '2026'. */
  key: Scalars['String']['output'];
  label: LocalizedText;
  /** First day, ISO date. */
  start: Scalars['String']['output'];
  type: ReportPeriodType;
};

export type { ReportPeriodType };

export type { ReportSectionKind };

export type ReportSectionTemplate = {
  __typename?: 'ReportSectionTemplate';
  /** For AREA sections: the area whose indicators the section shows. */
  area: Maybe<IndicatorArea>;
  kind: ReportSectionKind;
  title: LocalizedText;
};

/** A built-in template for the periodic joint follow-up report. */
export type ReportTemplate = {
  __typename?: 'ReportTemplate';
  id: Scalars['ID']['output'];
  periodType: ReportPeriodType;
  sections: Array<ReportSectionTemplate>;
  title: LocalizedText;
};

export type { Role };

export type RoleGrant = {
  __typename?: 'RoleGrant';
  /** The organisation the grant covers; null for ADMIN. */
  orgUnit: Maybe<OrgUnit>;
  role: Role;
};

/** The colour scorecard (färgstyrkort) of a level and period: indicators (rows, grouped by area) × units (columns). */
export type ScorecardGrid = {
  __typename?: 'ScorecardGrid';
  level: OrgUnitKind;
  /** The period shown; null only when no value of this period type exists for the grid's units. */
  period: Maybe<Scalars['String']['output']>;
  periodType: PeriodType;
  /** Every period of this type that has values (newest first), to choose from. */
  periods: Array<Scalars['String']['output']>;
  /** In the catalogue's order (area, then id); empty when period is null. */
  rows: Array<ScorecardRow>;
  /**
   * The columns: the county alone (COUNTY); the county, then the sub-regions by name (SUBREGION); the municipalities
   * by name (MUNICIPALITY), after their sub-region when `within` is given.
   */
  units: Array<OrgUnit>;
  /** The sub-region whose municipalities are shown; null for a whole level. */
  within: Maybe<OrgUnit>;
};

/** One indicator's row of a scorecard grid: a value for every unit of the grid, in the grid's order of units. */
export type ScorecardRow = {
  __typename?: 'ScorecardRow';
  indicator: Indicator;
  /** One value per unit of the grid, in the same order as ScorecardGrid.units; absent ones typed as in scorecard. */
  values: Array<IndicatorValue>;
};

/** T: everyone (totalt), K: women (kvinnor), M: men (män). Stored as is (upper case), not lower-cased. */
export type Sex =
  | 'K'
  | 'M'
  | 'T';

export type SingleSignOn = {
  __typename?: 'SingleSignOn';
  enabled: Scalars['Boolean']['output'];
  /** Path that starts the login at the identity provider. */
  loginPath: Maybe<Scalars['String']['output']>;
  /** Display name of the identity provider, e.g. 'VGR-ID'. */
  providerName: Maybe<Scalars['String']['output']>;
};

export type { Status };

/**
 * The recent trend: the five periods of the unit ending with this one, tested with Cochran–Armitage for a proportion
 * and inverse-variance weighted least squares for a rate or a mean (windows twelve months apart for rolling 12 months).
 */
export type Trend = {
  __typename?: 'Trend';
  /** The test statistic, chi-square with one degree of freedom. */
  chiSquare: Scalars['Float']['output'];
  direction: TrendDirection;
  /** Whether the change is significant at 99.8 %: false exactly when the direction is NO_SIGNIFICANT_CHANGE. */
  significant: Scalars['Boolean']['output'];
};

export type { TrendDirection };

export type User = {
  __typename?: 'User';
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  grants: Array<RoleGrant>;
  /** True when the account can log in with a password (false for single-sign-on-only accounts). */
  hasPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Demo accounts exist only in demo mode. */
  isDemo: Scalars['Boolean']['output'];
  /** True when the account is linked to the organisation's identity provider. */
  usesSingleSignOn: Scalars['Boolean']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AssessmentMethod: AssessmentMethod;
  AssessmentRule: ResolverTypeWrapper<AssessmentRule>;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditFilter: AuditFilter;
  AuditPage: ResolverTypeWrapper<Omit<AuditPage, 'entries'> & { entries: Array<ResolversTypes['AuditEntry']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Comparison: ResolverTypeWrapper<Omit<Comparison, 'county' | 'values'> & { county?: Maybe<ResolversTypes['IndicatorValue']>, values: Array<ResolversTypes['IndicatorValue']> }>;
  CountyComparison: CountyComparison;
  DisclosureRule: ResolverTypeWrapper<DisclosureRule>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Frequency: Frequency;
  GreyReason: GreyReason;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportBatch: ResolverTypeWrapper<ImportBatchRow>;
  ImportPolicy: ImportPolicy;
  ImportReject: ResolverTypeWrapper<ImportReject>;
  ImportRejectPage: ResolverTypeWrapper<ImportRejectPage>;
  ImportStatus: ImportStatus;
  Indicator: ResolverTypeWrapper<IndicatorDefinition>;
  IndicatorArea: IndicatorArea;
  IndicatorUnit: IndicatorUnit;
  IndicatorValue: ResolverTypeWrapper<ValueModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  MissingReason: MissingReason;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrgUnit: ResolverTypeWrapper<OrgUnitRow>;
  OrgUnitKind: OrgUnitKind;
  PeriodType: PeriodType;
  Polarity: Polarity;
  Principal: Principal;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportPeriod: ResolverTypeWrapper<ReportPeriodModel>;
  ReportPeriodType: ReportPeriodType;
  ReportSectionKind: ReportSectionKind;
  ReportSectionTemplate: ResolverTypeWrapper<ReportSectionTemplateModel>;
  ReportTemplate: ResolverTypeWrapper<ReportTemplateModel>;
  Role: Role;
  RoleGrant: ResolverTypeWrapper<RoleGrantModel>;
  ScorecardGrid: ResolverTypeWrapper<Omit<ScorecardGrid, 'rows' | 'units' | 'within'> & { rows: Array<ResolversTypes['ScorecardRow']>, units: Array<ResolversTypes['OrgUnit']>, within?: Maybe<ResolversTypes['OrgUnit']> }>;
  ScorecardRow: ResolverTypeWrapper<Omit<ScorecardRow, 'indicator' | 'values'> & { indicator: ResolversTypes['Indicator'], values: Array<ResolversTypes['IndicatorValue']> }>;
  Sex: Sex;
  SingleSignOn: ResolverTypeWrapper<SingleSignOn>;
  Status: Status;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Trend: ResolverTypeWrapper<Trend>;
  TrendDirection: TrendDirection;
  User: ResolverTypeWrapper<UserRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssessmentRule: AssessmentRule;
  AuditEntry: AuditRow;
  AuditFilter: AuditFilter;
  AuditPage: Omit<AuditPage, 'entries'> & { entries: Array<ResolversParentTypes['AuditEntry']> };
  Boolean: Scalars['Boolean']['output'];
  Comparison: Omit<Comparison, 'county' | 'values'> & { county?: Maybe<ResolversParentTypes['IndicatorValue']>, values: Array<ResolversParentTypes['IndicatorValue']> };
  DisclosureRule: DisclosureRule;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImportBatch: ImportBatchRow;
  ImportReject: ImportReject;
  ImportRejectPage: ImportRejectPage;
  Indicator: IndicatorDefinition;
  IndicatorValue: ValueModel;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LocalizedText: LocalizedText;
  Mutation: Record<PropertyKey, never>;
  OrgUnit: OrgUnitRow;
  Query: Record<PropertyKey, never>;
  ReportPeriod: ReportPeriodModel;
  ReportSectionTemplate: ReportSectionTemplateModel;
  ReportTemplate: ReportTemplateModel;
  RoleGrant: RoleGrantModel;
  ScorecardGrid: Omit<ScorecardGrid, 'rows' | 'units' | 'within'> & { rows: Array<ResolversParentTypes['ScorecardRow']>, units: Array<ResolversParentTypes['OrgUnit']>, within?: Maybe<ResolversParentTypes['OrgUnit']> };
  ScorecardRow: Omit<ScorecardRow, 'indicator' | 'values'> & { indicator: ResolversParentTypes['Indicator'], values: Array<ResolversParentTypes['IndicatorValue']> };
  SingleSignOn: SingleSignOn;
  String: Scalars['String']['output'];
  Trend: Trend;
  User: UserRow;
};

export type AssessmentMethodResolvers = EnumResolverSignature<{ NONE?: any, RELATIVE_QUARTILES?: any, SIGNIFICANCE_VS_COUNTY?: any, TARGET?: any }, ResolversTypes['AssessmentMethod']>;

export type AssessmentRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssessmentRule'] = ResolversParentTypes['AssessmentRule']> = {
  green?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AssessmentMethod'], ParentType, ContextType>;
  yellow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  diff?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditPage'] = ResolversParentTypes['AuditPage']> = {
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = {
  county?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  indicatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['PeriodType'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type CountyComparisonResolvers = EnumResolverSignature<{ BETTER?: any, HIGHER?: any, LOWER?: any, NOT_COMPARED?: any, SIMILAR?: any, WORSE?: any }, ResolversTypes['CountyComparison']>;

export type DisclosureRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosureRule'] = ResolversParentTypes['DisclosureRule']> = {
  minCell?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minDenominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FrequencyResolvers = EnumResolverSignature<{ HALF_YEAR?: any, MONTH?: any, QUARTER?: any, YEAR?: any }, ResolversTypes['Frequency']>;

export type GreyReasonResolvers = EnumResolverSignature<{ MISSING?: any, NOT_APPLICABLE?: any, NOT_ASSESSED?: any, NO_COMPARATOR?: any, SUPPRESSED?: any }, ResolversTypes['GreyReason']>;

export type ImportBatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orgUnits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['ImportPolicy'], ParentType, ContextType>;
  rejects?: Resolver<ResolversTypes['ImportRejectPage'], ParentType, ContextType, RequireFields<ImportBatchRejectsArgs, 'first'>>;
  rowsPublished?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rowsRejected?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rowsTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType>;
};

export type ImportPolicyResolvers = EnumResolverSignature<{ ACCEPT_VALID?: any, ALL_OR_NOTHING?: any }, ResolversTypes['ImportPolicy']>;

export type ImportRejectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportReject'] = ResolversParentTypes['ImportReject']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  columnNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportRejectPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRejectPage'] = ResolversParentTypes['ImportRejectPage']> = {
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejects?: Resolver<Array<ResolversTypes['ImportReject']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportStatusResolvers = EnumResolverSignature<{ DUPLICATE?: any, FAILED?: any, PUBLISHED?: any, REJECTED?: any, RUNNING?: any }, ResolversTypes['ImportStatus']>;

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  area?: Resolver<ResolversTypes['IndicatorArea'], ParentType, ContextType>;
  assessment?: Resolver<ResolversTypes['AssessmentRule'], ParentType, ContextType>;
  caveats?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosureRule'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['Frequency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  nextReviewDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  ownerGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  shortTitle?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorAreaResolvers = EnumResolverSignature<{ ACCESSIBILITY?: any, CARE_TRANSITIONS?: any, CONTINUITY?: any, ELDERLY_CARE?: any, PATIENT_EXPERIENCE?: any }, ResolversTypes['IndicatorArea']>;

export type IndicatorUnitResolvers = EnumResolverSignature<{ DAYS?: any, NUMBER?: any, PERCENT?: any, PER_HUNDRED_THOUSAND?: any, PER_THOUSAND?: any }, ResolversTypes['IndicatorUnit']>;

export type IndicatorValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  ciHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciHigh998?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciLow998?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  comparedToCounty?: Resolver<Maybe<ResolversTypes['CountyComparison']>, ParentType, ContextType>;
  definitionVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  greyReason?: Resolver<Maybe<ResolversTypes['GreyReason']>, ParentType, ContextType>;
  indicatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  missingReason?: Resolver<Maybe<ResolversTypes['MissingReason']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['PeriodType'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  statusBasis?: Resolver<Maybe<ResolversTypes['AssessmentMethod']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trend?: Resolver<Maybe<ResolversTypes['Trend']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalizedTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MissingReasonResolvers = EnumResolverSignature<{ MISSING?: any, NOT_APPLICABLE?: any, SUPPRESSED?: any }, ResolversTypes['MissingReason']>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorArgs, 'definition'>>;
  createIndicatorVersion?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorVersionArgs, 'definition' | 'id'>>;
  createPasswordLink?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationCreatePasswordLinkArgs, 'userId'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'email'>>;
  disableUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'userId'>>;
  grantRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'role' | 'userId'>>;
  login?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  logoutEverywhere?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokeRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'role' | 'userId'>>;
  setPasswordWithLink?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetPasswordWithLinkArgs, 'newPassword' | 'token'>>;
};

export type OrgUnitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit']> = {
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrgUnitKindResolvers = EnumResolverSignature<{ CARE_UNIT?: any, COUNTY?: any, MUNICIPALITY?: any, SUBREGION?: any }, ResolversTypes['OrgUnitKind']>;

export type PeriodTypeResolvers = EnumResolverSignature<{ MONTH?: any, QUARTER?: any, ROLLING_12?: any, YEAR?: any }, ResolversTypes['PeriodType']>;

export type PolarityResolvers = EnumResolverSignature<{ HIGHER_IS_BETTER?: any, LOWER_IS_BETTER?: any, NO_JUDGEMENT?: any }, ResolversTypes['Polarity']>;

export type PrincipalResolvers = EnumResolverSignature<{ JOINT?: any, MUNICIPALITY?: any, REGION?: any }, ResolversTypes['Principal']>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditPage'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  comparison?: Resolver<Maybe<ResolversTypes['Comparison']>, ParentType, ContextType, RequireFields<QueryComparisonArgs, 'indicatorId' | 'level' | 'period' | 'periodType' | 'sex'>>;
  demoData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  importBatch?: Resolver<Maybe<ResolversTypes['ImportBatch']>, ParentType, ContextType, RequireFields<QueryImportBatchArgs, 'id'>>;
  importBatches?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType, RequireFields<QueryImportBatchesArgs, 'first'>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicatorValues?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType, RequireFields<QueryIndicatorValuesArgs, 'indicatorId' | 'periodType' | 'sex'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  latestCompletePeriod?: Resolver<ResolversTypes['ReportPeriod'], ParentType, ContextType, RequireFields<QueryLatestCompletePeriodArgs, 'type'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType, RequireFields<QueryOrgUnitArgs, 'code'>>;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType, Partial<QueryOrgUnitsArgs>>;
  reportTemplates?: Resolver<Array<ResolversTypes['ReportTemplate']>, ParentType, ContextType>;
  scorecard?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType, RequireFields<QueryScorecardArgs, 'orgUnit' | 'period' | 'periodType'>>;
  scorecardGrid?: Resolver<ResolversTypes['ScorecardGrid'], ParentType, ContextType, RequireFields<QueryScorecardGridArgs, 'level' | 'periodType'>>;
  singleSignOn?: Resolver<ResolversTypes['SingleSignOn'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportPeriod'] = ResolversParentTypes['ReportPeriod']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReportPeriodType'], ParentType, ContextType>;
};

export type ReportPeriodTypeResolvers = EnumResolverSignature<{ HALF_YEAR?: any, QUARTER?: any, YEAR?: any }, ResolversTypes['ReportPeriodType']>;

export type ReportSectionKindResolvers = EnumResolverSignature<{ APPENDIX?: any, AREA?: any, COMMENTARY?: any, COMPARISON?: any, SCORECARD?: any, SURVEY_SUMMARY?: any }, ResolversTypes['ReportSectionKind']>;

export type ReportSectionTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportSectionTemplate'] = ResolversParentTypes['ReportSectionTemplate']> = {
  area?: Resolver<Maybe<ResolversTypes['IndicatorArea']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportSectionKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type ReportTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportTemplate'] = ResolversParentTypes['ReportTemplate']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['ReportPeriodType'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['ReportSectionTemplate']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, EDITOR?: any, REVIEWER?: any, VIEWER?: any }, ResolversTypes['Role']>;

export type RoleGrantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleGrant'] = ResolversParentTypes['RoleGrant']> = {
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ScorecardGridResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScorecardGrid'] = ResolversParentTypes['ScorecardGrid']> = {
  level?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['PeriodType'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ScorecardRow']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  within?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
};

export type ScorecardRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScorecardRow'] = ResolversParentTypes['ScorecardRow']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type SingleSignOnResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SingleSignOn'] = ResolversParentTypes['SingleSignOn']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  loginPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatusResolvers = EnumResolverSignature<{ GREEN?: any, GREY?: any, RED?: any, YELLOW?: any }, ResolversTypes['Status']>;

export type TrendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Trend'] = ResolversParentTypes['Trend']> = {
  chiSquare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['TrendDirection'], ParentType, ContextType>;
  significant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TrendDirectionResolvers = EnumResolverSignature<{ DECREASING?: any, IMPROVING?: any, INCREASING?: any, NO_SIGNIFICANT_CHANGE?: any, WORSENING?: any }, ResolversTypes['TrendDirection']>;

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  usesSingleSignOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AssessmentMethod?: AssessmentMethodResolvers;
  AssessmentRule?: AssessmentRuleResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditPage?: AuditPageResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  CountyComparison?: CountyComparisonResolvers;
  DisclosureRule?: DisclosureRuleResolvers<ContextType>;
  Frequency?: FrequencyResolvers;
  GreyReason?: GreyReasonResolvers;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  ImportPolicy?: ImportPolicyResolvers;
  ImportReject?: ImportRejectResolvers<ContextType>;
  ImportRejectPage?: ImportRejectPageResolvers<ContextType>;
  ImportStatus?: ImportStatusResolvers;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorArea?: IndicatorAreaResolvers;
  IndicatorUnit?: IndicatorUnitResolvers;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  MissingReason?: MissingReasonResolvers;
  Mutation?: MutationResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OrgUnitKind?: OrgUnitKindResolvers;
  PeriodType?: PeriodTypeResolvers;
  Polarity?: PolarityResolvers;
  Principal?: PrincipalResolvers;
  Query?: QueryResolvers<ContextType>;
  ReportPeriod?: ReportPeriodResolvers<ContextType>;
  ReportPeriodType?: ReportPeriodTypeResolvers;
  ReportSectionKind?: ReportSectionKindResolvers;
  ReportSectionTemplate?: ReportSectionTemplateResolvers<ContextType>;
  ReportTemplate?: ReportTemplateResolvers<ContextType>;
  Role?: RoleResolvers;
  RoleGrant?: RoleGrantResolvers<ContextType>;
  ScorecardGrid?: ScorecardGridResolvers<ContextType>;
  ScorecardRow?: ScorecardRowResolvers<ContextType>;
  SingleSignOn?: SingleSignOnResolvers<ContextType>;
  Status?: StatusResolvers;
  Trend?: TrendResolvers<ContextType>;
  TrendDirection?: TrendDirectionResolvers;
  User?: UserResolvers<ContextType>;
};

