// What the API needs to write a briefing: the numbers' shape, the document and its writers.
export type { BriefingLocale } from './analysis.js';
export { composeBriefing } from './compose.js';
export type { BriefingData, KpiSet, NamedCount, Part } from './data.js';
export type { BriefingDocument } from './document.js';
export { briefingDocx, OFFICIAL_DOCX_FONTS, type DocxFonts } from './docx.js';
export { fontFaces, SHIPPED_FONTS, type BriefingFonts } from './fonts.js';
export { briefingPdf } from './pdf.js';
// The periods are also `@lianxin/briefing/period`: this entry loads ECharts, resvg, pdfkit and docx
// (≈ 1 s and 75 MB), which the API loads only when it writes a briefing.
export type { BriefingPeriod, DayRange } from './period.js';
