// Finding 13 of issue 11: the formula escape of exported cells and its inverse on import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from './cell-escape.js';
import { escapeRow, readSheet, writeSheet } from './sheet-io.js';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/** Strings that start the way the rule cares about: quotes, triggers, then anything. */
const tricky = fc
  .tuple(
    fc.array(fc.constantFrom("'", ...TRIGGERS), { maxLength: 4 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  )
  .map(([start, rest]) => start.join('') + rest);

describe('formula escape of cells', () => {
  it('prefixes a quote to text that starts with a trigger, halfwidth or fullwidth', () => {
    expect(escapeFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(escapeFormula('@SUM(1)')).toBe("'@SUM(1)");
    expect(escapeFormula('+8613909530001')).toBe("'+8613909530001");
    expect(escapeFormula('-1')).toBe("'-1");
    expect(escapeFormula('\t=1')).toBe("'\t=1");
    expect(escapeFormula('\r=1')).toBe("'\r=1");
    expect(escapeFormula('＝1＋1')).toBe("'＝1＋1");
    expect(escapeFormula('＠x')).toBe("'＠x");
  });

  it('leaves other text alone, a quote before ordinary text included', () => {
    for (const text of ['', "'", "'abc", '陈木闸村', ' =1', 'a=1', '13909530001', 'LT-2023-000001'])
      expect(escapeFormula(text)).toBe(text);
  });

  it("escapes a quote that would otherwise be taken for the escape: '=x and ''", () => {
    expect(escapeFormula("'=x")).toBe("''=x");
    expect(escapeFormula("''")).toBe("'''");
    expect(unescapeFormula("''=x")).toBe("'=x");
    expect(unescapeFormula("'''")).toBe("''");
  });

  it('round-trips every string: unescape(escape(s)) = s', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (s) => {
        expect(unescapeFormula(escapeFormula(s))).toBe(s);
      }),
      { numRuns: 5_000 },
    );
  });

  it('never writes a cell that starts with a trigger', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (s) => {
        expect(TRIGGERS).not.toContain(escapeFormula(s)[0]);
      }),
      { numRuns: 5_000 },
    );
  });

  it('keeps import → export → import stable for any cell a file may hold', () => {
    // A cell read from a user's file is unescaped once; writing it and reading it again gives it back.
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (cell) => {
        const imported = unescapeFormula(cell);
        expect(unescapeFormula(escapeFormula(imported))).toBe(imported);
      }),
    );
  });

  it('does not escape numeric columns: 人数 and the day counts are numbers, not text', () => {
    expect(escapeRow(['标题', '人数', '限办天数'], ['-1', '-1', '+5'])).toEqual(["'-1", '-1', '+5']);
  });

  it('round-trips through real CSV and XLSX files (writeSheet, readSheet)', async () => {
    // Blank cells left out: a row of blanks is no row to the XLSX reader. CR is left out too: XML
    // normalises a CR in text to LF, escaped or not.
    const cells = fc
      .sample(tricky, { numRuns: 200, seed: 11 })
      .map((s) => s.replace(/\r/g, ''))
      .filter((s) => s.trim() !== '');
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await writeSheet(
        format,
        ['标题'],
        cells.map((c) => [c]),
      );
      const sheet = await readSheet(file, format);
      expect(sheet.rows.map((r) => r.cells[0])).toEqual(cells);
    }
  });
});
