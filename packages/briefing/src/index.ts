// What the API needs to write a briefing: the period, the numbers' shape, the document and its writers.
export type { BriefingLocale } from './analysis.js';
export { composeBriefing } from './compose.js';
export type { BriefingData, KpiSet, NamedCount, Part } from './data.js';
export type { BriefingDocument } from './document.js';
export { briefingDocx, OFFICIAL_DOCX_FONTS, type DocxFonts } from './docx.js';
export { fontFaces, SHIPPED_FONTS, type BriefingFonts } from './fonts.js';
export { briefingPdf } from './pdf.js';
export {
  monthsOf,
  parsePeriod,
  PeriodError,
  periodLabel,
  printedDay,
  type BriefingPeriod,
  type DayRange,
} from './period.js';
