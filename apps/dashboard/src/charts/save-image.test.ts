import { describe, expect, it } from 'vitest';
import { chartCaption } from './save-image';

describe('chartCaption', () => {
  it('puts the title, the filter in words and the source over a saved chart', () => {
    expect(
      chartCaption(
        '按月受理量',
        ['时间 2025-01-01 至 2025-12-31', '乡镇:马莲渠乡'],
        '来源:连心 · 生成于 2026-12-07 10:00',
      ),
    ).toEqual([
      '按月受理量',
      '时间 2025-01-01 至 2025-12-31 · 乡镇:马莲渠乡',
      '来源:连心 · 生成于 2026-12-07 10:00',
    ]);
  });
  it('leaves out an empty line (no filter words)', () => {
    expect(chartCaption('标题', [], '来源')).toEqual(['标题', '来源']);
  });
});
