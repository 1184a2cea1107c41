// The keyboard and screen-reader side of a chart: its data points as a list of items in words. Each
// builder has a pure `…Items` function beside it that makes the same data objects as its option, so
// choosing an item (ChartPanel's list) goes through exactly the view's click handler.

export interface ChartItem {
  /** Where the point is, in words: "扁担沟镇 2026年3月" (names, never codes). */
  label: string;
  /** Its value as read aloud, formatted with its unit: "312 件", "96.4%(270/280)". */
  value: string;
  /** The data object a click on this point emits. */
  data: Record<string, unknown>;
  /** Items of one row (a village of the heat map, a series of a line chart): ↑/↓ move between rows. */
  group?: string;
  /** The point in the option: highlighted, with its tooltip, while its item has focus. */
  at?: { seriesIndex: number; dataIndex: number };
}

/** A point's value in words; the view formats (src/format/) and translates, the builders do not. */
export type ValueText = (value: number | null, data: Record<string, unknown>) => string;

/**
 * The item a key moves focus to in a chart's list (roving focus: the list is one tab stop):
 * ←/→ the previous or next item, ↑/↓ the same place in the previous or next row (or the previous or
 * next item when there are no rows), Home/End the first or last. null: the key is not a move.
 */
export function moveFocus(
  items: readonly Pick<ChartItem, 'group'>[],
  from: number,
  key: string,
): number | null {
  const last = items.length - 1;
  if (last < 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  const grouped = items.some((i) => i.group !== undefined);
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowRight':
      return clamp(from + 1);
    case 'ArrowLeft':
      return clamp(from - 1);
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      if (!grouped) return clamp(from + step);
      const startOf = (i: number) => {
        let s = i;
        while (s > 0 && items[s - 1]!.group === items[i]!.group) s--;
        return s;
      };
      const start = startOf(clamp(from));
      const offset = clamp(from) - start;
      let end = start;
      while (end < last && items[end + 1]!.group === items[start]!.group) end++;
      if (step > 0 && end === last) return clamp(from);
      if (step < 0 && start === 0) return clamp(from);
      const rowStart = step > 0 ? end + 1 : startOf(start - 1);
      let rowEnd = rowStart;
      while (rowEnd < last && items[rowEnd + 1]!.group === items[rowStart]!.group) rowEnd++;
      return Math.min(rowStart + offset, rowEnd);
    }
    default:
      return null;
  }
}
