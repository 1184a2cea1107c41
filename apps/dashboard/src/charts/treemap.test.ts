import { describe, expect, it } from 'vitest';
import { treemapChart } from './treemap';

type Opt = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading an option tree

describe('treemapChart', () => {
  it('nests villages under townships, drops empty areas, zooms on click', () => {
    const o = treemapChart({
      rootName: '乡镇 → 村居',
      nodes: [
        {
          key: 'T1',
          name: '马莲渠乡',
          value: 9,
          children: [
            { key: 'V1', name: '陈木闸村', value: 7 },
            { key: 'V2', name: '蔡桥村', value: 2 },
          ],
        },
        { key: 'T2', name: '金积镇', value: 0, children: [] },
      ],
    }) as Opt;
    const s = o.series[0];
    expect(s).toMatchObject({ type: 'treemap', nodeClick: 'zoomToNode', leafDepth: 1 });
    expect(s.data).toEqual([
      {
        name: '马莲渠乡',
        value: 9,
        key: 'T1',
        children: [
          { name: '陈木闸村', value: 7, key: 'V1' },
          { name: '蔡桥村', value: 2, key: 'V2' },
        ],
      },
    ]);
  });
  it('draws an empty tree for no data', () => {
    expect((treemapChart({ rootName: 'x', nodes: [] }) as Opt).series[0].data).toEqual([]);
  });
});
