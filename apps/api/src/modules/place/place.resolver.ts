import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../../context.js';
import { Township, Village } from './place.types.js';

@Resolver(() => Township)
export class TownshipResolver {
  @Query(() => [Township], { description: 'All township-level units of the district, in official order.' })
  townships(@Ctx() ctx: Context): Promise<Township[]> {
    return ctx.services.places.townships();
  }

  @Query(() => Township, { nullable: true, description: 'One township by its statistical code.' })
  township(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Township | null> {
    return ctx.services.places.township(code);
  }

  @FieldResolver(() => [Village], { description: 'Villages and communities of this township.' })
  villages(@Root() township: Township, @Ctx() ctx: Context): Promise<Village[]> {
    return ctx.loaders.places.villagesByTownship.load(township.code);
  }
}
