// The spreadsheet export under attack (issue 11): exported cells may not run as formulas yet re-import
// unchanged (finding 13), and an export names no case its reader may not read (finding 9, export half).
// The uploads under attack: transfer.upload-attacks.integration.test.ts.
// Each test performs the attack against the real server. The clerk's files are dated in the last few days
// (an open month): the template's 2023 dates lie in closed months, which only an administrator's revision
// may change (issue 12, finding 9; see periods.integration.test.ts).
import { PassThrough } from 'node:stream';
import { parse as parseCsvSync } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '@lianxin/domain';
import type { DialectDataSource } from '../../db/data-source.js';
import { describeEachDatabase, type TestDatabase } from '../../test/databases.js';
import { attackSuite, column, emptyDistrict } from '../../test/transfer.fixtures.js';
import { AccessPolicy } from '../access/access-policy.js';
import { selectCases } from '../case/case-query.js';
import { ROLLUP_TABLES } from '../stats/rollup.js';
import { exportCases } from './case-export.js';
import { importCases } from './case-import.js';

describeEachDatabase('spreadsheet endpoints under attack: exports', (dialect) => {
  const suite = attackSuite(dialect);
  const { upload, recentCsv } = suite;

  /** An export as its reader gets it: the file and its rows (CSV or the first worksheet), headers included. */
  async function exportedRows(
    headers: Record<string, string>,
    format: 'csv' | 'xlsx',
    query = '',
  ): Promise<{ file: Buffer; rows: string[][] }> {
    const response = await fetch(`${suite.api.url}/export/cases.${format}${query}`, { headers });
    expect(response.status).toBe(200);
    const file = Buffer.from(await response.arrayBuffer());
    if (format === 'csv') return { file, rows: parseCsvSync(file, { bom: true }) as string[][] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push(Array.from(row.values as string[]).slice(1)));
    return { file, rows };
  }

  describe('finding 13: exported cells never start a formula, and re-import unchanged', () => {
    const TITLE = '=HYPERLINK("http://x","y")';
    const SUMMARY = '@SUM(1)';
    const CODE = `LT-${localDate(new Date()).slice(0, 4)}-900001`;
    let fresh: { db: TestDatabase; ds: DialectDataSource };

    beforeAll(async () => {
      fresh = await emptyDistrict(dialect, suite.api.idNumbers);
      // A hostile clerk's file: the cells as typed, no quote (the importer leaves them as they are).
      const response = await upload(
        suite.clerk,
        recentCsv({ 案件编号: CODE, 标题: TITLE, 摘要: SUMMARY, 延期理由: '' }),
        'formula.csv',
      );
      expect(response.status).toBe(200);
      const stored: { title: string; summary: string }[] = await suite.api.dataSource.query(
        `SELECT title, summary FROM petition_case WHERE code = '${CODE}'`,
      );
      expect(stored).toEqual([{ title: TITLE, summary: SUMMARY }]);
    });
    afterAll(async () => {
      await fresh?.ds.destroy();
      await fresh?.db.drop();
    });

    // The day the recent rows were received (the clerk's cases of this suite, in an open month).
    const receivedDay = (): string => suite.recent.rows[0]![column('登记时间')]!.slice(0, 10);
    const filter = (): string =>
      encodeURIComponent(JSON.stringify({ from: receivedDay(), to: receivedDay() }));

    async function exported(format: 'csv' | 'xlsx'): Promise<{ file: Buffer; cells: string[] }> {
      const { file, rows } = await exportedRows(suite.clerk, format, `?filter=${filter()}`);
      return { file, cells: rows.find((r) => r[column('案件编号')] === CODE)! };
    }

    it.each(['csv', 'xlsx'] as const)(
      '%s: the cells start with a quote; re-imported, the text is the original',
      async (format) => {
        const { file, cells } = await exported(format);
        expect(cells[column('标题')]).toBe(`'${TITLE}`);
        expect(cells[column('摘要')]).toBe(`'${SUMMARY}`);
        // Numbers stay numbers: 人数 is not escaped (in XLSX it is a number cell).
        expect(cells[column('人数')]).toBe(format === 'xlsx' ? 1 : '1');
        for (const table of ROLLUP_TABLES) await fresh.ds.query(`DELETE FROM ${table}`);
        await fresh.ds.query('DELETE FROM case_event');
        await fresh.ds.query('DELETE FROM case_petitioner');
        await fresh.ds.query('DELETE FROM case_fact_version');
        await fresh.ds.query('DELETE FROM petition_case');
        const { report } = await importCases(fresh.ds, suite.api.idNumbers, file, {
          fileName: `export.${format}`,
        });
        expect(report.errors).toEqual([]);
        expect(report.imported).toBeGreaterThanOrEqual(1);
        const stored: { title: string; summary: string }[] = await fresh.ds.query(
          `SELECT title, summary FROM petition_case WHERE code = '${CODE}'`,
        );
        expect(stored).toEqual([{ title: TITLE, summary: SUMMARY }]);
      },
    );
  });

  describe("finding 9 (export): a repeat's original is named only to those who may read it", () => {
    let repeatCode: string;
    let accusationCode: string;

    beforeAll(async () => {
      const q = (sql: string): Promise<{ id: number | string; code: string }[]> =>
        suite.api.dataSource.query(sql);
      const [repeat] = await q(
        `SELECT id, code FROM petition_case WHERE township_code = '${suite.malian}' AND matter_type <> 'ACCUSATION' ORDER BY id LIMIT 1`,
      );
      const [accusation] = await q(
        `SELECT id, code FROM petition_case WHERE township_code <> '${suite.malian}' AND matter_type = 'ACCUSATION' ORDER BY id LIMIT 1`,
      );
      repeatCode = repeat!.code;
      accusationCode = accusation!.code;
      // The 马莲渠乡 petitioner also filed an accusation in another township: the repeat mark links them.
      await suite.api.dataSource.query(
        `UPDATE petition_case SET repeat_of_id = ${Number(accusation!.id)} WHERE id = ${Number(repeat!.id)}`,
      );
    });

    async function repeatOfCell(headers: Record<string, string>, format: 'csv' | 'xlsx'): Promise<string> {
      const { rows } = await exportedRows(headers, format);
      const row = rows.find((r) => r[column('案件编号')] === repeatCode);
      expect(row).toBeDefined();
      return row![column('重复访原案件编号')] ?? '';
    }

    it.each(['csv', 'xlsx'] as const)(
      '%s: empty for a 马莲渠乡 clerk, the code for an administrator',
      async (format) => {
        expect(await repeatOfCell(suite.clerk, format)).toBe('');
        expect(await repeatOfCell(suite.admin, format)).toBe(accusationCode);
      },
    );

    it('agrees with GraphQL, which answers repeatOf null to the clerk', async () => {
      const [row] = (await suite.api.dataSource.query(
        `SELECT id FROM petition_case WHERE code = '${repeatCode}'`,
      )) as { id: number | string }[];
      const query = `query($id: ID!) { case(id: $id) { code repeatOf { code } } }`;
      const asClerk = await suite.api.graphqlAs<{ case: { repeatOf: unknown } }>(
        await suite.api.headersOf('malian-clerk'),
        query,
        { id: String(row!.id) },
      );
      expect(asClerk.data?.case.repeatOf).toBeNull();
      const asAdmin = await suite.api.graphql<{ case: { repeatOf: { code: string } } }>(query, {
        id: String(row!.id),
      });
      expect(asAdmin.data?.case.repeatOf).toEqual({ code: accusationCode });
    });

    it('the direct export (CLI, tests) applies the same rule for a clerk policy', async () => {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      await exportCases(
        suite.api.dataSource,
        suite.api.idNumbers,
        selectCases({}, new Date(), new AccessPolicy(suite.clerkUser)),
        'csv',
        out,
      );
      const rows = parseCsvSync(Buffer.concat(chunks), { bom: true }) as string[][];
      const row = rows.find((r) => r[column('案件编号')] === repeatCode)!;
      expect(row[column('重复访原案件编号')]).toBe('');
      // And no cell of the clerk's file names the accusation.
      expect(rows.flat()).not.toContain(accusationCode);
    });
  });
});
