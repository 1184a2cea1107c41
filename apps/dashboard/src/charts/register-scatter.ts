// Scatter (the funnel plots of the overview and the villages page): loaded only by the pages that draw them.
import { use } from 'echarts/core';
import { ScatterChart } from 'echarts/charts';

use([ScatterChart]);
