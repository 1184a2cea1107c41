import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '责任单位: a department or township government responsible for cases.' })
export class Unit {
  @Field(() => ID, { description: 'Internal id.' })
  id: number;

  @Field(() => String, { description: 'Stable code.' })
  code: string;

  @Field(() => String, { description: 'Name, e.g. 水务局.' })
  name: string;

  townshipCode: string | null;
}
