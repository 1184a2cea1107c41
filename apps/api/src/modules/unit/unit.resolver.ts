import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { CaseListArgs, listNestedCases } from '../case/case-list.js';
import { CaseConnection } from '../case/case-object.types.js';
import { Township } from '../place/place.types.js';
import { Unit } from './unit.types.js';
import type { RootOf } from '../common/root.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], { description: 'All responsible units.' })
  units(@Ctx() ctx: Context): Promise<Unit[]> {
    return ctx.services.units.all();
  }

  @FieldResolver(() => Township, {
    nullable: true,
    description: 'The township, when the unit is a township government.',
  })
  township(@Root() unit: RootOf<Unit>, @Ctx() ctx: Context): Promise<Township | null> {
    return unit.townshipCode === null
      ? Promise.resolve(null)
      : ctx.loaders.places.townshipByCode.load(unit.townshipCode);
  }

  @FieldResolver(() => CaseConnection, { description: 'Cases this unit is responsible for.' })
  cases(@Root() unit: RootOf<Unit>, @Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: Context) {
    return listNestedCases(ctx, 'unit_id', unit.id, args);
  }
}
