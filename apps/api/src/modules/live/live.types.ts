import { Field, ObjectType } from 'type-graphql';
import { CaseEventType } from '@lianxin/domain';
import { Category } from '../category/category.types.js';
import { DateTimeScalar } from '../common/scalars.js';
import { Township, Village } from '../place/place.types.js';

@ObjectType({
  description:
    'Something changed: a case was registered or took a step. A signal to refresh, carrying no case detail ' +
    '(no code, no title, no people): safe for the wall screen.',
})
export class ChangeNotice {
  @Field(() => DateTimeScalar, { description: 'When the step happened.' })
  at: Date;

  @Field(() => CaseEventType, { description: 'What happened.' })
  event: CaseEventType;

  @Field(() => Township, { description: 'Township of the case.' })
  township: Township;

  @Field(() => Village, {
    nullable: true,
    description:
      'Village of the case (null for an accusation: 检举控告 are known to the wall only as counts).',
  })
  village: Village | null;

  @Field(() => Category, {
    nullable: true,
    description: 'Dispute category (null for an accusation).',
  })
  category: Category | null;
}

/** Shared by the field and its resolver (live.resolver.ts). */
export const TICKER_VILLAGE_DESCRIPTION =
  'Village or community; null for the wall screen account (DISPLAY) unless the case was received this year ' +
  'in a village whose year-to-date count the wall is shown (3 or more cases, not withheld).';

@ObjectType({
  description: 'A recently registered case as the wall ticker shows it: category, village and time only.',
})
export class TickerEntry {
  @Field(() => DateTimeScalar, { description: 'When it was received.' })
  receivedAt: Date;

  @Field(() => Category, { description: 'Dispute category.' })
  category: Category;

  @Field(() => Village, { nullable: true, description: TICKER_VILLAGE_DESCRIPTION })
  village: Village | null;

  @Field(() => Township, { description: 'Township (乡镇) of the case’s village.' })
  township: Township;
}

/** Most entries the ticker asks for. */
export const MAX_TICKER = 50;
export const DEFAULT_TICKER = 10;
