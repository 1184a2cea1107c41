// The README's lifecycle table (README.md, "Lifecycle") is the state machine people read: one row per
// event, one column per status. A step added to the catalogue, or a transition changed, without its row
// fails here, naming the cell. (lifecycle.test.ts checks the machine itself against its own table.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CaseEventType as E, CaseStatus as S } from './enums.js';
import { canApply } from './lifecycle.js';

const README = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

/** The table's rows as cells, header first (the first table after "## Lifecycle"). */
function lifecycleTable(): string[][] {
  const section = README.split(/\n## Lifecycle\n/)[1] ?? '';
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  return lines
    .filter((line) => !/^\|[-| ]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** What a cell says for a transition: the next status, "stay" (any remark in brackets dropped) or "". */
function expectedCell(status: S, event: E): string {
  const check = canApply(status, event);
  if (!check.ok) return '';
  return check.next === status ? 'stay' : check.next;
}

describe('README.md lifecycle table', () => {
  const [header = [], ...rows] = lifecycleTable();

  it('has a column per status', () => {
    expect(header.slice(1)).toEqual(Object.values(S));
  });

  it('has a row per event but REGISTERED (which only creates a case), each cell as the state machine says', () => {
    const wrong: string[] = [];
    for (const event of Object.values(E).filter((e) => e !== E.REGISTERED)) {
      const row = rows.find((cells) => cells[0] === event);
      if (!row) {
        wrong.push(`README.md "Lifecycle": no row for ${event}`);
        continue;
      }
      header.slice(1).forEach((status, i) => {
        const cell = (row[i + 1] ?? '').replace(/\s*\(.*\)$/, '');
        const expected = expectedCell(status as S, event);
        if (cell !== expected)
          wrong.push(`README.md "Lifecycle" ${event} × ${status}: "${cell}", not "${expected}"`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
