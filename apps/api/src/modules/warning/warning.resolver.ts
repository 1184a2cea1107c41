import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { EarlyWarningAlertNotice } from '../../changes.js';
import type { Context } from '../../context.js';
import { Category } from '../category/category.types.js';
import { badUserInput, ErrorCode, notFound } from '../common/errors.js';
import { checkPageSize } from '../common/pagination.js';
import type { RootOf } from '../common/root.js';
import { Township, Village } from '../place/place.types.js';
import { noticeStream } from '../live/notice-stream.js';
import type { AccessPolicy } from '../access/access-policy.js';
import type { SeriesPoint } from './warning.loader.js';
import type { AlertCursor, SignalQuery, SignalRecord } from './warning.service.js';
import {
  EarlyWarning,
  EarlyWarningConnection,
  EarlyWarningCounts,
  EarlyWarningFilter,
  EarlyWarningNotice,
  EarlyWarningPoint,
  DEFAULT_SERIES_MONTHS,
  MAX_SERIES_MONTHS,
  type EarlyWarningLevel,
  type EarlyWarningScope,
} from './warning.types.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const filterArg = { nullable: true, description: 'Which alerts (default: all in your area).' } as const;

/** Validates the filter (BAD_USER_INPUT, *_NOT_FOUND, FORBIDDEN outside the area) as a query. */
async function checkedQuery(
  filter: EarlyWarningFilter | null | undefined,
  ctx: Context,
): Promise<SignalQuery> {
  ctx.access.signedIn();
  const f = filter ?? {};
  for (const key of ['from', 'to'] as const) {
    const value = f[key];
    if (value != null && !MONTH.test(value))
      throw badUserInput(`filter.${key}`, `${key} must be a month, YYYY-MM`);
  }
  if (f.from && f.to && f.from > f.to) throw badUserInput('filter.to', 'to must not be before from');
  const refs = ctx.services.references;
  const check = async (
    kind: 'townships' | 'villages' | 'categories',
    code: string | null | undefined,
    field: string,
  ) => {
    if (code == null) return null;
    const [row] = await refs.rows(kind, [code]);
    if (!row) {
      const codeOf = {
        townships: ErrorCode.TOWNSHIP_NOT_FOUND,
        villages: ErrorCode.VILLAGE_NOT_FOUND,
        categories: ErrorCode.CATEGORY_NOT_FOUND,
      } as const;
      throw notFound(codeOf[kind], field, [code]);
    }
    return row;
  };
  await check('townships', f.townshipCode, 'filter.townshipCode');
  await check('categories', f.categoryCode, 'filter.categoryCode');
  const village = (await check('villages', f.villageCode, 'filter.villageCode')) as {
    code: string;
    townshipCode: string;
  } | null;
  const query: SignalQuery = {
    level: f.level ?? null,
    scope: f.scope ?? null,
    townshipCode: f.townshipCode ?? null,
    villageCode: f.villageCode ?? null,
    categoryCode: f.categoryCode ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
  };
  ctx.services.earlyWarnings.checkArea(ctx.access, query, village);
  return query;
}

function encodeAfter(r: SignalRecord): string {
  return Buffer.from(JSON.stringify([r.month, r.level, r.scope, r.placeCode, r.categoryCode])).toString(
    'base64url',
  );
}

function decodeAfter(cursor: string): AlertCursor {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(v) &&
      v.length === 5 &&
      v.every((x) => typeof x === 'string') &&
      MONTH.test(v[0] as string)
    ) {
      const [month, level, scope, placeCode, categoryCode] = v as string[];
      return {
        month: month!,
        level: level!,
        scope: scope!,
        placeCode: placeCode!,
        categoryCode: categoryCode!,
      };
    }
  } catch {
    // fall through
  }
  throw badUserInput('after', 'malformed cursor');
}

function toAlert(r: SignalRecord): EarlyWarning {
  return {
    id: `${r.scope}:${r.placeCode}:${r.categoryCode}:${r.month}`,
    scope: r.scope as EarlyWarningScope,
    month: r.month,
    provisional: r.provisional,
    level: r.level as EarlyWarningLevel,
    observed: r.observed,
    expected: r.expected ?? 0,
    upperYellow: r.upperYellow ?? 0,
    upperRed: r.upperRed ?? 0,
    pValue: r.pValue,
    trend: r.trend,
    baselineYears: r.years,
    baselineMonths: r.baseline,
    raisedAt: r.raisedAt,
    placeCode: r.placeCode,
    townshipCode: r.townshipCode,
    categoryCode: r.categoryCode,
  };
}

/** Whether a new alert may reach this user: their area, and the wall only its townships' cells. */
function noticeVisible(access: AccessPolicy, n: EarlyWarningAlertNotice): boolean {
  if (!access.user) return false;
  if (n.scope === 'VILLAGE') return !access.aggregatesOnly && access.placeInArea(n.townshipCode, n.placeCode);
  const scope = access.user.scope;
  if (scope.villageCode) return false;
  return !scope.townshipCode || scope.townshipCode === n.townshipCode;
}

