import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { CaseEventType } from '@lianxin/domain';
import type { Context } from '../../context.js';
import { CaseListArgs, listNestedCases } from '../case/case-list.js';
import { CaseConnection, CaseEvent } from '../case/case-object.types.js';
import { badUserInput, ErrorCode, notFound } from '../common/errors.js';
import { checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination.js';
import { LocalDateScalar } from '../common/scalars.js';
import { Township } from '../place/place.types.js';
import { Unit } from '../unit/unit.types.js';
import type { LeaderEventQuery } from './leader.service.js';
import { Leader, LeaderFilter, VisitDay } from './leader.types.js';
import type { RootOf } from '../common/root.js';

@ArgsType()
class LeaderEventArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'First local day, inclusive.' })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last local day, inclusive.' })
  to?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many, newest first (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  })
  first?: number | null;
}

function eventQuery(type: CaseEventType, args: LeaderEventArgs, ctx: Context): LeaderEventQuery {
  if (args.from && args.to && args.from > args.to)
    throw badUserInput('from', `period starts after it ends: ${args.from} > ${args.to}`);
  return {
    type,
    from: args.from ?? null,
    to: args.to ?? null,
    first: checkPageSize(args.first),
    restrict: (qb) => ctx.access.applyDetail(ctx.access.applyReach(qb)),
  };
}

@Resolver(() => Leader)
export class LeaderResolver {
  @Query(() => [Leader], { description: 'Leaders, optionally filtered by rank, post or township.' })
  leaders(
    @Arg('filter', () => LeaderFilter, { nullable: true, description: 'Which leaders.' })
    filter: LeaderFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Leader[]> {
    return ctx.services.leaders.list(filter);
  }

  @Query(() => Leader, { description: 'One leader by id. Unknown id: LEADER_NOT_FOUND.' })
  async leader(
    @Arg('id', () => ID, { description: 'Internal id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Leader> {
    const n = Number(id);
    const found = Number.isSafeInteger(n) ? await ctx.loaders.leaders.byId.load(n) : null;
    if (!found) throw notFound(ErrorCode.LEADER_NOT_FOUND, 'id', [id]);
    return found;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit the leader heads, if any.' })
  unit(@Root() leader: RootOf<Leader>, @Ctx() ctx: Context): Promise<Unit | null> {
    return leader.unitId === null ? Promise.resolve(null) : ctx.loaders.units.byId.load(leader.unitId);
  }

  @FieldResolver(() => Township, { nullable: true, description: 'The township, for township leaders.' })
  township(@Root() leader: RootOf<Leader>, @Ctx() ctx: Context): Promise<Township | null> {
    return leader.townshipCode === null
      ? Promise.resolve(null)
      : ctx.loaders.places.townshipByCode.load(leader.townshipCode);
  }

  @FieldResolver(() => [VisitDay], {
    description: 'Visits this leader made per local day (a calendar), all of them in the period.',
  })
  visitDays(
    @Root() leader: RootOf<Leader>,
    @Arg('from', () => LocalDateScalar, { nullable: true, description: 'First local day, inclusive.' })
    from: string | null | undefined,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: 'Last local day, inclusive.' })
    to: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<VisitDay[]> {
    if (from && to && from > to) throw badUserInput('from', `period starts after it ends: ${from} > ${to}`);
    return ctx.services.leaders.visitDays(leader.id, from ?? null, to ?? null, (qb) =>
      ctx.access.applyReach(qb),
    );
  }

  @FieldResolver(() => CaseConnection, { description: 'Cases in the personal charge of this leader (包案).' })
  cases(@Root() leader: RootOf<Leader>, @Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: Context) {
    return listNestedCases(ctx, 'leader_id', leader.id, args);
  }

  @FieldResolver(() => [CaseEvent], {
    description: 'Visits this leader made (接访, 下访, 约访, 走访, 回访), newest first.',
  })
  async visits(
    @Root() leader: RootOf<Leader>,
    @Args(() => LeaderEventArgs) args: LeaderEventArgs,
    @Ctx() ctx: Context,
  ) {
    const events = await ctx.loaders.leaders.events.load({
      leaderId: leader.id,
      ...eventQuery(CaseEventType.VISIT, args, ctx),
    });
    return visibleEvents(events, ctx);
  }

  @FieldResolver(() => [CaseEvent], {
    description: 'Written instructions (批示) by this leader, newest first.',
  })
  async instructions(
    @Root() leader: RootOf<Leader>,
    @Args(() => LeaderEventArgs) args: LeaderEventArgs,
    @Ctx() ctx: Context,
  ) {
    const events = await ctx.loaders.leaders.events.load({
      leaderId: leader.id,
      ...eventQuery(CaseEventType.INSTRUCTION, args, ctx),
    });
    return visibleEvents(events, ctx);
  }
}

/** A leader's timeline entries on cases this reader may see (area; accusations only when cleared). */
async function visibleEvents<E extends { caseId: number }>(events: E[], ctx: Context): Promise<E[]> {
  const cases = await Promise.all(events.map((e) => ctx.loaders.cases.byId.load(e.caseId)));
  return events.filter((_e, i) => cases[i] && ctx.access.caseVisible(cases[i]));
}
