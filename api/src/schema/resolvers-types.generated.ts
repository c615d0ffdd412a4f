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
import type { PeriodType } from '../engine/periods.ts';
import type { MissingReason } from '../engine/evaluate.ts';
import type { TrendDirection } from '../engine/trends.ts';
import type { Status } from '@samsyn/indicators';
import type { GreyReason } from '@samsyn/indicators';
import type { Comparison as CountyComparison } from '@samsyn/indicators';
import type { SurveyRefusalReason as SurveyRefusal } from '../surveys/submit.ts';
import type { SubmitStatus as SurveySubmitStatus } from '../surveys/submit.ts';
import type { AnswerProblemCode as SurveyAnswerProblemCode } from '../surveys/answers.ts';
import type { QuestionnaireStatus } from '../surveys/questionnaires.ts';
import type { CountPeriod as SurveyCountPeriod } from '../surveys/counts.ts';
import type { ReportState } from '../reports/reports.ts';
import type { SectionTextField as ReportTextField } from '../reports/reports.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrgUnitRow } from './org/rows.ts';
import type { UserRow } from '../auth/users.ts';
import type { RoleGrant as RoleGrantModel } from '../auth/roles.ts';
import type { AuditRow } from './audit/queries.ts';
import type { ImportBatchRow } from './imports/queries.ts';
import type { IndicatorDefinition } from '@samsyn/indicators';
import type { ValueModel } from './values/queries.ts';
import type { ReportTemplate as ReportTemplateModel, ReportSectionTemplate as ReportSectionTemplateModel, ReportPeriod as ReportPeriodModel } from '@samsyn/reports';
import type { QuestionnaireVersion as QuestionnaireVersionModel } from '../surveys/questionnaires.ts';
import type { SurveyLink as SurveyLinkModel } from '../surveys/links.ts';
import type { QuestionnaireRow } from './surveys/queries.ts';
import type { ReportRow, SectionRow } from '../reports/reports.ts';
import type { CommentModel, ReportDataModel } from './reports/resolvers.ts';
import type { TransitionRow } from '../reports/states.ts';
import type { SnapshotBatch } from '../reports/data.ts';
import type { MarkdownText } from '../reports/markdown.ts';
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

/** Text the working group writes in Markdown, and the same rendered as sanitised HTML (raw HTML escaped). */
export type Markdown = {
  __typename?: 'Markdown';
  html: Scalars['String']['output'];
  markdown: Scalars['String']['output'];
};

export type { MissingReason };

export type Mutation = {
  __typename?: 'Mutation';
  /** A comment on the report, on a section, or (parentId) a reply in a thread. Until approval. */
  addReportComment: ReportComment;
  /** Adds a free-commentary section at the end. Drafts only. */
  addReportSection: Report;
  /** GRANSKNING → FASTSTALLD: freezes the report's data in a hashed snapshot. */
  approveReport: Report;
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
  /** A new questionnaire, owned by the county, as draft version 1. */
  createQuestionnaire: QuestionnaireVersion;
  /** A new draft from a built-in template for a unit (county, sub-region, municipality) and a period of the template's type. */
  createReport: Report;
  createSurveyLink: SurveyLink;
  /** Creates an account without a role. Admin only. */
  createUser: User;
  /** Disables an account and ends its sessions. Admin only. */
  disableUser: User;
  generateSurveyCodes: SurveyCodeBatch;
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
  /** Moves a section to a 0-based position (clamped); the others close up. Drafts only. */
  moveReportSection: Report;
  publishQuestionnaire: QuestionnaireVersion;
  /** FASTSTALLD → PUBLICERAD: public at its stable address. */
  publishReport: Report;
  /** Resolves the comment's thread. */
  resolveReportComment: ReportComment;
  /** GRANSKNING → UTKAST, with a required reason. */
  returnReport: Report;
  /** Revokes a role grant. Admin only. */
  revokeRole: User;
  /** Replaces the draft, or starts the next version when the newest is published. */
  saveQuestionnaireDraft: QuestionnaireVersion;
  /** Sets a password with a one-time link token (from createPasswordLink or the CLI). */
  setPasswordWithLink: Scalars['Boolean']['output'];
  setReportSectionHidden: ReportSection;
  /** UTKAST → GRANSKNING. */
  submitReport: Report;
  submitSurveyResponse: SurveySubmitResult;
  /** Saves the key messages. Drafts only. */
  updateReportKeyMessages: Report;
  /** Saves one text of one section (what autosave sends). Drafts only. */
  updateReportSection: ReportSection;
};


