import PDFDocument from 'pdfkit';
import { type BriefingDocument, MM_TO_PT, PAGE, numberedHeading } from './document.js';
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
    // Page numbers are written last, onto every page.
    bufferPages: true,
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
    // A heading stays with at least three lines of its section.
    if (pdf.y + 4 * PAGE.linePt > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    pdf
      .font('bold')
      .fontSize(PAGE.bodyPt)
      .text(numberedHeading(doc, i, section.heading), { lineGap: gap });
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
        // Columns as wide as their longest text, stretched or squeezed to the text block together.
        pdf.fontSize(PAGE.tablePt);
        const natural = block.header.map(
          (_, c) =>
            Math.max(
              ...[block.header, ...block.rows].map((row, r) =>
                pdf.font(r === 0 ? 'bold' : 'regular').widthOfString(row[c] ?? ''),
              ),
            ) + PAGE.tablePt,
        );
        const scale = width / natural.reduce((a, b) => a + b, 0);
        const widths = natural.map((w) => w * scale);
        const left = (c: number) => pdf.page.margins.left + widths.slice(0, c).reduce((a, b) => a + b, 0);
        const rowHeight = PAGE.tablePt * 1.6;
        const bottom = () => pdf.page.height - pdf.page.margins.bottom;
        const drawRow = (row: string[], header: boolean) => {
          const y = pdf.y;
          pdf.font(header ? 'bold' : 'regular');
          row.forEach((text, c) =>
            pdf.text(text, left(c), y, {
              width: widths[c]! - 4,
              lineBreak: false,
              ellipsis: true,
            }),
          );
          pdf.x = pdf.page.margins.left;
          pdf.y = y + rowHeight;
        };
        // A table starts on the page its header and first row fit on; continued, its header is repeated.
        if (pdf.y + 2 * rowHeight > bottom()) pdf.addPage();
        drawRow(block.header, true);
        for (const row of block.rows) {
          if (pdf.y + rowHeight > bottom()) {
            pdf.addPage();
            drawRow(block.header, true);
          }
          drawRow(row, false);
        }
        pdf.moveDown(0.5);
      }
    }
  });
  numberPages(pdf);
  pdf.end();
  return done;
}

/**
 * GB/T 9704 page numbers: "— 1 —" in 4号 (14 pt) below the text block, odd pages on the right and even
 * pages on the left, each one character in from the edge of the text.
 */
function numberPages(pdf: PDFKit.PDFDocument): void {
  const { start, count } = pdf.bufferedPageRange();
  const size = PAGE.pageNumberPt;
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const { margins, width, height } = pdf.page;
    const y = height - margins.bottom + 7 * MM_TO_PT;
    // Inside the bottom margin: without this, pdfkit would start a new page for text written there.
    const bottom = margins.bottom;
    margins.bottom = 0;
    pdf
      .font('regular')
      .fontSize(size)
      .text(`— ${i + 1} —`, margins.left + size, y, {
        width: width - margins.left - margins.right - 2 * size,
        align: (i + 1) % 2 === 1 ? 'right' : 'left',
        lineBreak: false,
      });
    margins.bottom = bottom;
  }
}
