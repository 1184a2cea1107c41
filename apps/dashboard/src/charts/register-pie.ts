// Donut of visits by kind: loaded only by the Leaders page.
import { use } from 'echarts/core';
import { PieChart } from 'echarts/charts';

use([PieChart]);
