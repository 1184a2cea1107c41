// KPI targets → what a card or a wall panel says about its rate: the target and a status. Pure, tested in
// targets.test.ts; the overview's cards and the wall's KPI panels both read it.
import type { KpiCode } from '@lianxin/domain';

export type TargetDirection = 'AT_LEAST' | 'AT_MOST';

/** met: on the right side of the target; near: up to NEAR_POINTS on the wrong side; missed: further. */
export type TargetStatus = 'met' | 'near' | 'missed';

export interface KpiTargetInput {
  code: KpiCode | string;
  direction: TargetDirection | string;
  /** Percent 0–100; null: the KPI has no target. */
  targetPercent: number | null;
}

export interface TargetView {
  direction: TargetDirection;
  targetPercent: number;
  /** null when the rate is unknown (nothing counted): no status without a number. */
  status: TargetStatus | null;
}

/** How far (percentage points) on the wrong side of its target a rate is still "near" (接近). */
export const NEAR_POINTS = 5;

/**
 * The status of a rate (0..1) against a target in percent. Points are compared at one decimal, as
 * the cards show them, so a rate shown as "95.0 %" never reads as missing a 95 % target.
 */
export function targetStatus(
  rate: number | null,
  targetPercent: number,
  direction: TargetDirection,
): TargetStatus | null {
  if (rate === null || !Number.isFinite(rate)) return null;
  const shown = Math.round(rate * 1000) / 10;
  const short = direction === 'AT_LEAST' ? targetPercent - shown : shown - targetPercent;
  // Rounded again: 95 − 90.1 is 4.900000000000006 in floating point.
  const gap = Math.round(short * 10) / 10;
  if (gap <= 0) return 'met';
  return gap <= NEAR_POINTS ? 'near' : 'missed';
}

/** A KPI's target and status, or null when it has none (or the targets are not loaded). */
export function targetView(
  code: KpiCode,
  rate: number | null,
  targets: readonly KpiTargetInput[] | null | undefined,
): TargetView | null {
  const t = targets?.find((x) => x.code === code);
  if (!t || t.targetPercent === null) return null;
  const direction: TargetDirection = t.direction === 'AT_MOST' ? 'AT_MOST' : 'AT_LEAST';
  return {
    direction,
    targetPercent: t.targetPercent,
    status: targetStatus(rate, t.targetPercent, direction),
  };
}
