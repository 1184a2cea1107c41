// Heat maps (village × month, seasonality): loaded only by the pages that draw them.
import { use } from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';

use([HeatmapChart, VisualMapComponent]);
