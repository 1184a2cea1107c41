import PDFDocument from 'pdfkit';
import { type BriefingDocument, MM_TO_PT, PAGE, chineseOrdinal } from './document.js';
import { type BriefingFonts, SHIPPED_FONTS } from './fonts.js';

/**
 * The briefing as PDF: A4 with the margins and type sizes of GB/T 9704, the fonts embedded as subsets
 * (pdfkit writes each font's ToUnicode map, so the Chinese text can be searched and copied, not only seen).
 */
export function briefingPdf(doc: BriefingDocument, fonts: BriefingFonts = SHIPPED_FONTS): Promise<Buffer> {
  const m = PAGE.marginMm;
  const pdf = new PDFDocument({
    size: 'A4',
    margins: {
      top: m.top * MM_TO_PT,
      bottom: m.bottom * MM_TO_PT,
      left: m.left * MM_TO_PT,
      right: m.right * MM_TO_PT,
    },
    // The creation date is the numbers' asOf (the file ID is derived from it): generated again, the same file.
    info: { Title: doc.title, Author: doc.issuer, CreationDate: doc.asOf },
    pdfVersion: '1.7',
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', fonts.regular.file);
  pdf.registerFont('bold', fonts.bold.file);
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const gap = PAGE.linePt - PAGE.bodyPt;

  pdf.font('bold').fontSize(PAGE.titlePt).text(doc.title, { align: 'center', lineGap: gap });
  if (doc.subtitle) pdf.font('regular').fontSize(PAGE.tablePt).text(doc.subtitle, { align: 'center' });
  pdf
    .font('regular')
    .fontSize(PAGE.bodyPt)
    .text(`${doc.issuer}    ${doc.date}`, { align: 'center', lineGap: gap });
  pdf.moveDown();

  doc.sections.forEach((section, i) => {
    pdf
      .font('bold')
      .fontSize(PAGE.bodyPt)
      .text(`${chineseOrdinal(i + 1)}、${section.heading}`, { lineGap: gap });
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') {
        // 首行缩进两字.
        pdf
          .font('regular')
          .fontSize(PAGE.bodyPt)
          .text(block.text, { indent: PAGE.bodyPt * 2, lineGap: gap, align: 'justify' });
      } else if (block.kind === 'chart') {
        const w = Math.min(width, block.width);
        const h = (w * block.height) / block.width;
        if (pdf.y + h > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
        pdf.image(block.png, pdf.page.margins.left + (width - w) / 2, pdf.y, { width: w, height: h });
        pdf.y += h;
        pdf.font('regular').fontSize(PAGE.tablePt).text(block.caption, { align: 'center' });
        pdf.moveDown(0.5);
      } else {
        const cell = width / block.header.length;
        pdf.fontSize(PAGE.tablePt);
        for (const [r, row] of [block.header, ...block.rows].entries()) {
          const y = pdf.y;
          pdf.font(r === 0 ? 'bold' : 'regular');
          row.forEach((text, c) =>
            pdf.text(text, pdf.page.margins.left + c * cell, y, {
              width: cell - 4,
              lineBreak: false,
              ellipsis: true,
            }),
          );
          pdf.x = pdf.page.margins.left;
          pdf.y = y + PAGE.tablePt * 1.6;
        }
        pdf.moveDown(0.5);
      }
    }
  });
  pdf.end();
  return done;
}
