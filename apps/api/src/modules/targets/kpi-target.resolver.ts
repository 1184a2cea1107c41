import { Arg, Ctx, Float, Mutation, Query, Resolver } from 'type-graphql';
import { KpiCode } from '@lianxin/domain';
import type { Context } from '../../context.js';
import { TARGET_CHANGES_LISTED } from './kpi-target.service.js';
import { KpiTarget, KpiTargetChange } from './kpi-target.types.js';

@Resolver()
export class KpiTargetResolver {
  @Query(() => [KpiTarget], {
    description:
      'Every KPI with its target (null: none), in the order of `kpiDefinitions`. Any signed-in role, the wall ' +
      'screen included: a target is policy, not data.',
  })
  kpiTargets(@Ctx() ctx: Context): Promise<KpiTarget[]> {
    return ctx.services.targets.list();
  }

  @Query(() => [KpiTargetChange], {
    description: `The latest ${TARGET_CHANGES_LISTED} changes of KPI targets, newest first (ADMIN only).`,
  })
  kpiTargetChanges(@Ctx() ctx: Context): Promise<KpiTargetChange[]> {
    return ctx.services.targets.changes();
  }

  @Mutation(() => KpiTarget, {
    description:
      'Sets a KPI’s target in percent (ADMIN only); null clears it. Outside 0–100: BAD_USER_INPUT. Recorded ' +
      'with the value before and after (kpiTargetChanges).',
  })
  setKpiTarget(
    @Arg('kpi', () => KpiCode, { description: 'The KPI.' }) kpi: KpiCode,
    @Arg('targetPercent', () => Float, {
      nullable: true,
      description: 'The target, 0–100 (percent); null clears it.',
    })
    targetPercent: number | null,
    @Ctx() ctx: Context,
  ): Promise<KpiTarget> {
    return ctx.services.targets.set(kpi, targetPercent ?? null, ctx.access.signedIn());
  }
}
