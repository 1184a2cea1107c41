// Shorthands the KPI formula tests share: local instants, the period June 2023 read as of 2023-07-20,
// and a case received in June with nothing else done.

import { CaseStatus as S } from '../enums.js';
import { computeKpis, type KpiCaseFacts, type KpiCode } from '../kpi.js';

export const t = (local: string): Date => new Date(`${local}+08:00`);
export const JUNE = { from: '2023-06-01', to: '2023-06-30' };
export const AS_OF = t('2023-07-20T00:00:00');

/** A case received in June with nothing else done, overridden per test. */
export const kase = (over: Partial<KpiCaseFacts> = {}): KpiCaseFacts => ({
  receivedAt: t('2023-06-10T10:00:00'),
  status: S.REGISTERED,
  leaderId: null,
  repeatOfId: null,
  ...over,
});
/** One KPI over the cases for June (or `period`), read as of 2023-07-20 (or `asOf`). */
export const kpi = (code: KpiCode, cases: KpiCaseFacts[], asOf = AS_OF, period = JUNE) =>
  computeKpis(cases, period, asOf)[code];
