export { type ChartImageOptions, type ChartOption, chartPng, chartSvg } from './chart-image.js';
export { type BriefingFonts, type FontFace, SHIPPED_FONTS } from './fonts.js';
