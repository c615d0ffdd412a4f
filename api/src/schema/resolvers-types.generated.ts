import type { OrgUnitKind } from './org/rows.ts';
import type { IndicatorArea } from '@samsyn/indicators';
import type { Polarity } from '@samsyn/indicators';
import type { Principal } from '@samsyn/indicators';
import type { Frequency } from '@samsyn/indicators';
import type { IndicatorUnit } from '@samsyn/indicators';
import type { AssessmentMethod } from '@samsyn/indicators';
import type { ReportPeriodType } from '@samsyn/reports';
import type { ReportSectionKind } from '@samsyn/reports';
import type { GraphQLResolveInfo } from 'graphql';
import type { OrgUnitRow } from './org/rows.ts';
import type { IndicatorDefinition } from '@samsyn/indicators';
import type { ReportTemplate as ReportTemplateModel, ReportSectionTemplate as ReportSectionTemplateModel, ReportPeriod as ReportPeriodModel } from '@samsyn/reports';
import type { GraphQLContext } from './context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
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

export type DisclosureRule = {
  __typename?: 'DisclosureRule';
  /** Also suppress when the numerator, or denominator minus numerator, is below this. */
  minCell: Scalars['Int']['output'];
  /** Values built on fewer observations than this in the denominator are suppressed. */
  minDenominator: Scalars['Int']['output'];
};

export type { Frequency };

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
 * A text in the languages Samsyn is published in. Swedish is always present;
 * English falls back to Swedish where a translation is missing.
 */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  en: Scalars['String']['output'];
  sv: Scalars['String']['output'];
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

export type { Polarity };

export type { Principal };

export type Query = {
  __typename?: 'Query';
  /** One indicator: the newest version, or the version asked for. */
  indicator: Maybe<Indicator>;
  /** The newest version of every indicator, optionally of one area; sorted by area, then id. */
  indicators: Array<Indicator>;
  /** The latest period of a type that has fully ended on the given ISO date (default: today). */
  latestCompletePeriod: ReportPeriod;
  orgUnit: Maybe<OrgUnit>;
  /** Current org units, optionally of one kind and/or under one parent code; sorted by kind, then name. */
  orgUnits: Array<OrgUnit>;
  reportTemplates: Array<ReportTemplate>;
  /** Version of the running Samsyn server. */
  version: Scalars['String']['output'];
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DisclosureRule: ResolverTypeWrapper<DisclosureRule>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Frequency: Frequency;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorDefinition>;
  IndicatorArea: IndicatorArea;
  IndicatorUnit: IndicatorUnit;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  OrgUnit: ResolverTypeWrapper<OrgUnitRow>;
  OrgUnitKind: OrgUnitKind;
  Polarity: Polarity;
  Principal: Principal;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportPeriod: ResolverTypeWrapper<ReportPeriodModel>;
  ReportPeriodType: ReportPeriodType;
  ReportSectionKind: ReportSectionKind;
  ReportSectionTemplate: ResolverTypeWrapper<ReportSectionTemplateModel>;
  ReportTemplate: ResolverTypeWrapper<ReportTemplateModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssessmentRule: AssessmentRule;
  Boolean: Scalars['Boolean']['output'];
  DisclosureRule: DisclosureRule;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Indicator: IndicatorDefinition;
  Int: Scalars['Int']['output'];
  LocalizedText: LocalizedText;
  OrgUnit: OrgUnitRow;
  Query: Record<PropertyKey, never>;
  ReportPeriod: ReportPeriodModel;
  ReportSectionTemplate: ReportSectionTemplateModel;
  ReportTemplate: ReportTemplateModel;
  String: Scalars['String']['output'];
};

export type AssessmentMethodResolvers = EnumResolverSignature<{ NONE?: any, RELATIVE_QUARTILES?: any, SIGNIFICANCE_VS_COUNTY?: any, TARGET?: any }, ResolversTypes['AssessmentMethod']>;

export type AssessmentRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssessmentRule'] = ResolversParentTypes['AssessmentRule']> = {
  green?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AssessmentMethod'], ParentType, ContextType>;
  yellow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DisclosureRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosureRule'] = ResolversParentTypes['DisclosureRule']> = {
  minCell?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minDenominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FrequencyResolvers = EnumResolverSignature<{ HALF_YEAR?: any, MONTH?: any, QUARTER?: any, YEAR?: any }, ResolversTypes['Frequency']>;

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  area?: Resolver<ResolversTypes['IndicatorArea'], ParentType, ContextType>;
  assessment?: Resolver<ResolversTypes['AssessmentRule'], ParentType, ContextType>;
  caveats?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosureRule'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['Frequency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type LocalizedTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type PolarityResolvers = EnumResolverSignature<{ HIGHER_IS_BETTER?: any, LOWER_IS_BETTER?: any, NO_JUDGEMENT?: any }, ResolversTypes['Polarity']>;

export type PrincipalResolvers = EnumResolverSignature<{ JOINT?: any, MUNICIPALITY?: any, REGION?: any }, ResolversTypes['Principal']>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  latestCompletePeriod?: Resolver<ResolversTypes['ReportPeriod'], ParentType, ContextType, RequireFields<QueryLatestCompletePeriodArgs, 'type'>>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType, RequireFields<QueryOrgUnitArgs, 'code'>>;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType, Partial<QueryOrgUnitsArgs>>;
  reportTemplates?: Resolver<Array<ResolversTypes['ReportTemplate']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = GraphQLContext> = {
  AssessmentMethod?: AssessmentMethodResolvers;
  AssessmentRule?: AssessmentRuleResolvers<ContextType>;
  DisclosureRule?: DisclosureRuleResolvers<ContextType>;
  Frequency?: FrequencyResolvers;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorArea?: IndicatorAreaResolvers;
  IndicatorUnit?: IndicatorUnitResolvers;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OrgUnitKind?: OrgUnitKindResolvers;
  Polarity?: PolarityResolvers;
  Principal?: PrincipalResolvers;
  Query?: QueryResolvers<ContextType>;
  ReportPeriod?: ReportPeriodResolvers<ContextType>;
  ReportPeriodType?: ReportPeriodTypeResolvers;
  ReportSectionKind?: ReportSectionKindResolvers;
  ReportSectionTemplate?: ReportSectionTemplateResolvers<ContextType>;
  ReportTemplate?: ReportTemplateResolvers<ContextType>;
};