@Resolver(() => EarlyWarning)
export class EarlyWarningResolver {
  @Query(() => EarlyWarningConnection, {
    description:
      'Early warnings (预警) in your area: months in which a township × category or village × category cell received ' +
      'unusually many cases (RED / YELLOW), newest month first, RED before YELLOW. Precomputed: closed months are ' +
      'final, the current month is `provisional` and recomputed a few seconds after each registration. ' +
      'Accusations (检举控告) are left out of every count. The wall screen account (DISPLAY) gets township cells ' +
      'only, and of them the township, category, month and level.',
  })
  async earlyWarnings(
    @Arg('filter', () => EarlyWarningFilter, filterArg) filter: EarlyWarningFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 50, at most 200).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last alert of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<EarlyWarningConnection> {
    const size = checkPageSize(first);
    const cursor = after == null ? null : decodeAfter(after);
    const query = await checkedQuery(filter, ctx);
    const rows = await ctx.services.earlyWarnings.alerts(ctx.access, query, size + 1, cursor);
    const page = rows.slice(0, size);
    return {
      edges: page.map((r) => ({ cursor: encodeAfter(r), node: toAlert(r) })),
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: page.length ? encodeAfter(page.at(-1)!) : null,
      },
    };
  }

  @Query(() => EarlyWarningCounts, {
    description:
      'How many early warnings of each level the filter selects in your area (as `earlyWarnings`).',
  })
  async earlyWarningCounts(
    @Arg('filter', () => EarlyWarningFilter, filterArg) filter: EarlyWarningFilter | null,
    @Ctx() ctx: Context,
  ): Promise<EarlyWarningCounts> {
    const query = await checkedQuery(filter, ctx);
    return ctx.services.earlyWarnings.counts(ctx.access, query);
  }

  @Subscription(() => EarlyWarningNotice, {
    description:
      'A notice for every new early warning in your area (over WebSocket, graphql-ws protocol, on /graphql): a ' +
      'cell-month alerting for the first time, or raised from YELLOW to RED. The wall screen account gets township ' +
      'cells only.',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      ctx.access.signedIn();
      const publisher = ctx.services.publisher;
      return noticeStream({ subscribe: (listener) => publisher.subscribeAlerts(listener) }, (n) =>
        noticeVisible(ctx.access, n),
      );
    },
  })
  earlyWarningRaised(@Root() n: RootOf<EarlyWarningAlertNotice>): EarlyWarningNotice {
    return {
      at: n.at,
      level: n.level as EarlyWarningLevel,
      scope: n.scope as EarlyWarningScope,
      month: n.month,
      provisional: n.provisional,
      townshipCode: n.townshipCode,
      categoryCode: n.categoryCode,
      villageCode: n.scope === 'VILLAGE' ? n.placeCode : null,
    };
  }

  @FieldResolver(() => Township, { description: 'The township of the cell (a village cell: its township).' })
  async township(@Root() a: RootOf<EarlyWarning>, @Ctx() ctx: Context): Promise<Township> {
    return (await ctx.loaders.places.townshipByCode.load(a.townshipCode))!;
  }

  @FieldResolver(() => Village, {
    nullable: true,
    description: 'The village of a village cell; null for a township cell.',
  })
  async village(@Root() a: RootOf<EarlyWarning>, @Ctx() ctx: Context): Promise<Village | null> {
    return a.scope === 'VILLAGE' ? (await ctx.loaders.places.villageByCode.load(a.placeCode))! : null;
  }

  @FieldResolver(() => Category, { description: 'The category of the cell.' })
  async category(@Root() a: RootOf<EarlyWarning>, @Ctx() ctx: Context): Promise<Category> {
    return (await ctx.loaders.categories.byCode.load(a.categoryCode))!;
  }

  @FieldResolver(() => [EarlyWarningPoint], {
    description:
      'The cell’s monthly series ending at the alert’s month (from the first month of data at most): counts, and ' +
      'the expected count and bounds where judged — for a small chart.',
  })
  async series(
    @Root() a: RootOf<EarlyWarning>,
    @Arg('months', () => Int, {
      nullable: true,
      description: `How many months (default ${DEFAULT_SERIES_MONTHS}, at most ${MAX_SERIES_MONTHS}).`,
    })
    months: number | null,
    @Ctx() ctx: Context,
  ): Promise<SeriesPoint[]> {
    const n = months ?? DEFAULT_SERIES_MONTHS;
    if (!Number.isInteger(n) || n < 1 || n > MAX_SERIES_MONTHS)
      throw badUserInput('months', `months must be between 1 and ${MAX_SERIES_MONTHS}`);
    return ctx.loaders.earlyWarnings.series.load({
      scope: a.scope,
      placeCode: a.placeCode,
      townshipCode: a.townshipCode,
      categoryCode: a.categoryCode,
      through: a.month,
      months: n,
    });
  }
}

@Resolver(() => EarlyWarningNotice)
export class EarlyWarningNoticeResolver {
  @FieldResolver(() => Township, { description: 'The township of the cell.' })
  async township(@Root() n: RootOf<EarlyWarningNotice>, @Ctx() ctx: Context): Promise<Township> {
    return (await ctx.loaders.places.townshipByCode.load(n.townshipCode))!;
  }

  @FieldResolver(() => Village, {
    nullable: true,
    description: 'The village of a village cell; null otherwise.',
  })
  async village(@Root() n: RootOf<EarlyWarningNotice>, @Ctx() ctx: Context): Promise<Village | null> {
    return n.villageCode === null ? null : (await ctx.loaders.places.villageByCode.load(n.villageCode))!;
  }

  @FieldResolver(() => Category, { description: 'The category of the cell.' })
  async category(@Root() n: RootOf<EarlyWarningNotice>, @Ctx() ctx: Context): Promise<Category> {
    return (await ctx.loaders.categories.byCode.load(n.categoryCode))!;
  }
}
