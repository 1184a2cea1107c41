// A request's pivots and KPI sets, gathered while its resolvers run and answered together: the
// overview's KPIs, its previous period, its trend and its breakdowns are sibling fields, and those
// the rollups answer become one statement (StatsService.caseStatsMany).
import DataLoader from 'dataloader';
import type { KpiCode } from '@lianxin/domain';
import { batchOptions } from '../common/loaders.js';
import type { CaseSelection } from '../case/case-query.js';
import type { PivotAsk } from './rollup-read.js';
import type { StatsService } from './stats.service.js';
import type { CaseDimension, CaseStatsBucket, KpiSet } from './stats.types.js';

export function createStatsLoaders(stats: StatsService) {
  // No cache: each field's ask is its own (equal asks are rare and cheap to answer twice).
  const pivots = new DataLoader<PivotAsk, CaseStatsBucket[]>((asks) => stats.caseStatsMany(asks), {
    ...batchOptions,
    cache: false,
  });
  return {
    caseStats(
      selection: CaseSelection,
      groupBy: readonly CaseDimension[],
      kpis: readonly KpiCode[],
    ): Promise<CaseStatsBucket[]> {
      return pivots.load({ selection, groupBy, kpis });
    },
    async kpis(selection: CaseSelection, kpis: readonly KpiCode[]): Promise<KpiSet> {
      const [total] = await pivots.load({ selection, groupBy: [], kpis, kpisOnly: true });
      return total!.kpis!;
    },
  };
}
