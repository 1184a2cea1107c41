// ECharts parts every chart page needs, registered once from echarts/core (tree-shaken; a full
// `import * as echarts` is about twice the size). Imported by ChartPanel, so it loads with the first
// chart, not with the shell. Chart types only one or two pages use register themselves in
// ./register-*.ts, imported by those pages, so they load with them (see the chunk groups in vite.config.ts).
import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([CanvasRenderer, BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent]);
