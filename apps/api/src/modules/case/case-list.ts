// Arguments and plumbing shared by every case list: the top-level `cases` and the nested ones
// (a township's, a village's, a leader's … cases).
import { ArgsType, Field, Int } from 'type-graphql';
import type { Context } from '../../context.js';
import { selectCases } from './case-query.js';
import { DEFAULT_ORDER, type CaseParent } from './case.service.js';
import { CaseConnection } from './case-object.types.js';
import { CaseFilter, CaseOrder } from './case.types.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination.js';

@ArgsType()
export class CaseListArgs {
  @Field(() => CaseFilter, { nullable: true, description: 'Which cases.' })
  filter?: CaseFilter | null;

  @Field(() => CaseOrder, { nullable: true, description: 'Sort order (default: newest received first).' })
  orderBy?: CaseOrder | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page size, ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE} (more is an error).`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor after which the page starts (`pageInfo.endCursor`).',
  })
  after?: string | null;
}

function connection(
  pages:
    { cases: CaseConnection['edges'][number]['node'][]; cursors: string[]; hasNextPage: boolean } | undefined,
  selection: CaseConnection['selection'],
  parent?: CaseConnection['parent'],
): CaseConnection {
  const page = pages ?? { cases: [], cursors: [], hasNextPage: false };
  const result = new CaseConnection();
  result.edges = page.cases.map((node, i) => ({ node, cursor: page.cursors[i]! }));
  result.pageInfo = { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null };
  result.selection = selection;
  result.parent = parent;
  return result;
}

/** The top-level list. */
export async function listCases(ctx: Context, args: CaseListArgs): Promise<CaseConnection> {
  const selection = selectCases(args.filter, ctx.now, ctx.access);
  await ctx.services.cases.checkReferences(selection.filter);
  const pages = await ctx.services.cases.pages(
    selection,
    args.orderBy ?? DEFAULT_ORDER,
    args.first,
    args.after,
  );
  return connection(pages.get(null), selection);
}

/** A parent's list; siblings asked for with the same arguments share one statement. */
export async function listNestedCases(
  ctx: Context,
  column: CaseParent['column'],
  value: string | number,
  args: CaseListArgs,
): Promise<CaseConnection> {
  const selection = selectCases(args.filter, ctx.now, ctx.access);
  const page = await ctx.loaders.cases.nestedPages.load({
    column,
    value,
    selection,
    order: args.orderBy ?? DEFAULT_ORDER,
    first: args.first,
    after: args.after,
  });
  return connection(page, selection, { column, value });
}
