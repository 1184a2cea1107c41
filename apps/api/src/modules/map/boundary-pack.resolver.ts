import { Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { RootOf } from '../common/root.js';
import { JSONObjectScalar } from '../common/scalars.js';
import type { PackCollection } from './boundary-pack.js';
import type { BoundaryPackInfo } from './boundary-pack.service.js';
import { BoundaryPack } from './boundary-pack.types.js';

@Resolver(() => BoundaryPack)
export class BoundaryPackResolver {
  @Query(() => BoundaryPack, {
    nullable: true,
    description:
      'The boundary pack the map draws, null when none is loaded (the map draws its tiles). Any signed-in role, ' +
      'the wall screen included: boundaries are not case data.',
  })
  boundaryPack(@Ctx() ctx: Context): Promise<BoundaryPackInfo | null> {
    return ctx.services.boundaries.get();
  }

  // A field of its own: a client that has these boundaries (same sha256) asks without it.
  @FieldResolver(() => JSONObjectScalar, {
    description:
      'The boundaries: a GeoJSON FeatureCollection of Polygon and MultiPolygon features sorted by code, each with ' +
      'properties { code, level: TOWNSHIP | VILLAGE, townshipCode } and nothing else.',
  })
  geojson(@Root() pack: RootOf<BoundaryPackInfo>, @Ctx() ctx: Context): Promise<PackCollection> {
    return ctx.services.boundaries.geojson(pack.sha256);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes the boundary pack (ADMIN only), so the map draws its tiles again; true if one was removed. Loading ' +
      'one is PUT /boundaries (the file is too large for a GraphQL request).',
  })
  removeBoundaryPack(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.boundaries.remove(ctx.access.signedIn());
  }
}
