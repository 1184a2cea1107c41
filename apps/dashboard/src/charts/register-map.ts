// The map series (with the geo coordinate system it draws in) and the visual map: loaded only with the
// map page and the wall's map (vite.config.ts keeps them out of the shared ECharts chunk).
import { registerMap, use } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import type { MapShapes } from '../transforms/map';

use([MapChart, VisualMapComponent]);

const registered = new Map<string, MapShapes>();

/** Registers shapes under `name` (again only when they changed: a new boundary pack, another township). */
export function registerShapes(name: string, shapes: MapShapes): void {
  if (registered.get(name) === shapes) return;
  registered.set(name, shapes);
  registerMap(name, shapes as unknown as Parameters<typeof registerMap>[1]);
}
