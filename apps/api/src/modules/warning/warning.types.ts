import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WARNING_ALPHA, WARNING_MAX_YEARS } from '@lianxin/domain/statistics';
import { DateTimeScalar } from '../common/scalars.js';
import { PageInfo } from '../common/pagination.js';

/** Months of series per alert: the default covers the longest baseline (3 years) and the alert. */
export const DEFAULT_SERIES_MONTHS = 37;
export const MAX_SERIES_MONTHS = 120;

export enum EarlyWarningLevel {
  RED = 'RED',
  YELLOW = 'YELLOW',
}
registerEnumType(EarlyWarningLevel, {
  name: 'EarlyWarningLevel',
  description: 'How unusual a month’s count is for its cell (the early-warning detector’s two alphas).',
  valuesConfig: {
    RED: { description: `Above the upper bound at alpha ${WARNING_ALPHA.RED} (红色预警).` },
    YELLOW: { description: `Above the upper bound at alpha ${WARNING_ALPHA.YELLOW}, not RED (黄色预警).` },
  },
});

export enum EarlyWarningScope {
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}
registerEnumType(EarlyWarningScope, {
  name: 'EarlyWarningScope',
  description: 'The grain of an early-warning cell.',
  valuesConfig: {
    TOWNSHIP: { description: 'Township (乡镇) × category.' },
    VILLAGE: { description: 'Village or community (村/社区) × category.' },
  },
});

@InputType({
  description:
    'Selects early warnings. All conditions combine with AND. Months are local (Asia/Shanghai) months of receipt, `YYYY-MM`.',
})
export class EarlyWarningFilter {
  @Field(() => EarlyWarningLevel, { nullable: true, description: 'Only this level (default: both).' })
  level?: EarlyWarningLevel | null;

  @Field(() => EarlyWarningScope, {
    nullable: true,
    description: 'Only cells of this grain (default: both; the wall screen account: TOWNSHIP only).',
  })
  scope?: EarlyWarningScope | null;

  @Field(() => String, { nullable: true, description: 'Only this township (its village cells too).' })
  townshipCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this village’s cells.' })
  villageCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this category.' })
  categoryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'First month, `YYYY-MM` (inclusive).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last month, `YYYY-MM` (inclusive).' })
  to?: string | null;
}

@ObjectType({
  description:
    'One month of a cell’s series: the cases received and, where the detector judged the month, its expected ' +
    'count and upper bounds.',
})
export class EarlyWarningPoint {
  @Field(() => String, { description: 'Month, `YYYY-MM`.' })
  month: string;

  @Field(() => Int, { description: 'Cases received in the month (accusations left out).' })
  observed: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Expected count from the baseline; null where the month was not judged (under two years of history, or ' +
      'fewer than 4 cases in a cell that has never warned: the detector cannot warn there).',
  })
  expected: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound at the YELLOW alpha; null as `expected`.' })
  upperYellow: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound at the RED alpha; null as `expected`.' })
  upperRed: number | null;

  @Field(() => EarlyWarningLevel, { nullable: true, description: 'The month’s alarm, if any.' })
  level: EarlyWarningLevel | null;

  @Field(() => Boolean, { description: 'The current month, judged on its cases so far.' })
  provisional: boolean;
}

@ObjectType({
  description:
    'An early warning (预警): a month in which a township × category or village × category cell received more ' +
    'cases than its history predicts (improved Farrington method, `detectWarnings` in @lianxin/domain). ' +
    'Accusations (检举控告) are never counted. Open its cases with `cases(filter: { townshipCodes | villageCodes, ' +
    'categoryCodes, matterTypes: [SUGGESTION, APPEAL], from: first day, to: last day of the month })`.',
})
export class EarlyWarning {
  @Field(() => String, { description: 'Stable key: scope, place, category and month.' })
  id: string;

  @Field(() => EarlyWarningScope, { description: 'Township or village cell.' })
  scope: EarlyWarningScope;

  @Field(() => String, { description: 'Month, `YYYY-MM` (local, Asia/Shanghai).' })
  month: string;

  @Field(() => Boolean, {
    description: 'The current month, judged on its cases so far: may still change (or go away) this month.',
  })
  provisional: boolean;

  @Field(() => EarlyWarningLevel, { description: 'RED or YELLOW.' })
  level: EarlyWarningLevel;

  @Field(() => Int, { description: 'Cases received in the cell that month (accusations left out).' })
  observed: number;

  @Field(() => Float, { description: 'Expected count from the baseline.' })
  expected: number;

  @Field(() => Float, { description: 'Upper bound at the YELLOW alpha.' })
  upperYellow: number;

  @Field(() => Float, { description: 'Upper bound at the RED alpha.' })
  upperRed: number;

  @Field(() => Float, { nullable: true, description: 'One-sided p-value of the observed count.' })
  pValue: number | null;

  @Field(() => Boolean, { description: 'Whether a time trend was kept in the baseline model.' })
  trend: boolean;

  @Field(() => Int, {
    description: `Years of history the baseline used (2 to ${WARNING_MAX_YEARS}).`,
  })
  baselineYears: number;

  @Field(() => [String], { description: 'The months the baseline was fitted on, `YYYY-MM`, oldest first.' })
  baselineMonths: string[];

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the month first reached this level (a new alert, or YELLOW raised to RED).',
  })
  raisedAt: Date | null;

  /** The cell, for the field resolvers (township, village, category, series). */
  placeCode: string;
  townshipCode: string;
  categoryCode: string;
}

@ObjectType({ description: 'An edge of an early-warning page.' })
export class EarlyWarningEdge {
  @Field(() => String, { description: 'Pass as `after` for the alerts after this one.' })
  cursor: string;

  @Field(() => EarlyWarning, { description: 'The alert.' })
  node: EarlyWarning;
}

@ObjectType({ description: 'A page of early warnings, newest month first, RED before YELLOW.' })
export class EarlyWarningConnection {
  @Field(() => [EarlyWarningEdge], { description: 'The alerts of this page.' })
  edges: EarlyWarningEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow.' })
  pageInfo: PageInfo;
}

@ObjectType({ description: 'How many early warnings of each level a filter selects.' })
export class EarlyWarningCounts {
  @Field(() => Int, { description: 'RED alerts.' })
  red: number;

  @Field(() => Int, { description: 'YELLOW alerts.' })
  yellow: number;
}

@ObjectType({
  description:
    'A new early warning, pushed when a recompute after writes finds a cell-month alerting for the first time ' +
    'or raised from YELLOW to RED. A signal to refetch; the wall screen account gets township cells only.',
})
export class EarlyWarningNotice {
  @Field(() => DateTimeScalar, { description: 'When the alert was raised.' })
  at: Date;

  @Field(() => EarlyWarningLevel, { description: 'Its level.' })
  level: EarlyWarningLevel;

  @Field(() => EarlyWarningScope, { description: 'Township or village cell.' })
  scope: EarlyWarningScope;

  @Field(() => String, { description: 'Month, `YYYY-MM`.' })
  month: string;

  @Field(() => Boolean, { description: 'The current month, judged on its cases so far.' })
  provisional: boolean;

  /** Resolved by the resolver. */
  townshipCode: string;
  categoryCode: string;
  villageCode: string | null;
}
