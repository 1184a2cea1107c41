export { type ChartImageOptions, type ChartOption, chartPng, chartSvg } from './chart-image.js';
export {
  type BriefingBlock,
  type BriefingDocument,
  type BriefingSection,
  PAGE,
  chineseOrdinal,
} from './document.js';
export { type DocxFonts, OFFICIAL_DOCX_FONTS, briefingDocx } from './docx.js';
export { type BriefingFonts, type FontFace, SHIPPED_FONTS } from './fonts.js';
export { briefingPdf } from './pdf.js';
