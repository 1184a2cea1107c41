import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LeaderPost, LeaderRank } from '@lianxin/domain';
import { LocalDateScalar } from '../common/scalars.js';

@ObjectType({
  description: '领导干部: a cadre who takes charge of cases, receives petitioners and writes instructions.',
})
export class Leader {
  @Field(() => ID, { description: 'Internal id.' })
  id: number;

  @Field(() => String, { description: 'Name (fictional in the seed data).' })
  name: string;

  @Field(() => String, { description: 'Title as printed, e.g. 区委书记, 马莲渠乡党委书记.' })
  title: string;

  @Field(() => LeaderPost, {
    description: 'The kind of post (区委书记, 乡镇党委书记 …), for grouping; `title` is as printed.',
  })
  post: LeaderPost;

  @Field(() => LeaderRank, { description: 'Rank: 处级 (county level) or 科级 (section level).' })
  rank: LeaderRank;

  unitId: number | null;
  townshipCode: string | null;
}

@InputType({ description: 'Selects leaders; conditions combine with AND.' })
export class LeaderFilter {
  @Field(() => [LeaderRank], { nullable: true, description: 'Only leaders of these ranks (处级, 科级).' })
  ranks?: LeaderRank[] | null;

  @Field(() => [LeaderPost], { nullable: true, description: 'Only leaders holding these kinds of post.' })
  posts?: LeaderPost[] | null;

  @Field(() => [String], { nullable: true, description: 'Townships (for township leaders).' })
  townshipCodes?: string[] | null;
}

@ObjectType({ description: 'Visits of a leader on one local day.' })
export class VisitDay {
  @Field(() => LocalDateScalar, { description: 'Local day (Asia/Shanghai).' })
  day: string;

  @Field(() => Int, { description: 'Visits that day.' })
  count: number;
}
