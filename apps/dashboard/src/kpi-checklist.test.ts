// The dashboard's place of the "Add a KPI" checklist (packages/domain/README.md) that no type ties to the
// KPIs it shows: their labels on the wall. A KPI without one fails here, naming the message key. The
// operations and view models of the overview and the wall are typed (generated types, KpiHeadline) and
// fail vue-tsc instead.
import { describe, expect, it } from 'vitest';
import { zhCN } from './i18n/zh-CN';
import { HEADLINE_KPIS } from './transforms/overview';

describe('the KPI checklist in the dashboard', () => {
  it('labels every KPI the wall shows, and its companion, in the messages (src/i18n, wall.kpi)', () => {
    const shown = HEADLINE_KPIS.flatMap((k) => [k.field, ...(k.companion ? [k.companion.field] : [])]);
    const labels: Record<string, string> = zhCN.wall.kpi;
    const unlabelled = shown.filter((field) => !labels[field]);
    expect(unlabelled.map((field) => `src/i18n/zh-CN.ts and en.ts: wall.kpi.${field}`)).toEqual([]);
  });
});
