// Case spreadsheets, read and written directly: an export of every case re-imports into a fresh district
// as the same cases (CSV and XLSX, byte for byte), closed months only as a recorded revision; a file of
// bad rows is reported row by row and column by column and writes nothing, unless partial. The routes:
// transfer.http; the import CLI killed mid-write: transfer.failures; attacks: transfer.upload-attacks and
// transfer.export-attacks.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStatus } from '@lianxin/domain';
import type { DialectDataSource } from '../../db/data-source.js';
import { describeEachDatabase, type TestDatabase } from '../../test/databases.js';
import {
  count,
  emptyDistrict,
  exportToBuffer,
  idNumbers,
  REASON,
  revisionOn,
  revisions,
  templateRows,
  transferSuite,
  withCell,
} from '../../test/transfer.fixtures.js';
import { CASE_HEADERS } from './case-columns.js';
import { ClosedPeriodError, importCases, REJECT_REASON_HEADER } from './case-import.js';
import { readSheet, writeSheet } from './sheet-io.js';
import { computeSignals } from '../warning/warning-compute.js';

describeEachDatabase('case spreadsheets', (dialect) => {
  const suite = transferSuite(dialect);
  /** The source's every case as CSV, and an empty district it is imported into. */
  let target: { db: TestDatabase; ds: DialectDataSource };
  let sourceCsv: Buffer;

  beforeAll(async () => {
    target = await emptyDistrict(dialect);
    sourceCsv = await exportToBuffer(suite.api.dataSource, 'csv');
  });
  afterAll(async () => {
    await target?.ds.destroy();
    await target?.db.drop();
  });

  it('exports every case as UTF-8 CSV with a BOM and the Chinese headers', async () => {
    expect(sourceCsv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const sheet = await readSheet(sourceCsv, 'csv');
    expect(sheet.headers).toEqual(CASE_HEADERS);
    expect(sheet.rows.length).toBe(await count(suite.api.dataSource, 'petition_case'));
  });

  it('refuses a file of closed months without a revision (ClosedPeriodError naming them), writing nothing', async () => {
    const refused = importCases(target.ds, idNumbers, sourceCsv, { fileName: 'export.csv' });
    await expect(refused).rejects.toBeInstanceOf(ClosedPeriodError);
    const { months } = (await refused.catch((e: unknown) => e)) as ClosedPeriodError;
    expect(months).toEqual(expect.arrayContaining(['2021-01', '2021-06', '2021-12']));
    expect(await count(target.ds, 'petition_case')).toBe(0);
    expect(await count(target.ds, 'period_revision')).toBe(0);
  });

  it('re-imports a CSV export into a fresh database as the same cases (export of the copy is byte-equal)', async () => {
    const { report } = await importCases(target.ds, idNumbers, sourceCsv, {
      fileName: 'export.csv',
      revision: revisionOn(target.ds),
    });
    expect(report.errors).toEqual([]);
    expect(report.committed).toBe(true);
    expect(report.imported).toBe(await count(suite.api.dataSource, 'petition_case'));
    const again = await exportToBuffer(target.ds, 'csv');
    expect(again.toString('utf8')).toBe(sourceCsv.toString('utf8'));
    // The derived columns and the rollup agree with the source database's.
    const derived =
      'code, received_on, acceptance_due_at, due_at, extended_to, current_due_at, current_deadline, status';
    const a = await suite.api.dataSource.query(`SELECT ${derived} FROM petition_case ORDER BY code`);
    const b = await target.ds.query(`SELECT ${derived} FROM petition_case ORDER BY code`);
    expect(b).toEqual(a);
    const rollup = `SELECT month, village_code, category_code, received FROM case_month_rollup ORDER BY 1, 2, 3, 4`;
    expect(await target.ds.query(rollup)).toEqual(await suite.api.dataSource.query(rollup));
    // The early-warning signals cover what it wrote, closed months too: a full recompute changes nothing.
    const signals = `SELECT scope, place_code, category_code, month, observed, level, upper_red
      FROM early_warning_signal ORDER BY 1, 2, 3, 4`;
    const stored = await target.ds.query(signals);
    expect(stored.length).toBeGreaterThan(0);
    await target.ds.transaction((m) => computeSignals(m, target.ds.dialect, { now: new Date(), full: true }));
    expect(await target.ds.query(signals)).toEqual(stored);
    // Every closed month it entered is a recorded revision: one row per month, with who, why and the file.
    const revised = await revisions(target.ds);
    const months = revised.map((r) => r.month);
    expect(new Set(months).size).toBe(months.length);
    expect(months).toEqual(expect.arrayContaining(['2021-01', '2021-06', '2021-12']));
    for (const r of revised) expect(r).toMatchObject({ by: 'test', reason: REASON, source: 'export.csv' });
  });

  it('gives each imported case a timeline derived from its dates, replaying to its status', async () => {
    const events: { type: string; actor: string; payload: unknown }[] = await target.ds.query(
      `SELECT e.type, e.actor, e.payload FROM case_event e JOIN petition_case c ON c.id = e.case_id
        WHERE c.code = (SELECT min(code) FROM petition_case WHERE status = 'CLOSED') ORDER BY e.at, e.id`,
    );
    expect(events[0]).toMatchObject({ type: 'REGISTERED', actor: 'import' });
    const payload =
      typeof events[0]!.payload === 'string' ? JSON.parse(events[0]!.payload) : events[0]!.payload;
    expect(payload).toEqual({ source: 'export.csv', row: expect.any(Number) });
    expect(events.map((e) => e.type)).toContain('CLOSED');
  });

  it('refuses every row of a second import of the same file: codes already exist, nothing is written', async () => {
    const before = await count(target.ds, 'petition_case');
    const { report } = await importCases(target.ds, idNumbers, sourceCsv, { fileName: 'export.csv' });
    expect(report.committed).toBe(false);
    expect(report.rejected).toBe(report.rows);
    expect(report.errors[0]).toMatchObject({
      row: 2,
      column: '案件编号',
      message: expect.stringContaining('already exists'),
    });
    expect(await count(target.ds, 'petition_case')).toBe(before);
  });

  it('recomputes the early-warning signals of the cells an import writes into, months long closed too', async () => {
    const { headers, rows } = templateRows();
    const file = await writeSheet(
      'csv',
      headers,
      Array.from({ length: 12 }, (_, i) => withCell(rows[i % rows.length]!, '标题', `预警导入测试 ${i + 1}`)),
    );
    const fresh = await emptyDistrict(dialect);
    try {
      // The first import computes every cell; the second finds those months final and must redo its cells.
      for (let round = 0; round < 2; round++) {
        const { report } = await importCases(fresh.ds, idNumbers, file, {
          fileName: 'warnings.csv',
          revision: revisionOn(fresh.ds),
        });
        expect(report.errors).toEqual([]);
      }
      const signals = `SELECT scope, place_code, category_code, month, observed, level, upper_red
        FROM early_warning_signal ORDER BY 1, 2, 3, 4`;
      const stored: { scope: string; observed: number | string }[] = await fresh.ds.query(signals);
      const [{ n }] = await fresh.ds.query(
        `SELECT COUNT(*) AS n FROM petition_case WHERE matter_type <> 'ACCUSATION'`,
      );
      const counted = (scope: string) =>
        stored.filter((r) => r.scope === scope).reduce((sum, r) => sum + Number(r.observed), 0);
      expect(counted('VILLAGE')).toBe(Number(n));
      expect(counted('TOWNSHIP')).toBe(Number(n));
      await fresh.ds.transaction((m) => computeSignals(m, fresh.ds.dialect, { now: new Date(), full: true }));
      expect(await fresh.ds.query(signals)).toEqual(stored);
    } finally {
      await fresh.ds.destroy();
      await fresh.db.drop();
    }
  });

  it('re-imports an XLSX export as the same cases', async () => {
    const xlsx = await exportToBuffer(suite.api.dataSource, 'xlsx', { from: '2021-06-01' });
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    // Opened in Excel: the header row frozen and filterable, times as dates, counts as numbers — each
    // showing what the CSV export writes as text.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const csv = await readSheet(
      await exportToBuffer(suite.api.dataSource, 'csv', { from: '2021-06-01' }),
      'csv',
    );
    const column = (header: string) => CASE_HEADERS.indexOf(header) + 1;
    const received = sheet.getRow(2).getCell(column('登记时间'));
    expect(received.value).toBeInstanceOf(Date);
    expect(received.numFmt).toBe('yyyy-mm-dd hh:mm');
    const wall = (received.value as Date).toISOString().replace('T', ' ').slice(0, 16);
    expect(csv.rows[0]!.cells[column('登记时间') - 1]).toBe(wall);
    const headcount = sheet.getRow(2).getCell(column('人数')).value;
    expect(typeof headcount).toBe('number');
    expect(String(headcount)).toBe(csv.rows[0]!.cells[column('人数') - 1]);
    const fresh = await emptyDistrict(dialect);
    try {
      const { report } = await importCases(fresh.ds, idNumbers, xlsx, {
        fileName: 'export.xlsx',
        revision: revisionOn(fresh.ds),
      });
      expect(report.errors).toEqual([]);
      expect(await exportToBuffer(fresh.ds, 'csv')).toEqual(
        await exportToBuffer(suite.api.dataSource, 'csv', { from: '2021-06-01' }),
      );
    } finally {
      await fresh.ds.destroy();
      await fresh.db.drop();
    }
  });

  describe('validation', () => {
    let fresh: { db: TestDatabase; ds: DialectDataSource };
    beforeAll(async () => {
      fresh = await emptyDistrict(dialect);
    });
    afterAll(async () => {
      await fresh.ds.destroy();
      await fresh.db.drop();
    });

    const { headers, rows } = templateRows();
    const [tree, water] = rows as [string[], string[]];
    // Row numbers as the spreadsheet shows them: header is row 1, so bad rows are 3…11.
    const bad: [string[], string, string][] = [
      [withCell(tree, '村居', '不存在村'), '村居', 'unknown village "不存在村"'],
      [withCell(tree, '村居', '吴家沟村'), '村居', 'village 吴家沟村 is not in 马莲渠乡 (it is in 扁担沟镇)'],
      [
        withCell(tree, '事项类型', '投诉'),
        '事项类型',
        'unknown matter type "投诉": allowed 建议意见/检举控告/申诉求决',
      ],
      [
        withCell(tree, '身份证号', '640302197003120034'),
        '身份证号',
        'check digit of ID number "640302197003120034" is wrong (GB 11643)',
      ],
      [
        withCell(tree, '办结时间', '2023-06-13 15:00'),
        '办结时间',
        'dates out of order: 办结时间 is before 答复时间',
      ],
      [
        withCell(tree, '状态', '办理中'),
        '状态',
        'status 办理中 (IN_PROGRESS) disagrees with the dates, which give 已办结 (CLOSED)',
      ],
      [withCell(tree, '案件编号', 'LT-2023-000777'), '', ''],
      [withCell(tree, '标题', ''), '标题', 'required, but empty'],
      [withCell(tree, '案件编号', 'LT-2023-000777'), '案件编号', 'case code LT-2023-000777 repeats row 9'],
    ];

    function sheet(): string[][] {
      return [water, ...bad.map(([row]) => row)];
    }

    it('reports each problem with row, column and reason and writes nothing (CSV)', async () => {
      const file = await writeSheet('csv', headers, sheet());
      const { report } = await importCases(fresh.ds, idNumbers, file, { fileName: 'bad.csv' });
      expect(report.committed).toBe(false);
      expect(report.errors).toEqual(
        bad.flatMap(([, column, message], i) => (column ? [{ row: i + 3, column, message }] : [])),
      );
      expect(await count(fresh.ds, 'petition_case')).toBe(0);
      expect(await count(fresh.ds, 'petitioner')).toBe(0);
    });

    it('reports the same problems from an XLSX file', async () => {
      const file = await writeSheet('xlsx', headers, sheet());
      const { report } = await importCases(fresh.ds, idNumbers, file, { fileName: 'bad.xlsx' });
      expect(report.committed).toBe(false);
      expect(report.errors.map((e) => [e.row, e.column])).toContainEqual([5, '事项类型']);
      expect(report.errors.map((e) => [e.row, e.column])).toContainEqual([6, '身份证号']);
    });

    it('with partial, imports the valid rows and returns the refused ones with 错误原因', async () => {
      const file = await writeSheet('xlsx', headers, sheet());
      const { report, rejects } = await importCases(fresh.ds, idNumbers, file, {
        fileName: 'bad.xlsx',
        partial: true,
        revision: revisionOn(fresh.ds),
      });
      expect(report.committed).toBe(true);
      // The irrigation row, and the first row of the duplicated code (the second one is refused).
      expect(report.imported).toBe(2);
      expect(await count(fresh.ds, 'petition_case')).toBe(2);
      expect(rejects.headers).toEqual([...headers, REJECT_REASON_HEADER]);
      expect(rejects.rows.length).toBe(bad.length - 1);
      expect(rejects.rows[0]!.at(-1)).toBe('村居: unknown village "不存在村"');
      const codes: { code: string }[] = await fresh.ds.query('SELECT code FROM petition_case ORDER BY code');
      expect(codes.map((c) => c.code)).toEqual(['LT-2023-000001', 'LT-2023-000777']);
      const rejectsFile = await writeSheet('csv', rejects.headers, rejects.rows);
      expect((await readSheet(rejectsFile, 'csv')).rows.length).toBe(bad.length - 1);
    });

    it('generates the next free code of the year and keeps the 15-day handling period', async () => {
      const file = await writeSheet('csv', headers, [tree]);
      const { report } = await importCases(fresh.ds, idNumbers, file, {
        fileName: 'tree.csv',
        revision: revisionOn(fresh.ds),
      });
      expect(report.errors).toEqual([]);
      const rows: { code: string; handling_days: number; status: string }[] = await fresh.ds.query(
        `SELECT code, handling_days, status FROM petition_case WHERE title LIKE '陈木闸村%' ORDER BY code`,
      );
      expect(rows.at(-1)).toEqual({ code: 'LT-2023-000778', handling_days: 15, status: CaseStatus.CLOSED });
    });
  });
});
