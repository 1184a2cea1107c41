import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { Category } from '../category/category.types.js';
import { selectCases } from '../case/case-query.js';
import { CaseFilter } from '../case/case.types.js';
import { DateTimeScalar } from '../common/scalars.js';
import { Leader } from '../leader/leader.types.js';
import { Township, Village } from '../place/place.types.js';
import { Unit } from '../unit/unit.types.js';
import { requestedKpis, requestedNestedKpis, requestedWorkloadParts } from './requested-kpis.js';
import {
  displayCaseStats,
  displayKpis,
  displayWorkloads,
  startWorkloadPlan,
} from '../access/display-answers.js';
import { aggregateSelection } from '../access/accusation-counts.js';
import {
  CaseDimension,
  CaseStatsBucket,
  KpiDefinition,
  KpiSet,
  LeaderWorkload,
  Warning,
  WarningCounts,
} from './stats.types.js';
import { KPI_ANCHOR_LABELS, KPI_DEFINITIONS, KpiCode, type DeadlineKind } from '@lianxin/domain';
import { KPI_FIELDS } from './stats.service.js';
import type { RootOf } from '../common/root.js';

const filterArg = { nullable: true, description: 'Which cases, and the period.' } as const;

/** The dictionary in the schema's shape, built once: it is the domain's constant. */
const KPI_DICTIONARY: readonly KpiDefinition[] = Object.values(KpiCode).map((code) => {
  const d = KPI_DEFINITIONS[code];
  return {
    ...d,
    field: KPI_FIELDS[code],
    anchorLabel: KPI_ANCHOR_LABELS[d.anchor],
    articles: [...d.articles],
  };
});

@Resolver()
export class StatsResolver {
  @Query(() => [KpiDefinition], {
    description:
      'The KPI dictionary: for every KPI its formula, numerator, denominator, what is left out and why, the date ' +
      'that places a case in the period, the regulation it rests on, and the KPI shown beside it. Public ' +
      'methodology, no data (any signed-in role, the wall screen included).',
  })
  kpiDefinitions(): readonly KpiDefinition[] {
    return KPI_DICTIONARY;
  }