export type MutationAddReportCommentArgs = {
  body: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  reportId: Scalars['ID']['input'];
  sectionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAddReportSectionArgs = {
  reportId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationApproveReportArgs = {
  reportId: Scalars['ID']['input'];
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


export type MutationCreateQuestionnaireArgs = {
  content: Scalars['JSON']['input'];
  key: Scalars['String']['input'];
  title: Scalars['String']['input'];
};


export type MutationCreateReportArgs = {
  orgUnit: Scalars['String']['input'];
  period: Scalars['String']['input'];
  templateId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateSurveyLinkArgs = {
  orgUnitCode: Scalars['String']['input'];
  proofOfWork?: InputMaybe<Scalars['Boolean']['input']>;
  questionnaireId: Scalars['ID']['input'];
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateUserArgs = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
};


export type MutationDisableUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationGenerateSurveyCodesArgs = {
  input: SurveyCodeBatchInput;
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


export type MutationMoveReportSectionArgs = {
  position: Scalars['Int']['input'];
  sectionId: Scalars['ID']['input'];
};


export type MutationPublishQuestionnaireArgs = {
  questionnaireId: Scalars['ID']['input'];
};


export type MutationPublishReportArgs = {
  reportId: Scalars['ID']['input'];
};


export type MutationResolveReportCommentArgs = {
  commentId: Scalars['ID']['input'];
};


export type MutationReturnReportArgs = {
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  orgUnitCode?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationSaveQuestionnaireDraftArgs = {
  content: Scalars['JSON']['input'];
  questionnaireId: Scalars['ID']['input'];
};


export type MutationSetPasswordWithLinkArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSetReportSectionHiddenArgs = {
  hidden: Scalars['Boolean']['input'];
  sectionId: Scalars['ID']['input'];
};


export type MutationSubmitReportArgs = {
  reportId: Scalars['ID']['input'];
};


export type MutationSubmitSurveyResponseArgs = {
  submission: SurveySubmissionInput;
};


export type MutationUpdateReportKeyMessagesArgs = {
  markdown: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};


export type MutationUpdateReportSectionArgs = {
  field: ReportTextField;
  markdown: Scalars['String']['input'];
  sectionId: Scalars['ID']['input'];
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
  questionnaires: Array<Questionnaire>;
  /** One report, or null when it does not exist or the viewer may not read it yet. */
  report: Maybe<Report>;
  reportTemplates: Array<ReportTemplate>;
  /**
   * Reports, newest first: published ones for everyone, and the others to those who may read unpublished material in
   * the report's unit. `search` matches the title anywhere, case-insensitively.
   */
  reports: Array<Report>;
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
  /** The questionnaire an open link or a single-use code answers (the code is not used up). */
  surveyForm: SurveyFormResult;
  /** Free-text answers of a unit and quarter, for the unit's editors. */
  surveyFreeText: SurveyFreeText;
  /** Responses per unit (the unit and every unit under it) and period. */
  surveyResponseCounts: Array<SurveyResponseCount>;
  /** The results of the unit and its parts, for one quarter or (quarter left out) every quarter. */
  surveyResults: SurveyResults;
  /**
   * The profile of the county, a sub-region or a municipality for one period type, in two statements once the server's
   * caches are warm (three for a sub-region): the periods, the unit's scorecard, and for a sub-region the sub-regions'
   * values. Without `period`, the latest complete period of the type, as scorecardGrid chooses it. Null for an unknown
   * unit; refused with BAD_USER_INPUT for a care unit or a period not written as its type is.
   */
  unitProfile: Maybe<UnitProfile>;
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


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportsArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<ReportState>;
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


export type QuerySurveyFormArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySurveyFreeTextArgs = {
  orgUnitCode: Scalars['String']['input'];
  quarter: Scalars['String']['input'];
  questionnaireId: Scalars['ID']['input'];
};


export type QuerySurveyResponseCountsArgs = {
  orgUnitCode: Scalars['String']['input'];
  period: SurveyCountPeriod;
  questionnaireId: Scalars['ID']['input'];
};


export type QuerySurveyResultsArgs = {
  orgUnitCode: Scalars['String']['input'];
  quarter?: InputMaybe<Scalars['String']['input']>;
  questionnaireId: Scalars['ID']['input'];
};


export type QueryUnitProfileArgs = {
  orgUnit: Scalars['String']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
  periodType: PeriodType;
};

export type Questionnaire = {
  __typename?: 'Questionnaire';
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  links: Array<SurveyLink>;
  title: Scalars['String']['output'];
  /** Newest first. */
  versions: Array<QuestionnaireVersion>;
};

export type { QuestionnaireStatus };

export type QuestionnaireVersion = {
  __typename?: 'QuestionnaireVersion';
  content: Scalars['JSON']['output'];
  key: Scalars['String']['output'];
  publishedAt: Maybe<Scalars['String']['output']>;
  questionnaireId: Scalars['ID']['output'];
  status: QuestionnaireStatus;
  version: Scalars['Int']['output'];
};

export type Report = {
  __typename?: 'Report';
  /** When and by whom it was approved; null before. */
  approvedAt: Maybe<Scalars['String']['output']>;
  approvedByName: Maybe<Scalars['String']['output']>;
  /** Comment threads on the whole report (no section); empty for those who may not read drafts. */
  comments: Array<ReportComment>;
  createdAt: Scalars['String']['output'];
  createdByName: Scalars['String']['output'];
  data: ReportData;
  id: Scalars['ID']['output'];
  /** Nyckelbudskap, at the top of the report. */
  keyMessages: Markdown;
  orgUnit: OrgUnit;
  period: ReportPeriod;
  publishedAt: Maybe<Scalars['String']['output']>;
  /** Every section in order, hidden ones too (check `hidden`). */
  sections: Array<ReportSection>;
  state: ReportState;
  templateId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** The process so far; empty for those who may not read drafts. */
  transitions: Array<ReportTransition>;
  updatedAt: Scalars['String']['output'];
  viewerCan: ReportActions;
};

/** What the viewer may do with a report now (their role in its scope and its state). */
export type ReportActions = {
  __typename?: 'ReportActions';
  approve: Scalars['Boolean']['output'];
  comment: Scalars['Boolean']['output'];
  edit: Scalars['Boolean']['output'];
  publish: Scalars['Boolean']['output'];
  return: Scalars['Boolean']['output'];
  submit: Scalars['Boolean']['output'];
};

export type ReportComment = {
  __typename?: 'ReportComment';
  authorName: Scalars['String']['output'];
  /** Plain text. */
  body: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null for the first comment of a thread. */
  parentId: Maybe<Scalars['ID']['output']>;
  replies: Array<ReportComment>;
  /** Whether the thread is resolved (set on its first comment). */
  resolved: Scalars['Boolean']['output'];
  resolvedAt: Maybe<Scalars['String']['output']>;
  resolvedByName: Maybe<Scalars['String']['output']>;
  /** Null for a comment on the whole report. */
  sectionId: Maybe<Scalars['ID']['output']>;
};

/**
 * What a report's data sections show: every indicator for the report's unit, its parents and the units below it, for the
 * report's period, assessed as the scorecard assesses them. Live for a draft; from the snapshot taken at approval once
 * FASTSTALLD or PUBLICERAD, never the live values again.
 */
export type ReportData = {
  __typename?: 'ReportData';
  batches: Array<ReportDataBatch>;
  /** SHA-256 of the snapshot's canonical JSON. Null while live. */
  contentHash: Maybe<Scalars['String']['output']>;
  frozen: Scalars['Boolean']['output'];
  /** When the snapshot was taken (ISO, UTC): the report's 'Data per'. Null while live. */
  frozenAt: Maybe<Scalars['String']['output']>;
  /** The report unit's stored values for up to eight periods ending with the report's, for trend charts. */
  history: Array<IndicatorValue>;
  /** The definitions used, in the catalogue's order (area, then id). */
  indicators: Array<Indicator>;
  /** Whether any value shown has been computed again since the snapshot (then the live view may differ). */
  newerDataExists: Scalars['Boolean']['output'];
  period: Scalars['String']['output'];
  periodType: PeriodType;
  /** The report's unit, its parents and the units below it, by code. */
  units: Array<OrgUnit>;
  /** Every indicator × unit for the period (absent ones typed as in scorecard). */
  values: Array<IndicatorValue>;
};

/** An import batch the report's values came from. */
export type ReportDataBatch = {
  __typename?: 'ReportDataBatch';
  dataset: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  fileSha256: Maybe<Scalars['String']['output']>;
  /** When the import finished (ISO, UTC). */
  finishedAt: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
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

export type ReportSection = {
  __typename?: 'ReportSection';
  /** Åtgärder */
  actions: Markdown;
  /** Analys */
  analysis: Markdown;
  /** For AREA sections: the area whose indicators the section shows. */
  area: Maybe<IndicatorArea>;
  /** The comment threads on this section (first comments, with their replies); empty for those who may not read drafts. */
  comments: Array<ReportComment>;
  /** Slutsatser */
  conclusions: Markdown;
  /** Hidden sections stay in the report for its editors but are not shown or printed. */
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ReportSectionKind;
  /** 0-based, in the report's order. */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type { ReportSectionKind };

export type ReportSectionTemplate = {
  __typename?: 'ReportSectionTemplate';
  /** For AREA sections: the area whose indicators the section shows. */
  area: Maybe<IndicatorArea>;
  kind: ReportSectionKind;
  title: LocalizedText;
};

export type { ReportState };

/** A built-in template for the periodic joint follow-up report. */
export type ReportTemplate = {
  __typename?: 'ReportTemplate';
  id: Scalars['ID']['output'];
  periodType: ReportPeriodType;
  sections: Array<ReportSectionTemplate>;
  title: LocalizedText;
};

export type { ReportTextField };

/** One step of the report's process. */
export type ReportTransition = {
  __typename?: 'ReportTransition';
  at: Scalars['String']['output'];
  byName: Scalars['String']['output'];
  from: ReportState;
  /** Why it was returned (required for GRANSKNING → UTKAST). */
  reason: Maybe<Scalars['String']['output']>;
  to: ReportState;
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

export type SurveyAnswerInput = {
  question: Scalars['String']['input'];
  /** Option keys (several for multiple choice), or one text for a free-text question. */
  values: Array<Scalars['String']['input']>;
};

export type SurveyAnswerProblem = {
  __typename?: 'SurveyAnswerProblem';
  code: SurveyAnswerProblemCode;
  question: Scalars['String']['output'];
};

export type { SurveyAnswerProblemCode };

/**
 * A batch of single-use codes. The codes are returned this once, for the letters or text messages;
 * only their SHA-256 is kept.
 */
export type SurveyCodeBatch = {
  __typename?: 'SurveyCodeBatch';
  batchId: Scalars['ID']['output'];
  codes: Array<Scalars['String']['output']>;
};

export type SurveyCodeBatchInput = {
  count: Scalars['Int']['input'];
  orgUnitCode: Scalars['String']['input'];
  periodEnd: Scalars['String']['input'];
  /** First and last day (YYYY-MM-DD) of the visits or discharges the codes are for. */
  periodStart: Scalars['String']['input'];
  questionnaireId: Scalars['ID']['input'];
};

export type { SurveyCountPeriod };

/**
 * A questionnaire as the response page shows it. `content` is the version's questions in Swedish,
 * English and Arabic (api/src/surveys/content.ts describes its form).
 */
export type SurveyForm = {
  __typename?: 'SurveyForm';
  content: Scalars['JSON']['output'];
  /**
   * A proof-of-work challenge (ALTCHA's SHA-256 scheme: algorithm, challenge, maxnumber, salt, signature) when the
   * open link asks for one; the page's script solves it and sends the solution with the response. Null otherwise.
   */
  proofOfWork: Maybe<Scalars['JSON']['output']>;
  questionnaireKey: Scalars['String']['output'];
  /** The care unit or municipality the answers count for. */
  unitName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SurveyFormResult = {
  __typename?: 'SurveyFormResult';
  form: Maybe<SurveyForm>;
  refusal: Maybe<SurveyRefusal>;
};

/** The free-text answers of a unit and quarter, only when its respondents are published. */
export type SurveyFreeText = {
  __typename?: 'SurveyFreeText';
  minRespondents: Scalars['Int']['output'];
  published: Scalars['Boolean']['output'];
  questions: Array<SurveyFreeTextQuestion>;
};

export type SurveyFreeTextQuestion = {
  __typename?: 'SurveyFreeTextQuestion';
  /** Masked as stored, sorted alphabetically: nothing tells one response from another. */
  answers: Array<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  text: Maybe<Scalars['JSON']['output']>;
};

export type SurveyLink = {
  __typename?: 'SurveyLink';
  active: Scalars['Boolean']['output'];
  orgUnitCode: Scalars['String']['output'];
  /** Where respondents answer, e.g. /enkat/molndal-3f2a91c0. */
  path: Scalars['String']['output'];
  /** Responses through the link need a proof of work from the browser (or SAMSYN_SURVEY_PROOF_OF_WORK=1 asks it of all). */
  proofOfWork: Scalars['Boolean']['output'];
  questionnaireId: Scalars['ID']['output'];
  slug: Scalars['String']['output'];
};

export type { SurveyRefusal };

/** The people who answered the questionnaire in a unit and quarter (null when suppressed). */
export type SurveyRespondentCell = {
  __typename?: 'SurveyRespondentCell';
  orgUnitCode: Scalars['String']['output'];
  quarter: Scalars['String']['output'];
  respondents: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

/** How many have answered, while a survey runs: counts only, never responses. */
export type SurveyResponseCount = {
  __typename?: 'SurveyResponseCount';
  orgUnitCode: Scalars['String']['output'];
  /** The period's first day (YYYY-MM-DD). */
  period: Scalars['String']['output'];
  responses: Scalars['Int']['output'];
  unitName: Scalars['String']['output'];
};

/**
 * The share of positive answers (Mycket bra + Ganska bra; Vet inte / Inte aktuellt left out) of one row, unit and
 * quarter. A suppressed cell (fewer than minRespondents people, or one that would give such a cell away by
 * subtraction) has no numbers at all.
 */
export type SurveyResultCell = {
  __typename?: 'SurveyResultCell';
  ciHigh: Maybe<Scalars['Float']['output']>;
  /** The 95 % Wilson interval, in percent. */
  ciLow: Maybe<Scalars['Float']['output']>;
  measure: Scalars['String']['output'];
  orgUnitCode: Scalars['String']['output'];
  positive: Maybe<Scalars['Int']['output']>;
  /** 2026-Q1 */
  quarter: Scalars['String']['output'];
  respondents: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  valid: Maybe<Scalars['Int']['output']>;
  /** Percent. */
  value: Maybe<Scalars['Float']['output']>;
};

/** A row of the results: a dimension as a whole (question null) or one of its scored questions. */
export type SurveyResultMeasure = {
  __typename?: 'SurveyResultMeasure';
  dimension: Scalars['String']['output'];
  /** The dimension's name, or dimension.question for a question. */
  key: Scalars['String']['output'];
  question: Maybe<Scalars['String']['output']>;
  /** The question's text in sv, en and ar (null for a dimension). */
  text: Maybe<Scalars['JSON']['output']>;
};

/** A unit in a questionnaire's results: the unit asked about, then its parts with responses. */
export type SurveyResultUnit = {
  __typename?: 'SurveyResultUnit';
  code: Scalars['String']['output'];
  kind: OrgUnitKind;
  name: Scalars['String']['output'];
};

/** Aggregated, disclosure-controlled results of a questionnaire: never a response. */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  cells: Array<SurveyResultCell>;
  measures: Array<SurveyResultMeasure>;
  minRespondents: Scalars['Int']['output'];
  /** Every quarter with responses, newest first. */
  quarters: Array<Scalars['String']['output']>;
  questionnaireId: Scalars['ID']['output'];
  respondents: Array<SurveyRespondentCell>;
  title: Scalars['String']['output'];
  units: Array<SurveyResultUnit>;
};

/** An anonymous response: through an open link (slug) or a single-use code, never both. */
export type SurveySubmissionInput = {
  answers: Array<SurveyAnswerInput>;
  code?: InputMaybe<Scalars['String']['input']>;
  /** The solved challenge of surveyForm.proofOfWork (base64 of ALTCHA's JSON payload), when the link asks for one. */
  proofOfWork?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type SurveySubmitResult = {
  __typename?: 'SurveySubmitResult';
  problems: Array<SurveyAnswerProblem>;
  refusal: Maybe<SurveyRefusal>;
  status: SurveySubmitStatus;
};

export type { SurveySubmitStatus };

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

/**
 * One unit's profile (enhetsprofil): every indicator for one period against the county and against the lowest and
 * highest unit of its level, for spine charts.
 */
export type UnitProfile = {
  __typename?: 'UnitProfile';
  orgUnit: OrgUnit;
  /** The period shown; null only when no value of this period type exists for the county. */
  period: Maybe<Scalars['String']['output']>;
  periodType: PeriodType;
  /** Every period of this type that has values for the county (newest first), to choose from, as in scorecardGrid. */
  periods: Array<Scalars['String']['output']>;
  /** The units each value is placed among: the unit's own level (SUBREGION, MUNICIPALITY); the municipalities for the county. */
  rangeLevel: OrgUnitKind;
  /** Every indicator in the catalogue's order (area, then id); empty when period is null. */
  rows: Array<UnitProfileRow>;
};

/** One indicator of a unit profile: the unit's value, the county's, and the spread of the unit's level. */
export type UnitProfileRow = {
  __typename?: 'UnitProfileRow';
  /** The county's value for the same period; null when it has none. */
  countyValue: Maybe<Scalars['Float']['output']>;
  indicator: Indicator;
  /** Null when no unit of the range level has a value. */
  range: Maybe<ValueRange>;
  /** The unit's value, typed as in scorecard when absent. */
  value: IndicatorValue;
};

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

/** Where the values of one indicator lie among the units a profile places its unit among (UnitProfile.rangeLevel). */
export type ValueRange = {
  __typename?: 'ValueRange';
  highest: Scalars['Float']['output'];
  /** The lowest and the highest published value among those units (suppressed and missing ones have none). */
  lowest: Scalars['Float']['output'];
  /** How many of those units have a value. */
  units: Scalars['Int']['output'];
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
  Markdown: ResolverTypeWrapper<MarkdownText>;
  MissingReason: MissingReason;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrgUnit: ResolverTypeWrapper<OrgUnitRow>;
  OrgUnitKind: OrgUnitKind;
  PeriodType: PeriodType;
  Polarity: Polarity;
  Principal: Principal;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Questionnaire: ResolverTypeWrapper<QuestionnaireRow>;
  QuestionnaireStatus: QuestionnaireStatus;
  QuestionnaireVersion: ResolverTypeWrapper<QuestionnaireVersionModel>;
  Report: ResolverTypeWrapper<ReportRow>;
  ReportActions: ResolverTypeWrapper<ReportActions>;
  ReportComment: ResolverTypeWrapper<CommentModel>;
  ReportData: ResolverTypeWrapper<ReportDataModel>;
  ReportDataBatch: ResolverTypeWrapper<SnapshotBatch>;
  ReportPeriod: ResolverTypeWrapper<ReportPeriodModel>;
  ReportPeriodType: ReportPeriodType;
  ReportSection: ResolverTypeWrapper<SectionRow>;
  ReportSectionKind: ReportSectionKind;
  ReportSectionTemplate: ResolverTypeWrapper<ReportSectionTemplateModel>;
  ReportState: ReportState;
  ReportTemplate: ResolverTypeWrapper<ReportTemplateModel>;
  ReportTextField: ReportTextField;
  ReportTransition: ResolverTypeWrapper<TransitionRow>;
  Role: Role;
  RoleGrant: ResolverTypeWrapper<RoleGrantModel>;
  ScorecardGrid: ResolverTypeWrapper<Omit<ScorecardGrid, 'rows' | 'units' | 'within'> & { rows: Array<ResolversTypes['ScorecardRow']>, units: Array<ResolversTypes['OrgUnit']>, within?: Maybe<ResolversTypes['OrgUnit']> }>;
  ScorecardRow: ResolverTypeWrapper<Omit<ScorecardRow, 'indicator' | 'values'> & { indicator: ResolversTypes['Indicator'], values: Array<ResolversTypes['IndicatorValue']> }>;
  Sex: Sex;
  SingleSignOn: ResolverTypeWrapper<SingleSignOn>;
  Status: Status;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyAnswerProblem: ResolverTypeWrapper<SurveyAnswerProblem>;
  SurveyAnswerProblemCode: SurveyAnswerProblemCode;
  SurveyCodeBatch: ResolverTypeWrapper<SurveyCodeBatch>;
  SurveyCodeBatchInput: SurveyCodeBatchInput;
  SurveyCountPeriod: SurveyCountPeriod;
  SurveyForm: ResolverTypeWrapper<SurveyForm>;
  SurveyFormResult: ResolverTypeWrapper<SurveyFormResult>;
  SurveyFreeText: ResolverTypeWrapper<SurveyFreeText>;
  SurveyFreeTextQuestion: ResolverTypeWrapper<SurveyFreeTextQuestion>;
  SurveyLink: ResolverTypeWrapper<SurveyLinkModel>;
  SurveyRefusal: SurveyRefusal;
  SurveyRespondentCell: ResolverTypeWrapper<SurveyRespondentCell>;
  SurveyResponseCount: ResolverTypeWrapper<SurveyResponseCount>;
  SurveyResultCell: ResolverTypeWrapper<SurveyResultCell>;
  SurveyResultMeasure: ResolverTypeWrapper<SurveyResultMeasure>;
  SurveyResultUnit: ResolverTypeWrapper<SurveyResultUnit>;
  SurveyResults: ResolverTypeWrapper<SurveyResults>;
  SurveySubmissionInput: SurveySubmissionInput;
  SurveySubmitResult: ResolverTypeWrapper<SurveySubmitResult>;
  SurveySubmitStatus: SurveySubmitStatus;
  Trend: ResolverTypeWrapper<Trend>;
  TrendDirection: TrendDirection;
  UnitProfile: ResolverTypeWrapper<Omit<UnitProfile, 'orgUnit' | 'rows'> & { orgUnit: ResolversTypes['OrgUnit'], rows: Array<ResolversTypes['UnitProfileRow']> }>;
  UnitProfileRow: ResolverTypeWrapper<Omit<UnitProfileRow, 'indicator' | 'value'> & { indicator: ResolversTypes['Indicator'], value: ResolversTypes['IndicatorValue'] }>;
  User: ResolverTypeWrapper<UserRow>;
  ValueRange: ResolverTypeWrapper<ValueRange>;
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
  Markdown: MarkdownText;
  Mutation: Record<PropertyKey, never>;
  OrgUnit: OrgUnitRow;
  Query: Record<PropertyKey, never>;
  Questionnaire: QuestionnaireRow;
  QuestionnaireVersion: QuestionnaireVersionModel;
  Report: ReportRow;
  ReportActions: ReportActions;
  ReportComment: CommentModel;
  ReportData: ReportDataModel;
  ReportDataBatch: SnapshotBatch;
  ReportPeriod: ReportPeriodModel;
  ReportSection: SectionRow;
  ReportSectionTemplate: ReportSectionTemplateModel;
  ReportTemplate: ReportTemplateModel;
  ReportTransition: TransitionRow;
  RoleGrant: RoleGrantModel;
  ScorecardGrid: Omit<ScorecardGrid, 'rows' | 'units' | 'within'> & { rows: Array<ResolversParentTypes['ScorecardRow']>, units: Array<ResolversParentTypes['OrgUnit']>, within?: Maybe<ResolversParentTypes['OrgUnit']> };
  ScorecardRow: Omit<ScorecardRow, 'indicator' | 'values'> & { indicator: ResolversParentTypes['Indicator'], values: Array<ResolversParentTypes['IndicatorValue']> };
  SingleSignOn: SingleSignOn;
  String: Scalars['String']['output'];
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyAnswerProblem: SurveyAnswerProblem;
  SurveyCodeBatch: SurveyCodeBatch;
  SurveyCodeBatchInput: SurveyCodeBatchInput;
  SurveyForm: SurveyForm;
  SurveyFormResult: SurveyFormResult;
  SurveyFreeText: SurveyFreeText;
  SurveyFreeTextQuestion: SurveyFreeTextQuestion;
  SurveyLink: SurveyLinkModel;
  SurveyRespondentCell: SurveyRespondentCell;
  SurveyResponseCount: SurveyResponseCount;
  SurveyResultCell: SurveyResultCell;
  SurveyResultMeasure: SurveyResultMeasure;
  SurveyResultUnit: SurveyResultUnit;
  SurveyResults: SurveyResults;
  SurveySubmissionInput: SurveySubmissionInput;
  SurveySubmitResult: SurveySubmitResult;
  Trend: Trend;
  UnitProfile: Omit<UnitProfile, 'orgUnit' | 'rows'> & { orgUnit: ResolversParentTypes['OrgUnit'], rows: Array<ResolversParentTypes['UnitProfileRow']> };
  UnitProfileRow: Omit<UnitProfileRow, 'indicator' | 'value'> & { indicator: ResolversParentTypes['Indicator'], value: ResolversParentTypes['IndicatorValue'] };
  User: UserRow;
  ValueRange: ValueRange;
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

export type MarkdownResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Markdown'] = ResolversParentTypes['Markdown']> = {
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  markdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MissingReasonResolvers = EnumResolverSignature<{ MISSING?: any, NOT_APPLICABLE?: any, SUPPRESSED?: any }, ResolversTypes['MissingReason']>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addReportComment?: Resolver<ResolversTypes['ReportComment'], ParentType, ContextType, RequireFields<MutationAddReportCommentArgs, 'body' | 'reportId'>>;
  addReportSection?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationAddReportSectionArgs, 'reportId' | 'title'>>;
  approveReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationApproveReportArgs, 'reportId'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorArgs, 'definition'>>;
  createIndicatorVersion?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorVersionArgs, 'definition' | 'id'>>;
  createPasswordLink?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationCreatePasswordLinkArgs, 'userId'>>;
  createQuestionnaire?: Resolver<ResolversTypes['QuestionnaireVersion'], ParentType, ContextType, RequireFields<MutationCreateQuestionnaireArgs, 'content' | 'key' | 'title'>>;
  createReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationCreateReportArgs, 'orgUnit' | 'period' | 'templateId'>>;
  createSurveyLink?: Resolver<ResolversTypes['SurveyLink'], ParentType, ContextType, RequireFields<MutationCreateSurveyLinkArgs, 'orgUnitCode' | 'questionnaireId'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'email'>>;
  disableUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'userId'>>;
  generateSurveyCodes?: Resolver<ResolversTypes['SurveyCodeBatch'], ParentType, ContextType, RequireFields<MutationGenerateSurveyCodesArgs, 'input'>>;
  grantRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'role' | 'userId'>>;
  login?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  logoutEverywhere?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moveReportSection?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationMoveReportSectionArgs, 'position' | 'sectionId'>>;
  publishQuestionnaire?: Resolver<ResolversTypes['QuestionnaireVersion'], ParentType, ContextType, RequireFields<MutationPublishQuestionnaireArgs, 'questionnaireId'>>;
  publishReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationPublishReportArgs, 'reportId'>>;
  resolveReportComment?: Resolver<ResolversTypes['ReportComment'], ParentType, ContextType, RequireFields<MutationResolveReportCommentArgs, 'commentId'>>;
  returnReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationReturnReportArgs, 'reason' | 'reportId'>>;
  revokeRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'role' | 'userId'>>;
  saveQuestionnaireDraft?: Resolver<ResolversTypes['QuestionnaireVersion'], ParentType, ContextType, RequireFields<MutationSaveQuestionnaireDraftArgs, 'content' | 'questionnaireId'>>;
  setPasswordWithLink?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetPasswordWithLinkArgs, 'newPassword' | 'token'>>;
  setReportSectionHidden?: Resolver<ResolversTypes['ReportSection'], ParentType, ContextType, RequireFields<MutationSetReportSectionHiddenArgs, 'hidden' | 'sectionId'>>;
  submitReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationSubmitReportArgs, 'reportId'>>;
  submitSurveyResponse?: Resolver<ResolversTypes['SurveySubmitResult'], ParentType, ContextType, RequireFields<MutationSubmitSurveyResponseArgs, 'submission'>>;
  updateReportKeyMessages?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationUpdateReportKeyMessagesArgs, 'markdown' | 'reportId'>>;
  updateReportSection?: Resolver<ResolversTypes['ReportSection'], ParentType, ContextType, RequireFields<MutationUpdateReportSectionArgs, 'field' | 'markdown' | 'sectionId'>>;
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
  questionnaires?: Resolver<Array<ResolversTypes['Questionnaire']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reportTemplates?: Resolver<Array<ResolversTypes['ReportTemplate']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType, Partial<QueryReportsArgs>>;
  scorecard?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType, RequireFields<QueryScorecardArgs, 'orgUnit' | 'period' | 'periodType'>>;
  scorecardGrid?: Resolver<ResolversTypes['ScorecardGrid'], ParentType, ContextType, RequireFields<QueryScorecardGridArgs, 'level' | 'periodType'>>;
  singleSignOn?: Resolver<ResolversTypes['SingleSignOn'], ParentType, ContextType>;
  surveyForm?: Resolver<ResolversTypes['SurveyFormResult'], ParentType, ContextType, Partial<QuerySurveyFormArgs>>;
  surveyFreeText?: Resolver<ResolversTypes['SurveyFreeText'], ParentType, ContextType, RequireFields<QuerySurveyFreeTextArgs, 'orgUnitCode' | 'quarter' | 'questionnaireId'>>;
  surveyResponseCounts?: Resolver<Array<ResolversTypes['SurveyResponseCount']>, ParentType, ContextType, RequireFields<QuerySurveyResponseCountsArgs, 'orgUnitCode' | 'period' | 'questionnaireId'>>;
  surveyResults?: Resolver<ResolversTypes['SurveyResults'], ParentType, ContextType, RequireFields<QuerySurveyResultsArgs, 'orgUnitCode' | 'questionnaireId'>>;
  unitProfile?: Resolver<Maybe<ResolversTypes['UnitProfile']>, ParentType, ContextType, RequireFields<QueryUnitProfileArgs, 'orgUnit' | 'periodType'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuestionnaireResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Questionnaire'] = ResolversParentTypes['Questionnaire']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['SurveyLink']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['QuestionnaireVersion']>, ParentType, ContextType>;
};

export type QuestionnaireStatusResolvers = EnumResolverSignature<{ DRAFT?: any, PUBLISHED?: any }, ResolversTypes['QuestionnaireStatus']>;

export type QuestionnaireVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuestionnaireVersion'] = ResolversParentTypes['QuestionnaireVersion']> = {
  content?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questionnaireId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuestionnaireStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  approvedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['ReportComment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['ReportData'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyMessages?: Resolver<ResolversTypes['Markdown'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportPeriod'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['ReportSection']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ReportState'], ParentType, ContextType>;
  templateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['ReportTransition']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ReportActions'], ParentType, ContextType>;
};

export type ReportActionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportActions'] = ResolversParentTypes['ReportActions']> = {
  approve?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  return?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReportCommentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportComment'] = ResolversParentTypes['ReportComment']> = {
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['ReportComment']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ReportDataResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportData'] = ResolversParentTypes['ReportData']> = {
  batches?: Resolver<Array<ResolversTypes['ReportDataBatch']>, ParentType, ContextType>;
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  frozen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  frozenAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  newerDataExists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['PeriodType'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type ReportDataBatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportDataBatch'] = ResolversParentTypes['ReportDataBatch']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileSha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReportPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportPeriod'] = ResolversParentTypes['ReportPeriod']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReportPeriodType'], ParentType, ContextType>;
};

export type ReportPeriodTypeResolvers = EnumResolverSignature<{ HALF_YEAR?: any, QUARTER?: any, YEAR?: any }, ResolversTypes['ReportPeriodType']>;

export type ReportSectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportSection'] = ResolversParentTypes['ReportSection']> = {
  actions?: Resolver<ResolversTypes['Markdown'], ParentType, ContextType>;
  analysis?: Resolver<ResolversTypes['Markdown'], ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['IndicatorArea']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['ReportComment']>, ParentType, ContextType>;
  conclusions?: Resolver<ResolversTypes['Markdown'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportSectionKind'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportSectionKindResolvers = EnumResolverSignature<{ APPENDIX?: any, AREA?: any, COMMENTARY?: any, COMPARISON?: any, SCORECARD?: any, SURVEY_SUMMARY?: any }, ResolversTypes['ReportSectionKind']>;

export type ReportSectionTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportSectionTemplate'] = ResolversParentTypes['ReportSectionTemplate']> = {
  area?: Resolver<Maybe<ResolversTypes['IndicatorArea']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportSectionKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type ReportStateResolvers = EnumResolverSignature<{ FASTSTALLD?: any, GRANSKNING?: any, PUBLICERAD?: any, UTKAST?: any }, ResolversTypes['ReportState']>;

export type ReportTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportTemplate'] = ResolversParentTypes['ReportTemplate']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['ReportPeriodType'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['ReportSectionTemplate']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type ReportTextFieldResolvers = EnumResolverSignature<{ ACTIONS?: any, ANALYSIS?: any, CONCLUSIONS?: any }, ResolversTypes['ReportTextField']>;

export type ReportTransitionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportTransition'] = ResolversParentTypes['ReportTransition']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ReportState'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ReportState'], ParentType, ContextType>;
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

export type SurveyAnswerProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyAnswerProblem'] = ResolversParentTypes['SurveyAnswerProblem']> = {
  code?: Resolver<ResolversTypes['SurveyAnswerProblemCode'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyAnswerProblemCodeResolvers = EnumResolverSignature<{ ONE_OPTION?: any, REQUIRED?: any, TOO_LONG?: any, UNKNOWN_OPTION?: any }, ResolversTypes['SurveyAnswerProblemCode']>;

export type SurveyCodeBatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyCodeBatch'] = ResolversParentTypes['SurveyCodeBatch']> = {
  batchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SurveyCountPeriodResolvers = EnumResolverSignature<{ MONTH?: any, QUARTER?: any, WEEK?: any }, ResolversTypes['SurveyCountPeriod']>;

export type SurveyFormResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyForm'] = ResolversParentTypes['SurveyForm']> = {
  content?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  proofOfWork?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  questionnaireKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyFormResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyFormResult'] = ResolversParentTypes['SurveyFormResult']> = {
  form?: Resolver<Maybe<ResolversTypes['SurveyForm']>, ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['SurveyRefusal']>, ParentType, ContextType>;
};

export type SurveyFreeTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyFreeText'] = ResolversParentTypes['SurveyFreeText']> = {
  minRespondents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyFreeTextQuestion']>, ParentType, ContextType>;
};

export type SurveyFreeTextQuestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyFreeTextQuestion'] = ResolversParentTypes['SurveyFreeTextQuestion']> = {
  answers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type SurveyLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyLink'] = ResolversParentTypes['SurveyLink']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proofOfWork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  questionnaireId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyRefusalResolvers = EnumResolverSignature<{ CHANGED_VERSION?: any, CLOSED_LINK?: any, NOT_PUBLISHED?: any, PROOF_OF_WORK_INVALID?: any, PROOF_OF_WORK_MISSING?: any, RATE_LIMITED?: any, UNKNOWN_CODE?: any, UNKNOWN_LINK?: any, USED_CODE?: any }, ResolversTypes['SurveyRefusal']>;

export type SurveyRespondentCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyRespondentCell'] = ResolversParentTypes['SurveyRespondentCell']> = {
  orgUnitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SurveyResponseCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyResponseCount'] = ResolversParentTypes['SurveyResponseCount']> = {
  orgUnitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyResultCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyResultCell'] = ResolversParentTypes['SurveyResultCell']> = {
  ciHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positive?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  valid?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SurveyResultMeasureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyResultMeasure'] = ResolversParentTypes['SurveyResultMeasure']> = {
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type SurveyResultUnitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyResultUnit'] = ResolversParentTypes['SurveyResultUnit']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyResults'] = ResolversParentTypes['SurveyResults']> = {
  cells?: Resolver<Array<ResolversTypes['SurveyResultCell']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['SurveyResultMeasure']>, ParentType, ContextType>;
  minRespondents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quarters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  questionnaireId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  respondents?: Resolver<Array<ResolversTypes['SurveyRespondentCell']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['SurveyResultUnit']>, ParentType, ContextType>;
};

export type SurveySubmitResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveySubmitResult'] = ResolversParentTypes['SurveySubmitResult']> = {
  problems?: Resolver<Array<ResolversTypes['SurveyAnswerProblem']>, ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['SurveyRefusal']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveySubmitStatus'], ParentType, ContextType>;
};

export type SurveySubmitStatusResolvers = EnumResolverSignature<{ INVALID?: any, REFUSED?: any, STORED?: any }, ResolversTypes['SurveySubmitStatus']>;

export type TrendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Trend'] = ResolversParentTypes['Trend']> = {
  chiSquare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['TrendDirection'], ParentType, ContextType>;
  significant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TrendDirectionResolvers = EnumResolverSignature<{ DECREASING?: any, IMPROVING?: any, INCREASING?: any, NO_SIGNIFICANT_CHANGE?: any, WORSENING?: any }, ResolversTypes['TrendDirection']>;

export type UnitProfileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnitProfile'] = ResolversParentTypes['UnitProfile']> = {
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['PeriodType'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rangeLevel?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['UnitProfileRow']>, ParentType, ContextType>;
};

export type UnitProfileRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnitProfileRow'] = ResolversParentTypes['UnitProfileRow']> = {
  countyValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  range?: Resolver<Maybe<ResolversTypes['ValueRange']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['IndicatorValue'], ParentType, ContextType>;
};

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

export type ValueRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValueRange'] = ResolversParentTypes['ValueRange']> = {
  highest?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lowest?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  Markdown?: MarkdownResolvers<ContextType>;
  MissingReason?: MissingReasonResolvers;
  Mutation?: MutationResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OrgUnitKind?: OrgUnitKindResolvers;
  PeriodType?: PeriodTypeResolvers;
  Polarity?: PolarityResolvers;
  Principal?: PrincipalResolvers;
  Query?: QueryResolvers<ContextType>;
  Questionnaire?: QuestionnaireResolvers<ContextType>;
  QuestionnaireStatus?: QuestionnaireStatusResolvers;
  QuestionnaireVersion?: QuestionnaireVersionResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportActions?: ReportActionsResolvers<ContextType>;
  ReportComment?: ReportCommentResolvers<ContextType>;
  ReportData?: ReportDataResolvers<ContextType>;
  ReportDataBatch?: ReportDataBatchResolvers<ContextType>;
  ReportPeriod?: ReportPeriodResolvers<ContextType>;
  ReportPeriodType?: ReportPeriodTypeResolvers;
  ReportSection?: ReportSectionResolvers<ContextType>;
  ReportSectionKind?: ReportSectionKindResolvers;
  ReportSectionTemplate?: ReportSectionTemplateResolvers<ContextType>;
  ReportState?: ReportStateResolvers;
  ReportTemplate?: ReportTemplateResolvers<ContextType>;
  ReportTextField?: ReportTextFieldResolvers;
  ReportTransition?: ReportTransitionResolvers<ContextType>;
  Role?: RoleResolvers;
  RoleGrant?: RoleGrantResolvers<ContextType>;
  ScorecardGrid?: ScorecardGridResolvers<ContextType>;
  ScorecardRow?: ScorecardRowResolvers<ContextType>;
  SingleSignOn?: SingleSignOnResolvers<ContextType>;
  Status?: StatusResolvers;
  SurveyAnswerProblem?: SurveyAnswerProblemResolvers<ContextType>;
  SurveyAnswerProblemCode?: SurveyAnswerProblemCodeResolvers;
  SurveyCodeBatch?: SurveyCodeBatchResolvers<ContextType>;
  SurveyCountPeriod?: SurveyCountPeriodResolvers;
  SurveyForm?: SurveyFormResolvers<ContextType>;
  SurveyFormResult?: SurveyFormResultResolvers<ContextType>;
  SurveyFreeText?: SurveyFreeTextResolvers<ContextType>;
  SurveyFreeTextQuestion?: SurveyFreeTextQuestionResolvers<ContextType>;
  SurveyLink?: SurveyLinkResolvers<ContextType>;
  SurveyRefusal?: SurveyRefusalResolvers;
  SurveyRespondentCell?: SurveyRespondentCellResolvers<ContextType>;
  SurveyResponseCount?: SurveyResponseCountResolvers<ContextType>;
  SurveyResultCell?: SurveyResultCellResolvers<ContextType>;
  SurveyResultMeasure?: SurveyResultMeasureResolvers<ContextType>;
  SurveyResultUnit?: SurveyResultUnitResolvers<ContextType>;
  SurveyResults?: SurveyResultsResolvers<ContextType>;
  SurveySubmitResult?: SurveySubmitResultResolvers<ContextType>;
  SurveySubmitStatus?: SurveySubmitStatusResolvers;
  Trend?: TrendResolvers<ContextType>;
  TrendDirection?: TrendDirectionResolvers;
  UnitProfile?: UnitProfileResolvers<ContextType>;
  UnitProfileRow?: UnitProfileRowResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValueRange?: ValueRangeResolvers<ContextType>;
};

