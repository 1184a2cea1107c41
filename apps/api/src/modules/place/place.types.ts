import { Field, Int, ObjectType } from 'type-graphql';
import { TownshipKind } from '@lianxin/domain';

@ObjectType({ description: '乡镇: a township-level unit of the district.' })
export class Township {
  @Field(() => String, { description: 'Statistical code (12 digits).' })
  code: string;

  @Field(() => String, { description: 'Name, e.g. 马莲渠乡.' })
  name: string;

  @Field(() => TownshipKind, { description: 'Town, township or special zone.' })
  kind: TownshipKind;
}

@ObjectType({ description: '村/社区: a village or community within a township.' })
export class Village {
  @Field(() => String, { description: 'Statistical code (12 digits).' })
  code: string;

  @Field(() => String, { description: 'Name, e.g. 陈木闸村.' })
  name: string;

  @Field(() => String, { description: 'Code of the township the village belongs to.' })
  townshipCode: string;

  @Field(() => Int, { description: 'Resident population, for rates per 1,000 people.' })
  population: number;

  @Field(() => Boolean, { description: 'True when the seed generator invented this village.' })
  generated: boolean;
}
