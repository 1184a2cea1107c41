import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';

@ObjectType({
  description:
    'The official boundaries an administrator loaded for the map (PUT /boundaries or `pnpm boundaries load`): ' +
    'every township, and for some townships all their villages. Without one the map draws its schematic tiles.',
})
export class BoundaryPack {
  @Field(() => String, { description: 'The name it was loaded under (e.g. the survey and its year).' })
  name: string;

  @Field(() => DateTimeScalar, { description: 'When it was loaded.' })
  loadedAt: Date;

  @Field(() => String, { description: 'Who loaded it (username; ADMIN only).' })
  loadedBy: string;

  @Field(() => String, {
    description:
      'SHA-256 (hex) of `geojson` as served: a client that has these boundaries need not fetch them again.',
  })
  sha256: string;

  @Field(() => Int, { description: 'Township features (every township of the district).' })
  townships: number;

  @Field(() => Int, {
    description: 'Village features (all villages of the townships that have them, else none).',
  })
  villages: number;
}
