import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { type BriefingFonts, SHIPPED_FONTS } from './fonts.js';

/** An ECharts option, as the dashboard's chart builders make them. */
export type ChartOption = Record<string, unknown>;

export interface ChartImageOptions {
  /** Size of the drawing in CSS pixels. */
  width: number;
  height: number;
  /** Pixels per CSS pixel in the PNG (2: sharp when printed at the drawing's size on A4). */
  scale?: number;
  fonts?: BriefingFonts;
}

/**
 * A chart as SVG, drawn by ECharts' server-side renderer: no browser, no canvas. Animation off (the
 * first frame of an animation is an empty chart) and every text in the briefing's font.
 */
export function chartSvg(
  option: ChartOption,
  { width, height, fonts = SHIPPED_FONTS }: ChartImageOptions,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      ...option,
      animation: false,
      textStyle: { fontFamily: fonts.regular.family, ...(option.textStyle as object | undefined) },
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * A chart as PNG, for Word and WPS (which show SVG poorly or not at all) and for PDF: the SVG rasterised
 * by resvg with only the briefing's fonts loaded, so a missing glyph cannot come from the system instead.
 */
export function chartPng(option: ChartOption, options: ChartImageOptions): Buffer {
  const { width, scale = 2, fonts = SHIPPED_FONTS } = options;
  const svg = chartSvg(option, options);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular.file, fonts.bold.file],
      defaultFontFamily: fonts.regular.family,
      sansSerifFamily: fonts.regular.family,
    },
  });
  return resvg.render().asPng();
}
