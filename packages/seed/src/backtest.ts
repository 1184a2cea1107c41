// The early-warning backtest: the detector the API runs (`detectWarnings` of @lianxin/domain) replayed
// month by month over a seed's history and scored against the waves the seed planted (outbreaks.ts).
// Judging month t reads only months up to t, so one pass over the whole series is the same as a
// replay that learns one month at a time.

import { addMonthKey, diffMonthKeys, localMonth } from '@lianxin/domain';
import { detectWarnings, type WarningLevel, WARNING_CONTROL, warningYears } from '@lianxin/domain/statistics';
import type { Outbreak } from './outbreaks.js';
import type { CaseBundle, DistrictData } from './rows.js';

/** Month 0 of every series: the seed's first month. */
const SERIES_START = '2021-01';
const monthIndex = (month: string): number => diffMonthKeys(SERIES_START, month);
export const monthName = (index: number): string => addMonthKey(SERIES_START, index);

/** Monthly counts of received cases per cell ('place|category'), at township and village level. */
export interface CellCounts {
  months: number;
  township: Map<string, number[]>;
  village: Map<string, number[]>;
}

/** Counts the cases received in each of the `months` months from 2021-01, per cell. */
export function countCells(cases: Iterable<CaseBundle>, months: number): CellCounts {
  const township = new Map<string, number[]>();
  const village = new Map<string, number[]>();
  const add = (cells: Map<string, number[]>, key: string, index: number) => {
    let series = cells.get(key);
    if (series === undefined) cells.set(key, (series = new Array<number>(months).fill(0)));
    series[index]! += 1;
  };
  for (const { case: c } of cases) {
    const index = monthIndex(localMonth(c.receivedAt));
    if (index >= months) continue;
    add(township, `${c.townshipCode}|${c.categoryCode}`, index);
    add(village, `${c.villageCode}|${c.categoryCode}`, index);
  }
  return { months, township, village };
}

/** An alert the detector raised: a cell and month at a level. */
export interface Alarm {
  cell: string;
  month: number;
  level: WarningLevel;
}

/**
 * Every alert over the judged months [from, counts.months). Cells that never reach limit54's case
 * count in a month cannot warn and are skipped: the alerts are the same, the run much shorter.
 */
export function runDetector(cells: Map<string, number[]>, from: number): { alarms: Alarm[]; judged: number } {
  const alarms: Alarm[] = [];
  let judged = 0;
  for (const [cell, series] of cells) {
    const indices = Array.from({ length: series.length - from }, (_, i) => from + i).filter(
      (i) => warningYears(i) > 0,
    );
    judged = Math.max(judged, indices.length);
    if (Math.max(...series) < WARNING_CONTROL.limit54[0]) continue;
    for (const p of detectWarnings(series, indices))
      if (p.level) alarms.push({ cell, month: p.index, level: p.level });
  }
  return { alarms, judged };
}

/** How one planted wave was seen at one level. */
interface WaveResult {
  outbreak: Outbreak;
  /** Months from the wave's start to its first alert, null when none came during the wave. */
  delay: number | null;
}

export interface LevelScore {
  level: WarningLevel;
  scope: 'TOWNSHIP' | 'VILLAGE';
  waves: WaveResult[];
  sensitivity: number;
  falseAlarms: number;
  falseAlarmsPerMonth: number;
  medianDelay: number | null;
}

/** At `level`, RED counts red alerts; YELLOW counts every alert (a red one is a yellow one too). */
function atLevel(alarms: readonly Alarm[], level: WarningLevel): Alarm[] {
  return level === 'RED' ? alarms.filter((a) => a.level === 'RED') : [...alarms];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Scores the alerts of one scope against the waves: a wave is found when a cell of it (its township,
 * or one of its villages, in its category) alerts in one of its months; an alert on any other cell
 * or month is a false alarm.
 */
export function score(
  scope: 'TOWNSHIP' | 'VILLAGE',
  level: WarningLevel,
  alarms: readonly Alarm[],
  judgedMonths: number,
  outbreaks: readonly Outbreak[],
  district: DistrictData,
): LevelScore {
  const cellsOf = (o: Outbreak): string[] => {
    if (scope === 'TOWNSHIP') return [`${o.townshipCode}|${o.category}`];
    const villages =
      o.villageCodes.length > 0
        ? o.villageCodes
        : district.villages.filter((v) => v.townshipCode === o.townshipCode).map((v) => v.code);
    return villages.map((v) => `${v}|${o.category}`);
  };
  const planted = new Set<string>();
  for (const o of outbreaks)
    for (const cell of cellsOf(o)) for (const m of o.months) planted.add(`${cell}@${monthIndex(m)}`);
  const counted = atLevel(alarms, level);
  const waves = outbreaks.map((o) => {
    const cells = new Set(cellsOf(o));
    const months = o.months.map(monthIndex);
    const hits = counted.filter((a) => cells.has(a.cell) && months.includes(a.month)).map((a) => a.month);
    return { outbreak: o, delay: hits.length ? Math.min(...hits) - months[0]! : null };
  });
  const found = waves.filter((w) => w.delay !== null);
  const falseAlarms = counted.filter((a) => !planted.has(`${a.cell}@${a.month}`)).length;
  return {
    level,
    scope,
    waves,
    sensitivity: outbreaks.length ? found.length / outbreaks.length : NaN,
    falseAlarms,
    falseAlarmsPerMonth: falseAlarms / judgedMonths,
    medianDelay: median(found.map((w) => w.delay!)),
  };
}
