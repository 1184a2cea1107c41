import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { KpiCode } from '@lianxin/domain';
import { DateTimeScalar } from '../common/scalars.js';

/** Which side of its target a KPI should be on: the dictionary's higherIsBetter. */
export enum TargetDirection {
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
}

registerEnumType(TargetDirection, {
  name: 'TargetDirection',
  description: 'Which side of its target a KPI is met on (the KPI dictionary’s `higherIsBetter`).',
  valuesConfig: {
    AT_LEAST: { description: '≥ — met at or above the target (higher is better).' },
    AT_MOST: { description: '≤ — met at or below the target (lower is better, e.g. 重复访率).' },
  },
});

@ObjectType({
  description:
    'A KPI’s target, set by an administrator (setKpiTarget): the dashboard’s cards and the wall show it with a ' +
    'status — met, within 5 percentage points of it, or worse.',
})
export class KpiTarget {
  @Field(() => KpiCode, { description: 'The KPI.' })
  code: KpiCode;

  @Field(() => TargetDirection, {
    description: 'Met at or above (AT_LEAST) or at or below (AT_MOST) the target.',
  })
  direction: TargetDirection;

  @Field(() => Float, {
    nullable: true,
    description: 'The target in percent (0–100), compared with the KPI’s rate × 100; null: the KPI has none.',
  })
  targetPercent: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last set (null: never).' })
  updatedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who last set it (user name; `migration` for the initial defaults), null if never.',
  })
  updatedBy: string | null;
}

@ObjectType({ description: 'One change of a KPI target (administrators only), append-only.' })
export class KpiTargetChange {
  @Field(() => ID, { description: 'Internal id; increases with time.' })
  id: number;

  @Field(() => KpiCode, { description: 'The KPI.' })
  code: KpiCode;

  @Field(() => Float, { nullable: true, description: 'The target before, in percent (null: none).' })
  before: number | null;

  @Field(() => Float, { nullable: true, description: 'The target after, in percent (null: cleared).' })
  after: number | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  changedAt: Date;

  @Field(() => String, { description: 'Who (user name; `migration` for the initial defaults).' })
  changedBy: string;
}
