import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type BriefingDocument, MM_TO_PT, PAGE, numberedHeading } from './document.js';

/** Font names as Word and WPS know them on a Chinese desktop: the faces official documents are set in. */
export interface DocxFonts {
  /** 标题: 方正小标宋简体. */
  title: string;
  /** 正文: 仿宋_GB2312. */
  body: string;
  /** 一级标题: 黑体. */
  heading: string;
}

export const OFFICIAL_DOCX_FONTS: DocxFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
};

const twip = (pt: number) => Math.round(pt * 20);
const mm = (v: number) => twip(v * MM_TO_PT);
const halfPt = (pt: number) => pt * 2;

/**
 * The briefing as DOCX, editable in Word and WPS: the page and type sizes of GB/T 9704 and the fonts of
 * official documents by name (the reader's own installed faces; a district may name others).
 */
export function briefingDocx(doc: BriefingDocument, fonts: DocxFonts = OFFICIAL_DOCX_FONTS): Promise<Buffer> {
  const run = (text: string, font: string, pt: number, bold = false) =>
    new TextRun({ text, bold, size: halfPt(pt), font: { ascii: font, eastAsia: font, hAnsi: font } });
  const line = { line: twip(PAGE.linePt), lineRule: 'exact' as const };
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: line,
      children: [run(doc.title, fonts.title, PAGE.titlePt)],
    }),
    ...(doc.subtitle
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [run(doc.subtitle, fonts.body, PAGE.tablePt)],
          }),
        ]
      : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: line,
      children: [run(`${doc.issuer}    ${doc.date}`, fonts.body, PAGE.bodyPt)],
    }),
  ];
  doc.sections.forEach((section, i) => {
    children.push(
      new Paragraph({
        spacing: line,
        indent: { firstLine: twip(PAGE.bodyPt * 2) },
        children: [run(numberedHeading(doc, i, section.heading), fonts.heading, PAGE.bodyPt)],
      }),
    );
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') {
        children.push(
          new Paragraph({
            spacing: line,
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: twip(PAGE.bodyPt * 2) },
            children: [run(block.text, fonts.body, PAGE.bodyPt)],
          }),
        );
      } else if (block.kind === 'chart') {
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: 'png',
                data: block.png,
                transformation: { width: block.width, height: block.height },
                altText: { name: block.caption, description: block.caption, title: block.caption },
              }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [run(block.caption, fonts.body, PAGE.tablePt)],
          }),
        );
      } else {
        const cell = (text: string, header: boolean) =>
          new TableCell({
            children: [
              new Paragraph({ children: [run(text, header ? fonts.heading : fonts.body, PAGE.tablePt)] }),
            ],
          });
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
              ...block.rows.map((row) => new TableRow({ children: row.map((c) => cell(c, false)) })),
            ],
          }),
        );
      }
    }
  });
  const m = PAGE.marginMm;
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    creator: doc.issuer,
    title: doc.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(PAGE.widthMm), height: mm(PAGE.heightMm) },
            margin: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right) },
          },
        },
        // GB/T 9704 page numbers: odd pages on the right, even on the left.
        footers: {
          default: pageNumber(AlignmentType.RIGHT, fonts.body),
          even: pageNumber(AlignmentType.LEFT, fonts.body),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function pageNumber(alignment: (typeof AlignmentType)['LEFT' | 'RIGHT'], font: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        // One character in from the edge of the text.
        indent:
          alignment === AlignmentType.RIGHT
            ? { right: twip(PAGE.pageNumberPt) }
            : { left: twip(PAGE.pageNumberPt) },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: halfPt(PAGE.pageNumberPt),
            font: { ascii: font, eastAsia: font, hAnsi: font },
          }),
        ],
      }),
    ],
  });
}
