import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Dispute category (树木遮阴, 灌溉用水 …); an extensible list.' })
export class Category {
  @Field(() => String, { description: 'Stable code, e.g. TREE_SHADING.' })
  code: string;

  @Field(() => String, { description: 'Chinese name.' })
  nameZh: string;

  @Field(() => String, { description: 'English name.' })
  nameEn: string;

  @Field(() => Int, { description: 'Display order.' })
  sortOrder: number;
}