  @Query(() => KpiSet, {
    description:
      'The eight KPIs for a filter and period, each as numerator/denominator/rate with its formula in the field ' +
      'description. Without a period: all time up to `asOf`. The wall screen account (DISPLAY) asks the year to ' +
      'date or the same period last year only, and reads 0/0 for a KPI counted over 1–2 cases or withheld so ' +
      'that none can be worked out from the district minus the other townships.',
  })
  async kpis(
    @Arg('filter', () => CaseFilter, filterArg) filter: CaseFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<KpiSet> {
    const { selection } = aggregateSelection(selectCases(filter, ctx.now, ctx.access), null);
    await ctx.services.cases.checkReferences(selection.filter);
    if (ctx.access.aggregatesOnly) return displayKpis(ctx, selection);
    return ctx.loaders.stats.kpis(selection, requestedKpis(info));
  }

  @Query(() => [CaseStatsBucket], {
    description:
      'A pivot of cases: one bucket per combination of the grouped dimensions, with its count and KPI parts. ' +
      'Buckets add up to the ungrouped totals. Like every number, it leaves out the accusations (检举控告) you ' +
      'are not cleared for; their number per township and month is `filter: { matterTypes: [ACCUSATION] }` ' +
      'grouped by any of TOWNSHIP, MONTH, QUARTER, YEAR, with whole months and no other filter: count only, ' +
      'months that have ended. Other shapes naming ACCUSATION are FORBIDDEN unless you are cleared for all. ' +
      'The wall screen account (DISPLAY) asks only the periods and groupings the wall uses and gets no KPI parts; by ' +
      'village, a cell of 1–2 cases and enough others that none can be worked out from its township total come ' +
      'back `suppressed` (not only cells under 3).',
  })
  async caseStats(
    @Arg('filter', () => CaseFilter, filterArg) filter: CaseFilter | null,
    @Arg('groupBy', () => [CaseDimension], {
      description: 'Dimensions to group by (may be empty: one total bucket).',
    })
    groupBy: CaseDimension[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseStatsBucket[]> {
    const { selection, countOnly } = aggregateSelection(selectCases(filter, ctx.now, ctx.access), groupBy);
    await ctx.services.cases.checkReferences(selection.filter);
    if (countOnly) {
      // Only months with accusations received: a zero bucket (rollup rows kept for a closure or a
      // rating in that month) would date something that happened to one of them.
      const counts = await ctx.loaders.stats.caseStats(selection, groupBy, []);
      return counts.filter((b) => groupBy.length === 0 || b.count !== 0).map((b) => ({ ...b, kpis: null }));
    }
    if (ctx.access.aggregatesOnly) return displayCaseStats(ctx, selection, groupBy);
    return ctx.loaders.stats.caseStats(selection, groupBy, requestedNestedKpis(info));
  }

  @Query(() => WarningCounts, {
    description:
      'How many open cases have their pending statutory step overdue (red) or due within 3 local days (yellow).',
  })
  async warningCounts(
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: 'Instant to judge at (default: now).' })
    asOf: Date | null,
    @Arg('filter', () => CaseFilter, filterArg) filter: CaseFilter | null,
    @Ctx() ctx: Context,
  ): Promise<WarningCounts> {
    const { selection } = aggregateSelection(
      selectCases({ ...filter, ...(asOf ? { asOf } : {}) }, ctx.now, ctx.access),
      null,
    );
    await ctx.services.cases.checkReferences(selection.filter);
    return ctx.services.stats.warningCounts(selection);
  }

  @Query(() => [LeaderWorkload], {
    description:
      'Per leader (all, or `filter.leaderIds`): cases in charge and their state, KPIs, visits by kind, instructions. ' +
      'For the wall screen account (DISPLAY): the year to date only; a leader with 1–2 cases in the area asked (or ' +
      'withheld to protect such a row) reads all zeros, an on-time rate over 1–2 due cases 0/0.',
  })
  async leaderWorkloads(
    @Arg('filter', () => CaseFilter, filterArg) filter: CaseFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LeaderWorkload[]> {
    const { selection } = aggregateSelection(selectCases(filter, ctx.now, ctx.access), null);
    await ctx.services.cases.checkReferences(selection.filter);
    const leaders = selection.filter.leaderIds ?? (await ctx.services.leaders.list(null)).map((l) => l.id);
    // The wall's rows are withheld by their counts (display-answers.ts): it reads the cases and the due
    // dates whatever it asks (and its visits, instructions and resolution read zero).
    const parts = requestedWorkloadParts(info);
    if (ctx.access.aggregatesOnly) {
      parts.add('due');
      startWorkloadPlan(ctx, selection);
    }
    const rows = await ctx.services.stats.leaderWorkloads(selection, leaders, parts);
    if (ctx.access.aggregatesOnly) return (await displayWorkloads(ctx, selection, rows)) as LeaderWorkload[];
    return rows as LeaderWorkload[];
  }

  @Query(() => [Warning], {
    description:
      'Open cases whose pending statutory step is overdue (RED) or due within 3 local days (YELLOW), most urgent first.',
  })
  async warnings(
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: 'Instant to judge at (default: now).' })
    asOf: Date | null,
    @Arg('filter', () => CaseFilter, filterArg) filter: CaseFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 50, at most 200).' })
    first: number | null,
    @Ctx() ctx: Context,
  ): Promise<Warning[]> {
    const selection = selectCases({ ...filter, ...(asOf ? { asOf } : {}) }, ctx.now, ctx.access);
    await ctx.services.cases.checkReferences(selection.filter);
    const rows = await ctx.services.stats.warnings(selection, first);
    const cases = await Promise.all(rows.map((r) => r.case ?? ctx.loaders.cases.byId.load(r.caseId)));
    return rows.map((row, i) => ({
      level: row.level,
      deadlineKind: row.deadlineKind as DeadlineKind,
      dueAt: row.dueAt,
      daysLeft: row.daysLeft,
      case: cases[i]!,
    }));
  }
}

@Resolver(() => CaseStatsBucket)
export class CaseStatsBucketResolver {
  @FieldResolver(() => Category, { nullable: true, description: 'CATEGORY key, resolved.' })
  category(@Root() b: RootOf<CaseStatsBucket>, @Ctx() ctx: Context) {
    return b.categoryCode === null ? null : ctx.loaders.categories.byCode.load(b.categoryCode);
  }

  @FieldResolver(() => Township, { nullable: true, description: 'TOWNSHIP key, resolved.' })
  township(@Root() b: RootOf<CaseStatsBucket>, @Ctx() ctx: Context) {
    return b.townshipCode === null ? null : ctx.loaders.places.townshipByCode.load(b.townshipCode);
  }

  @FieldResolver(() => Village, { nullable: true, description: 'VILLAGE key, resolved.' })
  village(@Root() b: RootOf<CaseStatsBucket>, @Ctx() ctx: Context) {
    return b.villageCode === null ? null : ctx.loaders.places.villageByCode.load(b.villageCode);
  }

  @FieldResolver(() => Leader, { nullable: true, description: 'LEADER key, resolved.' })
  leader(@Root() b: RootOf<CaseStatsBucket>, @Ctx() ctx: Context) {
    return b.leaderId === null ? null : ctx.loaders.leaders.byId.load(b.leaderId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'UNIT key, resolved.' })
  unit(@Root() b: RootOf<CaseStatsBucket>, @Ctx() ctx: Context) {
    return b.unitId === null ? null : ctx.loaders.units.byId.load(b.unitId);
  }
}

@Resolver(() => LeaderWorkload)
export class LeaderWorkloadResolver {
  @FieldResolver(() => Leader, { description: 'The leader.' })
  async leader(@Root() w: RootOf<LeaderWorkload>, @Ctx() ctx: Context): Promise<Leader> {
    return (await ctx.loaders.leaders.byId.load(w.leaderId))!;
  }
}
