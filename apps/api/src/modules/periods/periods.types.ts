import { Field, Int, ObjectType } from 'type-graphql';
import { KpiCode } from '@lianxin/domain';
import { DateTimeScalar } from '../common/scalars.js';
import { KpiValue } from '../stats/stats.types.js';

@ObjectType({ description: 'One KPI of a revised month, before and after the revision.' })
class RevisedKpi {
  @Field(() => KpiCode, { description: 'The KPI.' })
  code: KpiCode;

  @Field(() => KpiValue, { description: 'Its value just before the revision.' })
  before: KpiValue;

  @Field(() => KpiValue, {
    description: "Its value after: the next revision's before, or the month's value now for the latest.",
  })
  after: KpiValue;
}

@ObjectType({
  description:
    'A recorded change to a closed month: who changed it, when, why, with what, and its KPIs (district-wide, ' +
    'every case, accusations included — administrators only) before and after.',
})
export class PeriodRevision {
  @Field(() => Int, { description: 'Revision id.' })
  id: number;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month: string;

  @Field(() => DateTimeScalar, { description: 'When it was revised.' })
  revisedAt: Date;

  @Field(() => String, {
    description: 'Who revised it (user name, or cli:<os user> for the import command).',
  })
  revisedBy: string;

  @Field(() => String, { description: 'The reason given.' })
  reason: string;

  @Field(() => String, { description: 'What changed it (the imported file).' })
  source: string;

  @Field(() => [RevisedKpi], { description: 'Every KPI before and after.' })
  kpis: RevisedKpi[];
}
