import { describe, expect, it } from 'vitest';
import type { BriefingDocument } from './document.js';
import { briefingDocx } from './docx.js';
import { paragraphs, readEntry } from './test/docx-text.js';

const ANALYSIS = '本月共受理信访事项312件，同比下降8.2%，其中灌溉用水类74件，占23.7%，主要集中在扁担沟镇。';
const DOC: BriefingDocument = {
  title: '利通区信访工作简报（2023年11月）',
  issuer: '利通区信访局',
  date: '2023年12月1日',
  asOf: new Date('2023-11-30T16:00:00Z'),
  locale: 'zh-CN',
  sections: [
    { heading: '总体情况', blocks: [{ kind: 'paragraph', text: ANALYSIS }] },
    {
      heading: '分类情况',
      blocks: [{ kind: 'table', header: ['类别', '件数'], rows: [['灌溉淌水', '74']] }],
    },
  ],
};

describe('briefing as DOCX', () => {
  it('reads back with its title, numbered sections, analysis and table in order', async () => {
    const text = await paragraphs(await briefingDocx(DOC));
    expect(text).toEqual([
      '利通区信访工作简报（2023年11月）',
      '利通区信访局    2023年12月1日',
      '一、总体情况',
      ANALYSIS,
      '二、分类情况',
      '类别',
      '件数',
      '灌溉淌水',
      '74',
    ]);
  });

  it('sets the page of GB/T 9704: A4, margins 37/35/28/26 mm', async () => {
    const xml = await readEntry(await briefingDocx(DOC), 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
  });
});
