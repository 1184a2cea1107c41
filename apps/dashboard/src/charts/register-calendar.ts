// A leader's visit calendar (a heat map on a calendar): loaded only by the leader page.
import { use } from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { CalendarComponent, VisualMapComponent } from 'echarts/components';

use([HeatmapChart, CalendarComponent, VisualMapComponent]);
