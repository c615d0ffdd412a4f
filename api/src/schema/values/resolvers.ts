import { indicatorAreas, type IndicatorDefinition } from '@samsyn/indicators';
import { createGraphQLError } from 'graphql-yoga';
import type { Sql } from '../../db/client.ts';
import type { OrgUnitKind } from '../org/rows.ts';
import type { Resolvers, ResolversTypes, TrendDirection } from '../resolvers-types.generated.ts';
import {
  assessRow,
  findComparators,
  findDefinitions,
  findValues,
  type PeriodType,
  type Sex,
  type ValueFilter,
  type ValueModel,
  type ValueRow,
} from './queries.ts';

/**
 * The read side of the indicator engine. Each root field reads with a fixed number of queries, however many values
 * it returns: the definitions, the values, the comparators (county and municipality values, for the colours), and
 * the org units through the request's DataLoader.
 *
 * The generated types know these enums by their GraphQL (upper-case) names, while the resolvers work with the stored
 * lower-case values (schema/enums.ts); codegen.ts has no enumValues/mappers for this module yet, so the models are
 * cast at the boundary (`toGraphQL`, `model`).
 */

type IndicatorValueParent = ResolversTypes['IndicatorValue'];
const toGraphQL = (value: ValueModel) => value as unknown as IndicatorValueParent;
const model = (value: IndicatorValueParent) => value as unknown as ValueModel;

// Args arrive as the internal enum values (lower case; Sex kept upper case, see below); the generated types say otherwise.
const periodTypeOf = (value: unknown) => value as PeriodType;
const sexOf = (value: unknown) => (value ?? 'T') as Sex;

async function assessed(
  sql: Sql,
  rows: readonly ValueRow[],
  definitions: ReadonlyMap<string, IndicatorDefinition>,
  periodType: PeriodType,
  sex: Sex,
): Promise<ValueModel[]> {
  const comparators = await findComparators(sql, {
    indicatorIds: [...new Set(rows.map((r) => r.indicatorId))],
    periodType,
    periods: [...new Set(rows.map((r) => r.period))],
    sex,
  });
  return rows.map((row) => assessRow(row, definitions.get(row.indicatorId), comparators));
}

/** Best first for the indicator's polarity (highest first without one); values missing last, by unit code. */
function byValue(definition: IndicatorDefinition) {
  const direction = definition.polarity === 'lower_is_better' ? 1 : -1;
  return (a: ValueModel, b: ValueModel) => {
    if (a.value === null || b.value === null) {
      return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.orgUnit.localeCompare(b.orgUnit);
    }
    return direction * (a.value - b.value) || a.orgUnit.localeCompare(b.orgUnit);
  };
}

const resolvers: Resolvers = {
  Query: {
    indicatorValues: async (_parent, args, { sql }) => {
      const definitions = await findDefinitions(sql, [args.indicatorId]);
      if (!definitions.has(args.indicatorId)) return [];
      const filter: ValueFilter = {
        indicatorIds: [args.indicatorId],
        orgUnits: args.orgUnits ?? null,
        periodType: periodTypeOf(args.periodType),
        from: args.from ?? null,
        to: args.to ?? null,
        sex: sexOf(args.sex),
      };
      const rows = await findValues(sql, filter);
      return (await assessed(sql, rows, definitions, filter.periodType, filter.sex)).map(toGraphQL);
    },
    comparison: async (_parent, args, { sql }) => {
      const definitions = await findDefinitions(sql, [args.indicatorId]);
      const definition = definitions.get(args.indicatorId);
      if (!definition) return null;
      const periodType = periodTypeOf(args.periodType);
      const sex = sexOf(args.sex);
      const level = args.level as unknown as OrgUnitKind;
      const rows = await findValues(sql, { indicatorIds: [args.indicatorId], periodType, periods: [args.period], sex, kind: level });
      const comparators = await findComparators(sql, { indicatorIds: [args.indicatorId], periodType, periods: [args.period], sex });
      const values = rows.map((row) => assessRow(row, definition, comparators)).sort(byValue(definition));
      const county = comparators.county(args.indicatorId, args.period);
      return {
        indicatorId: args.indicatorId,
        period: args.period,
        periodType: args.periodType,
        level: args.level,
        sex: args.sex ?? 'T',
        county: county ? toGraphQL(assessRow(county, definition, comparators)) : null,
        values: values.map(toGraphQL),
      };
    },
    scorecard: async (_parent, args, { sql }) => {
      const definitions = await findDefinitions(sql, null);
      const periodType = periodTypeOf(args.periodType);
      const rows = await findValues(sql, { orgUnits: [args.orgUnit], periodType, periods: [args.period], sex: 'T' });
      const order = (id: string) => {
        const definition = definitions.get(id);
        return definition ? indicatorAreas.indexOf(definition.area) : indicatorAreas.length;
      };
      const sorted = [...rows].sort((a, b) => order(a.indicatorId) - order(b.indicatorId) || a.indicatorId.localeCompare(b.indicatorId));
      return (await assessed(sql, sorted, definitions, periodType, 'T')).map(toGraphQL);
    },
  },
  IndicatorValue: {
    trend: (value) => {
      const { trend, trendChiSquare } = model(value);
      if (trend === null || trendChiSquare === null) return null;
      // The stored value is the internal enum value; the generated type knows only the GraphQL name (see above).
      const direction = trend as unknown as TrendDirection;
      return { direction, significant: trend !== 'no_significant_change', chiSquare: trendChiSquare };
    },
    orgUnit: async (value, _args, { orgUnits }) => {
      const code = model(value).orgUnit;
      const unit = await orgUnits.byCode.load(code);
      if (!unit) throw createGraphQLError(`Okänd organisationsenhet ${code} / unknown org unit`, { extensions: { code: 'NOT_FOUND' } });
      return unit;
    },
  },
};

export const valueResolvers = {
  ...resolvers,
  // The stored sex codes are T, K and M, the same as the GraphQL names: this enum is not lower-cased (schema/enums.ts).
  Sex: { T: 'T', K: 'K', M: 'M' },
};
