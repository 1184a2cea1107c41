import { describe, expect, it } from 'vitest';
import { TownshipKind } from '@lianxin/domain';
import { groupTownships } from './townships.js';

describe('groupTownships', () => {
  const townships = [
    { code: '3', name: '马莲渠乡', kind: TownshipKind.TOWNSHIP, villages: [{ code: 'a' }, { code: 'b' }] },
    { code: '1', name: '金积镇', kind: TownshipKind.TOWN, villages: [{ code: 'c' }] },
  ];

  it('orders towns before townships and drops empty kinds', () => {
    expect(groupTownships(townships)).toEqual([
      { kind: TownshipKind.TOWN, label: '镇', townships: [{ code: '1', name: '金积镇', villageCount: 1 }] },
      {
        kind: TownshipKind.TOWNSHIP,
        label: '乡',
        townships: [{ code: '3', name: '马莲渠乡', villageCount: 2 }],
      },
    ]);
  });

  it('labels kinds in English when asked', () => {
    expect(groupTownships(townships, 'en').map((g) => g.label)).toEqual(['Town', 'Township']);
  });
});
