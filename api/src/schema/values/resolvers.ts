import { indicatorAreas, type IndicatorDefinition } from '@samsyn/indicators';
import { createGraphQLError } from 'graphql-yoga';
import type { Sql } from '../../db/client.ts';
import type { Resolvers } from '../resolvers-types.generated.ts';
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
import { absentValue } from './absent.ts';
import { readUnitScorecard } from './unit-scorecard.ts';

/**
 * The read side of the indicator engine. Each root field reads with a fixed number of queries, however many values
 * it returns: the definitions, the values, the comparators (county and municipality values, for the colours), and
 * the org units through the request's DataLoader. `scorecard`, read for every unit page, is one statement once the
 * server's caches hold the definitions and the period's comparators (unit-scorecard.ts, read-cache.ts). IndicatorValue
 * resolves from a ValueModel (codegen.ts mappers), and the enums are the stored lower-case values (schema/enums.ts;
 * Sex is stored upper case, see below).
 */

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
        periodType: args.periodType,
        from: args.from ?? null,
        to: args.to ?? null,
        sex: args.sex ?? 'T',
      };
      const rows = await findValues(sql, filter);
      return assessed(sql, rows, definitions, filter.periodType, filter.sex);
    },
    comparison: async (_parent, args, { sql }) => {
      const definitions = await findDefinitions(sql, [args.indicatorId]);
      const definition = definitions.get(args.indicatorId);
      if (!definition) return null;
      const periodType = args.periodType;
      const sex = args.sex ?? 'T';
      const rows = await findValues(sql, { indicatorIds: [args.indicatorId], periodType, periods: [args.period], sex, kind: args.level });
      const comparators = await findComparators(sql, { indicatorIds: [args.indicatorId], periodType, periods: [args.period], sex });
      const values = rows.map((row) => assessRow(row, definition, comparators)).sort(byValue(definition));
      const county = comparators.county(args.indicatorId, args.period);
      return {
        indicatorId: args.indicatorId,
        period: args.period,
        periodType: args.periodType,
        level: args.level,
        sex: args.sex ?? 'T',
        county: county ? assessRow(county, definition, comparators) : null,
        values,
      };
    },
    scorecard: async (_parent, { orgUnit, periodType, period }, context) => {
      const card = await readUnitScorecard(context, orgUnit, periodType, period);
      if (!card) throw createGraphQLError(`Okänd organisationsenhet ${orgUnit} / unknown org unit`, { extensions: { code: 'NOT_FOUND' } });
      const ordered = [...card.definitions.values()].sort(
        (a, b) => indicatorAreas.indexOf(a.area) - indicatorAreas.indexOf(b.area) || a.id.localeCompare(b.id),
      );
      return ordered.map((definition) =>
        assessRow(card.stored.get(definition.id) ?? absentValue(definition, orgUnit, periodType, period), definition, card.comparators, card.unit),
      );
    },
  },
  IndicatorValue: {
    trend: (value) => {
      const { trend, trendChiSquare } = value;
      if (trend === null || trendChiSquare === null) return null;
      return { direction: trend, significant: trend !== 'no_significant_change', chiSquare: trendChiSquare };
    },
    orgUnit: (value, _args, { orgUnits }) =>
      value.orgUnitRow ??
      orgUnits.byCode.load(value.orgUnit).then((unit) => {
        if (!unit) throw createGraphQLError(`Okänd organisationsenhet ${value.orgUnit} / unknown org unit`, { extensions: { code: 'NOT_FOUND' } });
        return unit;
      }),
  },
};

export const valueResolvers = {
  ...resolvers,
  // The stored sex codes are T, K and M, the same as the GraphQL names: this enum is not lower-cased (schema/enums.ts).
  Sex: { T: 'T', K: 'K', M: 'M' },
};
