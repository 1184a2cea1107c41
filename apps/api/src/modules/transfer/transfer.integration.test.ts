import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStatus, localDate, Role } from '@lianxin/domain';
import { loadConfig } from '../../config.js';
import { openDatabase, type DialectDataSource } from '../../db/data-source.js';
import { dialectOf, dialectSpec } from '../../db/dialect.js';
import { loadSeed } from '../../db/seed-loader.js';
import { startTestApi, type TestApi } from '../../test/api.js';
import {
  createTestDatabase,
  describeEachDatabase,
  pgAvailable,
  type TestDatabase,
} from '../../test/databases.js';
import { AccessPolicy } from '../access/access-policy.js';
import { selectCases } from '../case/case-query.js';
import { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { StatsService } from '../stats/stats.service.js';
import { CASE_HEADERS } from './case-columns.js';
import { exportCases } from './case-export.js';
import { ClosedPeriodError, importCases, REJECT_REASON_HEADER, type ImportOptions } from './case-import.js';
import { recentTemplateRows } from './sheet-fixtures.js';
import { readSheet, writeSheet, type SheetFormat } from './sheet-io.js';

const SOURCE = { until: '2021-12-31', casesPerYear: 400 } as const;
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// One key for every database of this file: an export of one imports into another.
const ID_NUMBER_KEY = Buffer.alloc(32, 5);
const idNumbers = new IdNumberCipher(ID_NUMBER_KEY);

/** A database with the seed's district (same reference data) and no cases. */
async function emptyDistrict(
  dialect: 'sqlite' | 'postgres',
): Promise<{ db: TestDatabase; ds: DialectDataSource }> {
  const db = await createTestDatabase(dialect);
  const ds = await openDatabase({ database: db.config, idNumbers });
  await loadSeed(ds, idNumbers, { until: '2021-01-31', cases: 5 });
  for (const table of [
    'case_day_rollup',
    'case_township_rollup',
    'case_month_rollup',
    'case_event',
    'case_petitioner',
    'case_fact_version',
    'petition_case',
    'petitioner',
  ])
    await ds.query(`DELETE FROM ${table}`);
  return { db, ds };
}

const REASON = 'paper files of the district archive';

/**
 * What an administrator's import of historical cases passes: the files here hold 2021 and 2023 cases,
 * months that closed long ago, which only a recorded revision may change.
 */
function revisionOn(ds: DialectDataSource): NonNullable<ImportOptions['revision']> {
  return { by: 'test', reason: REASON, stats: new StatsService(ds, dialectSpec(dialectOf(ds))) };
}

/** The revisions recorded in a database: month (YYYY-MM), who, why, with what. */
async function revisions(
  ds: DialectDataSource,
): Promise<{ month: string; by: string; reason: string; source: string }[]> {
  const rows: { month: string | Date; revised_by: string; reason: string; source: string }[] = await ds.query(
    'SELECT month, revised_by, reason, source FROM period_revision ORDER BY month, id',
  );
  return rows.map((r) => ({
    month: (r.month instanceof Date ? localDate(r.month) : r.month).slice(0, 7),
    by: r.revised_by,
    reason: r.reason,
    source: r.source,
  }));
}

async function exportToBuffer(ds: DialectDataSource, format: SheetFormat, filter = {}): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportCases(ds, idNumbers, selectCases(filter, new Date(), AccessPolicy.system()), format, out, 97);
  return Buffer.concat(chunks);
}

async function count(ds: DialectDataSource, table: string): Promise<number> {
  const rows: { n: number | string }[] = await ds.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]!.n);
}

/** The template's two example rows as header-keyed cells, to vary one cell per test row. */
function templateRows(): { headers: string[]; rows: string[][] } {
  const csv = fs
    .readFileSync(path.join(apiDir, 'templates/case-import-template.csv'), 'utf8')
    .replace(/^\uFEFF/, '');
  const lines = csv
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  return { headers: lines[0]!, rows: lines.slice(1) };
}

function withCell(row: string[], header: string, value: string): string[] {
  const copy = [...row];
  copy[CASE_HEADERS.indexOf(header)] = value;
  return copy;
}

