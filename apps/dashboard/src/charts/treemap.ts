import { type ChartOption, baseOption } from './common';
import { CELL_TEXT } from './heatmap';
import type { ChartItem, ValueText } from './items';

export interface TreeNode {
  key: string;
  name: string;
  value: number;
  children?: readonly TreeNode[];
}

/** Township → village: click a township to zoom into its villages (breadcrumb to go back). */
export function treemapChart(input: { rootName: string; nodes: readonly TreeNode[] }): ChartOption {
  return {
    ...baseOption(),
    tooltip: { confine: true },
    series: [
      {
        type: 'treemap',
        name: input.rootName,
        roam: false,
        leafDepth: 1,
        nodeClick: 'zoomToNode',
        top: 32,
        bottom: 32,
        left: 0,
        right: 0,
        breadcrumb: { show: true, bottom: 0 },
        label: { show: true, formatter: '{b}\n{c}', overflow: 'truncate', ...CELL_TEXT },
        upperLabel: { show: true, height: 22, ...CELL_TEXT },
        levels: [
          { itemStyle: { borderWidth: 2, gapWidth: 2 } },
          { colorSaturation: [0.35, 0.6], itemStyle: { gapWidth: 1, borderColorSaturation: 0.6 } },
        ],
        data: input.nodes.filter((n) => n.value > 0).map(treeDatum),
      },
    ],
  };
}

function treeDatum(n: TreeNode): Record<string, unknown> {
  return {
    name: n.name,
    value: n.value,
    key: n.key,
    ...(n.children && n.children.length ? { children: n.children.map(treeDatum) } : {}),
  };
}

/**
 * The leaves (villages) as items, a row per township ("扁担沟镇 扁担沟村"): a click on a township only
 * zooms the picture, a click on a village drills, so the list holds what drills.
 */
export function treemapItems(input: { nodes: readonly TreeNode[] }, value: ValueText): ChartItem[] {
  return input.nodes
    .filter((n) => n.value > 0)
    .flatMap((town) =>
      (town.children ?? []).map((leaf) => {
        const data = treeDatum(leaf);
        return { label: `${town.name} ${leaf.name}`, value: value(leaf.value, data), data, group: town.key };
      }),
    );
}
