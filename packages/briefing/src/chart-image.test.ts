import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartPng, chartSvg } from './chart-image.js';
import { SHIPPED_FONTS } from './fonts.js';

const TOWNSHIPS = ['扁担沟镇', '宁夏吴忠国家农业科技园区', '金积镇', '古城镇'];
const bars = (names: string[]) => ({
  xAxis: { type: 'category', data: names, axisLabel: { interval: 0 } },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [312, 120, 98, 45], label: { show: true } }],
});

/** One line of text drawn alone with the shipped font: its pixels (RGBA). */
function drawText(text: string): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="4" y="30" font-size="24" font-family="${SHIPPED_FONTS.regular.family}">${text}</text></svg>`;
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: [SHIPPED_FONTS.regular.file] },
  });
  return Buffer.from(resvg.render().pixels);
}

describe('charts drawn on the server', () => {
  it('keeps every label as SVG text, with the animation off', () => {
    const svg = chartSvg(bars(TOWNSHIPS), { width: 640, height: 320 });
    for (const name of TOWNSHIPS) expect(svg).toContain(name);
    expect(svg).toContain('312');
    expect(svg).not.toMatch(/<animate/);
  });

  it('rasterises to a PNG of the drawing at twice its size', () => {
    const png = chartPng(bars(TOWNSHIPS), { width: 640, height: 320 });
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 640]);
  });

  it('draws Chinese labels with real glyphs, not the missing-glyph box', () => {
    // U+E000 (private use) is in no font: resvg draws nothing for a character its fonts lack (no box),
    // so a character that draws something has a real glyph.
    const blank = drawText('');
    expect(drawText('\uE000').equals(blank)).toBe(true);
    for (const char of new Set(TOWNSHIPS.join('') + '信访工作简报同比下降满意率受理办结')) {
      expect(drawText(char).equals(blank), `${char} has a glyph`).toBe(false);
    }
    // And in a chart: the names drawn differ from labels in characters the font lacks (drawn as nothing).
    const real = chartPng(bars(TOWNSHIPS), { width: 640, height: 320 });
    const boxes = chartPng(bars(TOWNSHIPS.map((n) => '\uE000'.repeat(n.length))), {
      width: 640,
      height: 320,
    });
    expect(real.equals(boxes)).toBe(false);
  });
});
