// Per request: the series of every alert a page shows, read in one statement for all of them.
import DataLoader from 'dataloader';
import { batchOptions } from '../common/loaders.js';
import { addMonthKey, diffMonthKeys } from '@lianxin/domain';
import type { WarningCell } from './warning-compute.js';
import type { EarlyWarningService, SignalRecord } from './warning.service.js';

/** One alert's chart: `months` months ending at `through`. */
export interface SeriesKey extends WarningCell {
  through: string;
  months: number;
}

/** A month of a cell's series: its count, and the detector's verdict where it judged the month. */
export type SeriesPoint = Pick<
  SignalRecord,
  'month' | 'observed' | 'expected' | 'upperYellow' | 'upperRed' | 'level' | 'provisional'
>;

export function createWarningLoaders(service: EarlyWarningService) {
  return {
    series: new DataLoader<SeriesKey, SeriesPoint[], string>(
      async (keys) => {
        const start = await service.seriesStart();
        if (start === null) return keys.map(() => []);
        const from = keys.reduce(
          (m, k) => (addMonthKey(k.through, 1 - k.months) < m ? addMonthKey(k.through, 1 - k.months) : m),
          '9999-12',
        );
        const through = keys.reduce((m, k) => (k.through > m ? k.through : m), '0000-00');
        const rows = await service.cellRows(keys, from < start ? start : from, through);
        const byCellMonth = new Map(
          rows.map((r) => [`${r.scope}|${r.placeCode}|${r.categoryCode}|${r.month}`, r]),
        );
        return keys.map((k) => {
          const first = addMonthKey(k.through, 1 - k.months);
          const length = diffMonthKeys(first < start ? start : first, k.through) + 1;
          return Array.from({ length }, (_, i) => {
            const month = addMonthKey(first < start ? start : first, i);
            const r = byCellMonth.get(`${k.scope}|${k.placeCode}|${k.categoryCode}|${month}`);
            // A month without a row had no case and was not judged.
            return r
              ? {
                  month,
                  observed: r.observed,
                  expected: r.expected,
                  upperYellow: r.upperYellow,
                  upperRed: r.upperRed,
                  level: r.level,
                  provisional: r.provisional,
                }
              : {
                  month,
                  observed: 0,
                  expected: null,
                  upperYellow: null,
                  upperRed: null,
                  level: null,
                  provisional: false,
                };
          });
        });
      },
      {
        ...batchOptions,
        cacheKeyFn: (k) => `${k.scope}|${k.placeCode}|${k.categoryCode}|${k.through}|${k.months}`,
      },
    ),
  };
}
