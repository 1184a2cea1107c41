import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { CaseListArgs, listNestedCases } from '../case/case-list.js';
import { CaseConnection } from '../case/case-object.types.js';
import { Category } from './category.types.js';
import type { RootOf } from '../common/root.js';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: 'All dispute categories, in display order.' })
  categories(@Ctx() ctx: Context): Promise<Category[]> {
    return ctx.services.categories.all();
  }

  @FieldResolver(() => CaseConnection, { description: 'Cases of this category.' })
  cases(
    @Root() category: RootOf<Category>,
    @Args(() => CaseListArgs) args: CaseListArgs,
    @Ctx() ctx: Context,
  ) {
    return listNestedCases(ctx, 'category_code', category.code, args);
  }
}
