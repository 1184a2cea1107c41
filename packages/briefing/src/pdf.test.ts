import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartPng } from './chart-image.js';
import type { BriefingDocument } from './document.js';
import { briefingPdf } from './pdf.js';

const ANALYSIS = '本月共受理信访事项312件，同比下降8.2%，其中灌溉用水类74件，占23.7%，主要集中在扁担沟镇。';

function sample(): BriefingDocument {
  return {
    title: '利通区信访工作简报（2023年11月）',
    issuer: '利通区信访局',
    date: '2023年12月1日',
    subtitle: '数据截至 2023-12-01 00:00',
    asOf: new Date('2023-11-30T16:00:00Z'),
    locale: 'zh-CN',
    sections: [
      { heading: '总体情况', blocks: [{ kind: 'paragraph', text: ANALYSIS }] },
      {
        heading: '分类情况',
        blocks: [
          {
            kind: 'chart',
            png: chartPng(
              {
                xAxis: { type: 'category', data: ['灌溉淌水', '树木遮阴'] },
                yAxis: { type: 'value' },
                series: [{ type: 'bar', data: [74, 41] }],
              },
              { width: 480, height: 240 },
            ),
            width: 480,
            height: 240,
            caption: '图1 各类别受理量',
          },
          {
            kind: 'table',
            header: ['类别', '件数', '占比'],
            rows: [
              ['灌溉淌水', '74', '23.7%'],
              ['树木遮阴', '41', '13.1%'],
            ],
          },
        ],
      },
    ],
  };
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('briefing as PDF', () => {
  it('holds its Chinese text as text (pdftotext reads it back), with the fonts embedded', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-'));
    const file = path.join(dir, 'b.pdf');
    fs.writeFileSync(file, await briefingPdf(sample()));
    const text = squeeze(pdftotext(file));
    for (const expected of [
      '利通区信访工作简报（2023年11月）',
      '一、总体情况',
      '二、分类情况',
      ANALYSIS,
      '图1各类别受理量',
      '灌溉淌水7423.7%',
    ])
      expect(text).toContain(squeeze(expected));
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts).toMatch(/NotoSansCJK/);
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .every((line) => / yes +yes +yes /.test(line)),
    ).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });

  it('is the same file when generated again', async () => {
    expect((await briefingPdf(sample())).equals(await briefingPdf(sample()))).toBe(true);
  });
});
