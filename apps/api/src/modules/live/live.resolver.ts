import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { MatterType } from '@lianxin/domain';
import type { CaseChangeNotice } from '../../changes.js';
import type { Context } from '../../context.js';
import { selectCases } from '../case/case-query.js';
import { CaseFilter } from '../case/case.types.js';
import { Category } from '../category/category.types.js';
import { badUserInput } from '../common/errors.js';
import { displayTicker } from '../access/display-answers.js';
import { Township, Village } from '../place/place.types.js';
import {
  ChangeNotice,
  DEFAULT_TICKER,
  MAX_TICKER,
  TICKER_VILLAGE_DESCRIPTION,
  TickerEntry,
} from './live.types.js';
import { noticeStream } from './notice-stream.js';
import type { RootOf } from '../common/root.js';

interface TickerRow {
  receivedAt: Date;
  categoryCode: string;
  /** Null when the wall screen may not see it (display-answers.ts displayTicker). */
  villageCode: string | null;
  townshipCode: string;
}

@Resolver()
export class LiveResolver {
  @Subscription(() => ChangeNotice, {
    description:
      'A notice after every committed change of a case in your area (over WebSocket, graphql-ws protocol, ' +
      'on /graphql). Refetch what you show; the notice itself carries no case detail. Changes of an accusation ' +
      '(检举控告) reach only those cleared to read it.',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      ctx.access.signedIn();
      // An accusation's change reaches only those cleared for it: to anyone else even its township and
      // minute would say more than "so many accusations per township and month" (the accusation rule).
      return noticeStream(ctx.services.publisher, (n) =>
        n.matterType === MatterType.ACCUSATION
          ? ctx.access.caseVisible({ ...n, id: n.caseId })
          : ctx.access.placeInArea(n.townshipCode, n.villageCode),
      );
    },
  })
  caseChanged(@Root() notice: RootOf<CaseChangeNotice>, @Ctx() ctx: Context): Promise<ChangeNotice> {
    return toChangeNotice(notice, ctx);
  }

  @Query(() => [TickerEntry], {
    description:
      'The latest cases received in your area, newest first, as the wall ticker shows them: category, village, ' +
      'time — nothing else. Accusations (检举控告) are left out. The wall screen account (DISPLAY) asks for at most ' +
      '20, optionally of one township, and sees the village only of a case received this year in a village whose ' +
      'year-to-date count it is shown (3 or more, not withheld); else `village` is null.',
  })
  async caseTicker(
    @Arg('first', () => Int, {
      nullable: true,
      description: `How many (default ${DEFAULT_TICKER}, at most ${MAX_TICKER}).`,
    })
    first: number | null | undefined,
    @Arg('filter', () => CaseFilter, {
      nullable: true,
      description: 'Which cases (e.g. one township for a wall narrowed to it).',
    })
    filter: CaseFilter | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<TickerRow[]> {
    const size = first ?? DEFAULT_TICKER;
    if (!Number.isInteger(size) || size < 1 || size > MAX_TICKER) {
      throw badUserInput('first', `first must be between 1 and ${MAX_TICKER}`);
    }
    const selection = selectCases(filter, ctx.now, ctx.access);
    await ctx.services.cases.checkReferences(selection.filter);
    const rows: TickerRow[] = await ctx.services.cases.latestReceived(selection, size);
    return ctx.access.aggregatesOnly ? displayTicker(ctx, rows) : rows;
  }
}

async function toChangeNotice(n: CaseChangeNotice, ctx: Context): Promise<ChangeNotice> {
  const accusation = n.matterType === MatterType.ACCUSATION;
  const [township, village, category] = await Promise.all([
    ctx.loaders.places.townshipByCode.load(n.townshipCode),
    accusation ? null : ctx.loaders.places.villageByCode.load(n.villageCode),
    accusation ? null : ctx.loaders.categories.byCode.load(n.categoryCode),
  ]);
  return {
    at: n.at,
    event: n.event,
    township: township!,
    village: village ?? null,
    category: category ?? null,
  };
}

@Resolver(() => TickerEntry)
export class TickerEntryResolver {
  @FieldResolver(() => Category, { description: 'Dispute category.' })
  async category(@Root() r: RootOf<TickerRow>, @Ctx() ctx: Context): Promise<Category> {
    return (await ctx.loaders.categories.byCode.load(r.categoryCode))!;
  }

  @FieldResolver(() => Village, { nullable: true, description: TICKER_VILLAGE_DESCRIPTION })
  async village(@Root() r: RootOf<TickerRow>, @Ctx() ctx: Context): Promise<Village | null> {
    return r.villageCode === null ? null : (await ctx.loaders.places.villageByCode.load(r.villageCode))!;
  }

  @FieldResolver(() => Township, { description: 'Township (乡镇) of the case’s village.' })
  async township(@Root() r: RootOf<TickerRow>, @Ctx() ctx: Context): Promise<Township> {
    return (await ctx.loaders.places.townshipByCode.load(r.townshipCode))!;
  }
}
