import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { CaseListArgs, listNestedCases } from '../case/case-list.js';
import { CaseConnection } from '../case/case-object.types.js';
import { forbidden } from '../access/access-policy.js';
import { ErrorCode, notFound } from '../common/errors.js';
import { Township, Village } from './place.types.js';
import type { RootOf } from '../common/root.js';

@Resolver(() => Township)
export class TownshipResolver {
  @Query(() => [Township], {
    description:
      'The township-level units of your area (all of the district for district-wide users), in official order.',
  })
  async townships(@Ctx() ctx: Context): Promise<Township[]> {
    return (await ctx.services.places.townships()).filter((t) => ctx.access.townshipVisible(t.code));
  }

  @Query(() => Township, {
    description: 'One township by its statistical code. Unknown code: TOWNSHIP_NOT_FOUND.',
  })
  async township(
    @Arg('code', () => String, { description: 'Statistical code.' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<Township> {
    const found = await ctx.loaders.places.townshipByCode.load(code);
    if (!found) throw notFound(ErrorCode.TOWNSHIP_NOT_FOUND, 'code', [code]);
    if (!ctx.access.townshipVisible(code)) throw forbidden(`Township ${code} lies outside your area.`);
    return found;
  }

  @FieldResolver(() => [Village], {
    description: 'Villages and communities of this township (in your area).',
  })
  async villages(@Root() township: RootOf<Township>, @Ctx() ctx: Context): Promise<Village[]> {
    const villages = await ctx.loaders.places.villagesByTownship.load(township.code);
    return villages.filter((v) => ctx.access.placeInArea(v.townshipCode, v.code));
  }

  @FieldResolver(() => CaseConnection, { description: 'Cases in this township.' })
  cases(
    @Root() township: RootOf<Township>,
    @Args(() => CaseListArgs) args: CaseListArgs,
    @Ctx() ctx: Context,
  ) {
    if (!ctx.access.townshipVisible(township.code)) {
      throw forbidden(`Township ${township.code} lies outside your area.`);
    }
    return listNestedCases(ctx, 'township_code', township.code, args);
  }
}

@Resolver(() => Village)
export class VillageResolver {
  @Query(() => [Village], { description: 'Villages of one township. Unknown township: TOWNSHIP_NOT_FOUND.' })
  async villages(
    @Arg('townshipCode', () => String, { description: 'Statistical code of the township.' })
    townshipCode: string,
    @Ctx() ctx: Context,
  ): Promise<Village[]> {
    const township = await ctx.loaders.places.townshipByCode.load(townshipCode);
    if (!township) throw notFound(ErrorCode.TOWNSHIP_NOT_FOUND, 'townshipCode', [townshipCode]);
    if (!ctx.access.townshipVisible(townshipCode)) {
      throw forbidden(`Township ${townshipCode} lies outside your area.`);
    }
    const villages = await ctx.loaders.places.villagesByTownship.load(townshipCode);
    return villages.filter((v) => ctx.access.placeInArea(v.townshipCode, v.code));
  }

  @Query(() => Village, {
    description: 'One village by its statistical code. Unknown code: VILLAGE_NOT_FOUND.',
  })
  async village(
    @Arg('code', () => String, { description: 'Statistical code.' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<Village> {
    const found = await ctx.loaders.places.villageByCode.load(code);
    if (!found) throw notFound(ErrorCode.VILLAGE_NOT_FOUND, 'code', [code]);
    if (!ctx.access.placeInArea(found.townshipCode, found.code)) {
      throw forbidden(`Village ${code} lies outside your area.`);
    }
    return found;
  }

  @FieldResolver(() => Township, { description: 'The township the village belongs to.' })
  async township(@Root() village: RootOf<Village>, @Ctx() ctx: Context): Promise<Township> {
    return (await ctx.loaders.places.townshipByCode.load(village.townshipCode))!;
  }

  @FieldResolver(() => CaseConnection, { description: 'Cases concerning this village.' })
  cases(@Root() village: RootOf<Village>, @Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: Context) {
    if (!ctx.access.placeInArea(village.townshipCode, village.code)) {
      throw forbidden(`Village ${village.code} lies outside your area.`);
    }
    return listNestedCases(ctx, 'village_code', village.code, args);
  }
}
