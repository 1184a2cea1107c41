import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysis } from './analysis.js';
import { composeBriefing } from './compose.js';
import { briefingDocx } from './docx.js';
import { briefingPdf } from './pdf.js';
import { paragraphs } from './test/docx-text.js';
import { NOVEMBER } from './test/november.js';
import { SHIPPED_FONTS } from './fonts.js';
import { missingGlyphs } from './test/glyphs.js';

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('a composed briefing', () => {
  it('puts the same analysis, tables and asOf in the PDF and the DOCX', async () => {
    const doc = composeBriefing(NOVEMBER, 'zh-CN');
    expect(doc.title).toBe('利通区信访工作简报（2023年11月）');
    expect(doc.subtitle).toBe('数据截至 2023-12-01 00:00:00（北京时间）');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-'));
    const pdfFile = path.join(dir, 'b.pdf');
    fs.writeFileSync(pdfFile, await briefingPdf(doc));
    const pdfText = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-']).toString());
    const docxText = squeeze((await paragraphs(await briefingDocx(doc))).join(''));
    const sentences = Object.values(analysis(NOVEMBER, 'zh-CN')).flat();
    expect(sentences.length).toBeGreaterThan(5);
    for (const text of [pdfText, docxText]) {
      for (const sentence of sentences) expect(text).toContain(squeeze(sentence));
      for (const cell of ['扁担沟镇', '38.5%', '96.4%', '270/280', '参评率', '2023-12-0100:00'])
        expect(text).toContain(cell);
    }
    fs.rmSync(dir, { recursive: true });
  });

  it('lists overdue cases only when the data carries them (case readers)', () => {
    const plain = composeBriefing(NOVEMBER, 'zh-CN');
    const withCases = composeBriefing(
      {
        ...NOVEMBER,
        overdue: { ...NOVEMBER.overdue, cases: [{ code: 'LT-2023-000123', title: '灌溉渠道堵塞' }] },
      },
      'zh-CN',
    );
    const tables = (d: typeof plain) => d.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
    expect(tables(withCases)).toHaveLength(tables(plain).length + 1);
    expect(JSON.stringify(plain)).not.toContain('LT-2023');
  });
});

describe('the composed text', () => {
  it('uses only characters the shipped faces have glyphs for, in both languages', () => {
    // A year earlier and the period before both given: the KPI table shows signed changes.
    const data = { ...NOVEMBER, kpis: { ...NOVEMBER.kpis, previous: NOVEMBER.kpis.lastYear } };
    for (const locale of ['zh-CN', 'en'] as const) {
      const doc = composeBriefing(data, locale);
      const text = [
        doc.title,
        doc.subtitle,
        doc.issuer,
        doc.date,
        ...doc.sections.flatMap((s) => [
          s.heading,
          ...s.blocks.flatMap((b) =>
            b.kind === 'paragraph'
              ? [b.text]
              : b.kind === 'chart'
                ? [b.caption]
                : [...b.header, ...b.rows.flat()],
          ),
        ]),
      ].join('');
      expect(text).toMatch(/[+-]\d/);
      for (const face of [SHIPPED_FONTS.regular, SHIPPED_FONTS.bold])
        expect(missingGlyphs(face.file, text), `${locale} ${face.file}`).toEqual([]);
    }
  });
});
