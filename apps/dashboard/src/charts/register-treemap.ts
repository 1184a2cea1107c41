// Township → village treemap: loaded only by the Villages page.
import { use } from 'echarts/core';
import { TreemapChart } from 'echarts/charts';

use([TreemapChart]);