describeEachDatabase('case spreadsheets', (dialect) => {
  let api: TestApi;
  let target: { db: TestDatabase; ds: DialectDataSource };
  let sourceCsv: Buffer;

  /** A signed-in clerk's request headers for a server. */
  const clerkOf = async (auth: TestApi['auth'], username: string): Promise<Record<string, string>> => {
    await auth.createUser({ username, role: Role.CLERK });
    return { authorization: `Bearer ${(await auth.tokenFor(username, 600)).token}` };
  };
  let clerk: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi(dialect, SOURCE, {}, idNumbers);
    clerk = await clerkOf(api.auth, 'clerk');
    target = await emptyDistrict(dialect);
    sourceCsv = await exportToBuffer(api.dataSource, 'csv');
  });
  afterAll(async () => {
    await target?.ds.destroy();
    await target?.db.drop();
    await api?.stop();
  });

  it('exports every case as UTF-8 CSV with a BOM and the Chinese headers', async () => {
    expect(sourceCsv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const sheet = await readSheet(sourceCsv, 'csv');
    expect(sheet.headers).toEqual(CASE_HEADERS);
    expect(sheet.rows.length).toBe(await count(api.dataSource, 'petition_case'));
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
    expect(report.imported).toBe(await count(api.dataSource, 'petition_case'));
    const again = await exportToBuffer(target.ds, 'csv');
    expect(again.toString('utf8')).toBe(sourceCsv.toString('utf8'));
    // The derived columns and the rollup agree with the source database's.
    const derived =
      'code, received_on, acceptance_due_at, due_at, extended_to, current_due_at, current_deadline, status';
    const a = await api.dataSource.query(`SELECT ${derived} FROM petition_case ORDER BY code`);
    const b = await target.ds.query(`SELECT ${derived} FROM petition_case ORDER BY code`);
    expect(b).toEqual(a);
    const rollup = `SELECT month, village_code, category_code, received FROM case_month_rollup ORDER BY 1, 2, 3, 4`;
    expect(await target.ds.query(rollup)).toEqual(await api.dataSource.query(rollup));
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

  it('re-imports an XLSX export as the same cases', async () => {
    const xlsx = await exportToBuffer(api.dataSource, 'xlsx', { from: '2021-06-01' });
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const fresh = await emptyDistrict(dialect);
    try {
      const { report } = await importCases(fresh.ds, idNumbers, xlsx, {
        fileName: 'export.xlsx',
        revision: revisionOn(fresh.ds),
      });
      expect(report.errors).toEqual([]);
      expect(await exportToBuffer(fresh.ds, 'csv')).toEqual(
        await exportToBuffer(api.dataSource, 'csv', { from: '2021-06-01' }),
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

  describe('HTTP', () => {
    it('GET /export/cases.csv streams the filtered cases with an RFC 5987 file name', async () => {
      const filter = encodeURIComponent(JSON.stringify({ from: '2021-03-01', to: '2021-03-31' }));
      // As an administrator: everything, in full, like the direct export.
      const response = await fetch(`${api.url}/export/cases.csv?filter=${filter}`, {
        headers: api.authHeaders,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const day = localDate(new Date());
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="lianxin-cases-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`信访案件-${day}.csv`)}`,
      );
      const body = Buffer.from(await response.arrayBuffer());
      const direct = await exportToBuffer(api.dataSource, 'csv', { from: '2021-03-01', to: '2021-03-31' });
      expect(body.equals(direct)).toBe(true);
    });

    it('GET /export/cases.xlsx answers a workbook', async () => {
      const response = await fetch(
        `${api.url}/export/cases.xlsx?filter=${encodeURIComponent('{"statuses":["CLOSED"]}')}`,
        { headers: clerk },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const sheet = await readSheet(Buffer.from(await response.arrayBuffer()), 'xlsx');
      expect(sheet.headers).toEqual(CASE_HEADERS);
      expect(new Set(sheet.rows.map((r) => r.cells[CASE_HEADERS.indexOf('状态')]))).toEqual(
        new Set(['已办结']),
      );
    });

    it('exports for case readers (masked where they may not see in full), imports for case workers only', async () => {
      expect((await fetch(`${api.url}/export/cases.csv`)).status).toBe(401);
      await api.auth.createUser({ username: 'analyst', role: Role.ANALYST });
      await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
      const analyst = await api.headersOf('analyst');
      const filter = encodeURIComponent(JSON.stringify({ from: '2021-03-01', to: '2021-03-31' }));
      const masked = await fetch(`${api.url}/export/cases.csv?filter=${filter}`, { headers: analyst });
      expect(masked.status).toBe(200);
      const sheet = await readSheet(Buffer.from(await masked.arrayBuffer()), 'csv');
      const phones = sheet.rows.flatMap((r) => r.cells[CASE_HEADERS.indexOf('联系电话')]!.split(/[;；、,]/));
      expect(phones.length).toBeGreaterThan(0);
      for (const phone of phones) expect(phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      const wall = await fetch(`${api.url}/export/cases.csv`, { headers: await api.headersOf('wall') });
      expect(wall.status).toBe(403);
      const import403 = await fetch(`${api.url}/import/cases`, {
        method: 'POST',
        headers: analyst,
        body: new FormData(),
      });
      expect(import403.status).toBe(403);
      expect(
        ((await import403.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
          .code,
      ).toBe('FORBIDDEN');
      const logged = await api.dataSource.query(
        `SELECT username, action, case_id FROM access_log WHERE username = 'analyst'`,
      );
      expect(logged).toEqual([{ username: 'analyst', action: 'EXPORT', case_id: null }]);
    });

    it.each([
      ['not JSON', '{', 'BAD_USER_INPUT', 'filter'],
      ['a bad enum', '{"statuses":["DONE"]}', 'BAD_USER_INPUT', 'filter.statuses.0'],
      [
        'a period that ends before it starts',
        '{"from":"2021-05-01","to":"2021-04-01"}',
        'BAD_USER_INPUT',
        'filter.from',
      ],
      ['an unknown village', '{"villageCodes":["999"]}', 'VILLAGE_NOT_FOUND', 'filter.villageCodes'],
    ])('a filter with %s answers 400 with a typed code', async (_what, filter, code, field) => {
      const response = await fetch(`${api.url}/export/cases.csv?filter=${encodeURIComponent(filter)}`, {
        headers: clerk,
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        errors: { message: string; extensions: { code: string; field: string } }[];
      };
      expect(body.errors[0]!.extensions).toMatchObject({ code, field });
      expect(body.errors[0]!.message).toEqual(expect.any(String));
    });

    it('POST /import/cases imports an upload and answers its report; refuses a bad one with 422, closed months to a clerk with 403', async () => {
      const fresh = await emptyDistrict(dialect);
      const server = await (
        await import('../../server.js')
      ).startServer({ ...loadConfig({}), port: 0, host: '127.0.0.1', nodeEnv: 'test' }, fresh.ds, idNumbers);
      try {
        const uploader = await clerkOf(server.auth, 'uploader');
        await server.auth.createUser({ username: 'archivist', role: Role.ADMIN });
        const archivist = { authorization: `Bearer ${(await server.auth.tokenFor('archivist', 600)).token}` };
        const { headers, rows } = templateRows();
        const recent = recentTemplateRows().rows;
        const upload = async (file: Buffer, name: string, query = '', as = uploader) => {
          const form = new FormData();
          form.append('file', new Blob([file]), name);
          return fetch(`${server.url}/import/cases${query}`, {
            method: 'POST',
            body: form,
            headers: as,
          });
        };
        const errorOf = async (response: Response) =>
          ((await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] })
            .errors[0]!;

        // Rows are checked before months: a bad row is reported as such, whatever its dates.
        const bad = await upload(
          await writeSheet('xlsx', headers, [rows[0]!, withCell(rows[1]!, '满意度', '很好')]),
          'a.xlsx',
        );
        expect(bad.status).toBe(422);
        const badReport = (await bad.json()) as { errors: unknown[]; imported: number };
        expect(badReport.imported).toBe(0);
        expect(badReport.errors).toEqual([
          { row: 3, column: '满意度', message: 'unknown satisfaction "很好": allowed 满意/基本满意/不满意' },
        ]);

        // The template's 2023 rows lie in closed months: a clerk may not add them, partial or not.
        const closedPartial = await upload(
          await writeSheet('xlsx', headers, [rows[0]!, withCell(rows[1]!, '满意度', '很好')]),
          'a.xlsx',
          '?partial=1',
        );
        expect(closedPartial.status).toBe(403);
        expect((await errorOf(closedPartial)).extensions).toEqual({
          code: 'PERIOD_CLOSED',
          field: 'file',
          // The tree row: received, closed and rated in June; statutory due date (60 days) in August.
          months: ['2023-06', '2023-08'],
        });
        const closed = await upload(await writeSheet('csv', headers, [rows[1]!]), '吴家沟.csv');
        expect(closed.status).toBe(403);
        const closedError = await errorOf(closed);
        // Received and closed in July, rated in August, due (60 days) in September.
        expect(closedError.extensions).toMatchObject({
          code: 'PERIOD_CLOSED',
          months: ['2023-07', '2023-08', '2023-09'],
        });
        expect(closedError.message).toMatch(/only an administrator may import them/);
        expect(await count(fresh.ds, 'petition_case')).toBe(0);

        // The same rows dated in the last few days (an open month) are the clerk's to import.
        const partial = await upload(
          await writeSheet('xlsx', headers, [recent[0]!, withCell(recent[1]!, '满意度', '很好')]),
          'recent.xlsx',
          '?partial=1',
        );
        expect(partial.status).toBe(200);
        expect(await partial.json()).toMatchObject({ imported: 1, rejected: 1, committed: true });
        const ok = await upload(await writeSheet('csv', headers, [recent[1]!]), '吴家沟.csv');
        expect(ok.status).toBe(200);
        expect(await ok.json()).toMatchObject({ imported: 1, rejected: 0, committed: true, errors: [] });
        expect(await count(fresh.ds, 'petition_case')).toBe(2);
        expect(await count(fresh.ds, 'period_revision')).toBe(0);

        // An administrator adds the 2023 rows only with a reason, as a revision of each month they touch.
        const history = await writeSheet('csv', headers, rows);
        const noReason = await upload(history, 'archive.csv', '', archivist);
        expect(noReason.status).toBe(400);
        expect((await errorOf(noReason)).extensions).toMatchObject({
          code: 'REVISION_REASON_REQUIRED',
          field: 'reason',
          months: expect.arrayContaining(['2023-06', '2023-07']),
        });
        const blankReason = await upload(history, 'archive.csv', '?reason=%20%20', archivist);
        expect(blankReason.status).toBe(400);
        expect(await count(fresh.ds, 'petition_case')).toBe(2);
        const revised = await upload(
          history,
          'archive.csv',
          `?reason=${encodeURIComponent(REASON)}`,
          archivist,
        );
        expect(revised.status).toBe(200);
        expect(await revised.json()).toMatchObject({ imported: 2, committed: true, errors: [] });
        expect(await count(fresh.ds, 'petition_case')).toBe(4);
        const recorded = await revisions(fresh.ds);
        expect(recorded.map((r) => r.month)).toEqual(expect.arrayContaining(['2023-06', '2023-07']));
        for (const r of recorded)
          expect(r).toEqual({
            month: expect.stringMatching(/^2023-/),
            by: 'archivist',
            reason: REASON,
            source: 'archive.csv',
          });

        const none = await fetch(`${server.url}/import/cases`, {
          method: 'POST',
          body: new FormData(),
          headers: uploader,
        });
        expect(none.status).toBe(400);
        const wrongType = await upload(Buffer.from('x'), 'cases.txt');
        expect(wrongType.status).toBe(400);
      } finally {
        await server.stop();
        await fresh.ds.destroy();
        await fresh.db.drop();
      }
    });
  });
});

describe.skipIf(!pgAvailable)('case import crash safety [postgres]', () => {
  let target: { db: TestDatabase; ds: DialectDataSource };
  let file: string;
  /** The template's two 2023 rows. */
  let few: string;
  beforeAll(async () => {
    // The child runs the built CLI: build it from these sources. Type errors elsewhere in the app do
    // not stop tsc from emitting, so only a missing CLI fails the test.
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: apiDir, stdio: 'ignore' });
    expect(fs.existsSync(path.join(apiDir, 'dist/modules/transfer/import-cli.js'))).toBe(true);
    target = await emptyDistrict('postgres');
    const { headers, rows } = templateRows();
    const many = Array.from({ length: 20_000 }, (_, i) =>
      withCell(rows[i % 2]!, '标题', `导入测试案件 ${i + 1}`),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-import-'));
    file = path.join(dir, 'many.csv');
    fs.writeFileSync(file, await writeSheet('csv', headers, many));
    few = path.join(dir, 'few.csv');
    fs.writeFileSync(few, await writeSheet('csv', headers, rows));
  });
  afterAll(async () => {
    await target?.ds.destroy();
    await target?.db.drop();
  });

  /** Runs the CLI on `args` (by default the big file, with a reason: 2023 is closed). */
  function runImport(
    onLine?: (line: string, kill: () => void) => void,
    args = [file, '--reason', REASON],
  ): Promise<{ code: number | null; signal: string | null; out: string }> {
    return new Promise((resolve) => {
      const child = spawn(
        'node',
        ['dist/modules/transfer/import-cli.js', ...args, '--database', target.db.config.url],
        {
          cwd: apiDir,
          // The suite's key, not a key file in the repository's data directory.
          env: { ...process.env, ID_NUMBER_KEY: ID_NUMBER_KEY.toString('base64') },
        },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        for (const line of chunk.toString().split('\n')) onLine?.(line, () => child.kill('SIGKILL'));
      });
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('exit', (code, signal) => resolve({ code, signal, out }));
    });
  }

  it('refuses cases of closed months without --reason, saying so, and writes nothing', async () => {
    const refused = await runImport(undefined, [few]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(
      /would change the KPIs of closed months \(2023-06, .*\).*\(pass --reason TEXT\)/,
    );
    expect(await count(target.ds, 'petition_case')).toBe(0);
    expect(await count(target.ds, 'period_revision')).toBe(0);
  });

  // Folding 20,000 cases through the step catalogue into their fact versions takes ~45 s on an idle
  // machine: the default 60 s is too tight when other suites share the CPU.
  it(
    'leaves nothing behind when killed mid-write, and the same import then succeeds',
    { timeout: 180_000 },
    async () => {
      expect(dialectOf(target.ds)).toBe('postgres');
      const killed = await runImport((line, kill) => {
        if (line.startsWith('written ')) kill();
      });
      expect(killed.signal).toBe('SIGKILL');
      expect(killed.out).toContain('written 5000/20000');
      expect(killed.out).not.toContain('imported');
      expect(await count(target.ds, 'petition_case')).toBe(0);
      expect(await count(target.ds, 'petitioner')).toBe(0);
      expect(await count(target.ds, 'case_event')).toBe(0);
      // The revision rows were in the import's transaction: gone with it.
      expect(await count(target.ds, 'period_revision')).toBe(0);

      const done = await runImport();
      expect(done.code).toBe(0);
      expect(done.out).toContain('imported 20000 of 20000 rows');
      expect(await count(target.ds, 'petition_case')).toBe(20_000);
      const codes: { min: string; max: string }[] = await target.ds.query(
        'SELECT min(code) AS min, max(code) AS max FROM petition_case',
      );
      expect(codes[0]).toEqual({ min: 'LT-2023-000001', max: 'LT-2023-020000' });
      // 2023 is closed: the command's --reason made the import a revision, named after the OS user.
      const revised = await revisions(target.ds);
      expect(revised.map((r) => r.month)).toEqual(expect.arrayContaining(['2023-06', '2023-07']));
      for (const r of revised)
        expect(r).toEqual({
          month: expect.stringMatching(/^2023-/),
          by: `cli:${os.userInfo().username}`,
          reason: REASON,
          source: 'many.csv',
        });
    },
  );
});
