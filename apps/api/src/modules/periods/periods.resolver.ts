// Closed periods: when months close and how they were revised since.
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { addLocalDays, addLocalMonths, isLocalDate, localDate, SETTLING_MONTHS } from '@lianxin/domain';
import type { Context } from '../../context.js';
import { periodGrace } from '../case/case-query.js';
import { badUserInput } from '../common/errors.js';
import { PeriodRevision } from './periods.types.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function month(field: string, value: string): string {
  if (!MONTH.test(value) || !isLocalDate(`${value}-01`))
    throw badUserInput(field, `not a month YYYY-MM: ${value}`);
  return value;
}

@Resolver()
export class PeriodsResolver {
  @Query(() => [PeriodRevision], {
    description:
      'Revisions of closed months from..to (YYYY-MM, at most 10 years), oldest first. A month closes ' +
      'PERIOD_GRACE_DAYS after its last day; from then on its KPIs are read as known at its close and only an ' +
      "administrator's import with a reason (a revision, listed here) changes them.",
  })
  periodRevisions(
    @Arg('from', () => String, { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', () => String, { description: 'Last month, YYYY-MM.' }) to: string,
    @Ctx() ctx: Context,
  ): Promise<PeriodRevision[]> {
    const first = month('from', from);
    const last = month('to', to);
    if (first > last) throw badUserInput('from', `from is after to: ${first} > ${last}`);
    if (Number(last.slice(0, 4)) - Number(first.slice(0, 4)) > 10)
      throw badUserInput('to', 'at most 10 years of revisions at once');
    return ctx.services.periods.revisions(first, last, ctx.now);
  }

  @Query(() => String, {
    description:
      'The last month (YYYY-MM) whose KPIs are all final: a month closes PERIOD_GRACE_DAYS after its cases have ' +
      'settled — at once for measures anchored on a rating, an answer or a due date, 2 months after for those ' +
      'anchored on closing (a reopening after review), 4 months after for those anchored on receipt (the longest ' +
      'first-instance life, for 包案化解率). Changed only by a recorded revision after that.',
  })
  lastClosedMonth(@Ctx() ctx: Context): string {
    // Month M is closed for an anchor once today is past the last day of M + settling months + grace;
    // the latest month closed for every anchor is the month before the one holding (today - grace),
    // moved back by the longest settling time.
    const reference = addLocalDays(localDate(ctx.now), -periodGrace());
    const closedForAll = addLocalDays(`${reference.slice(0, 7)}-01`, -1);
    const longest = Math.max(...Object.values(SETTLING_MONTHS));
    return addLocalMonths(`${closedForAll.slice(0, 7)}-01`, -longest).slice(0, 7);
  }
}
