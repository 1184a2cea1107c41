// Shorthands the clock's tests share: instants, the local form of a due instant, an accepted case.

import type { ClockFacts } from '../clock-rules.js';

export const t = (iso: string): Date => new Date(iso);
/** Readable local form of a due instant, e.g. '2023-07-31T23:59:59.999+08:00'. */
export const local = (d: Date | null): string | null =>
  d === null ? null : new Date(d.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00');

/** A case received 2023-05-30 09:00 local and accepted at `acceptedAt`, with `extra` facts. */
export const accepted = (acceptedAt: string, extra: Partial<ClockFacts> = {}): ClockFacts => ({
  receivedAt: t('2023-05-30T09:00:00+08:00'),
  acceptedAt: t(acceptedAt),
  ...extra,
});
