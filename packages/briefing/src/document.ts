/**
 * A briefing as a document, before it is Word or PDF: both writers take this, so the two files carry the
 * same content. Text is final (numbers already formatted, sentences already written).
 */
export interface BriefingDocument {
  /** 标题, e.g. 利通区信访工作简报(2023年11月). */
  title: string;
  /** 发文机关, e.g. 利通区信访局. */
  issuer: string;
  /** 成文日期 as printed, e.g. 2023年12月1日. */
  date: string;
  /** One line under the title: the period, the area and the asOf the numbers were read at. */
  subtitle?: string;
  /** When the numbers were read: the documents' creation date, so generating again gives the same file. */
  asOf: Date;
  /** Sections are numbered 一、二、 in Chinese, 1. 2. in English. */
  locale: 'zh-CN' | 'en';
  sections: BriefingSection[];
}

interface BriefingSection {
  /** Without its number: the writers number the sections 一、二、三… as official documents do. */
  heading: string;
  blocks: BriefingBlock[];
}

export type BriefingBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'chart'; png: Buffer; width: number; height: number; caption: string };

/** 一、二、… 十、十一、 …: section numbers of an official document (up to 99). */
function chineseOrdinal(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`section number out of range: ${n}`);
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digits[tens]}十${digits[n % 10]}`;
}

/** A section's heading with its number: 一、总体情况 or 1. Overview. */
export function numberedHeading(doc: BriefingDocument, index: number, heading: string): string {
  return doc.locale === 'zh-CN' ? `${chineseOrdinal(index + 1)}、${heading}` : `${index + 1}. ${heading}`;
}

/**
 * The page of GB/T 9704-2012 (党政机关公文格式): A4, margins top 37 mm, bottom 35 mm, left 28 mm,
 * right 26 mm; title in 2号 (22 pt), body in 3号 (16 pt) at about 28.95 pt a line (22 lines a page).
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
  titlePt: 22,
  bodyPt: 16,
  linePt: 28.95,
  tablePt: 12,
  /** Page numbers "— 1 —" in 4号, 7 mm below the text block, one character in from its outer edge. */
  pageNumberPt: 14,
} as const;

export const MM_TO_PT = 72 / 25.4;
