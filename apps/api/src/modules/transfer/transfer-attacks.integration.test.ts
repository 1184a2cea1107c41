// The spreadsheet endpoints under attack (issue 11): a signed-in clerk's malformed uploads must not end
// the process (finding 1), a small XLSX may not expand into gigabytes (finding 4), exported cells may not
// run as formulas yet re-import unchanged (finding 13), and an export names no case its reader may not
// read (finding 9, export half). Each test performs the attack against the real server. The clerk's files
// are dated in the last few days (an open month): the template's 2023 dates lie in closed months, which
// only an administrator's revision may change (issue 12, finding 9; see periods.integration.test.ts).
import http from 'node:http';
import { PassThrough } from 'node:stream';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate, Role } from '@lianxin/domain';
import { openDatabase, type DialectDataSource } from '../../db/data-source.js';
import { loadSeed } from '../../db/seed-loader.js';
import { startTestApi, type TestApi } from '../../test/api.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../test/databases.js';
import { AccessPolicy } from '../access/access-policy.js';
import type { AuthUser } from '../auth/auth.service.js';
import { selectCases } from '../case/case-query.js';
import { CASE_HEADERS } from './case-columns.js';
import { exportCases } from './case-export.js';
import { importCases } from './case-import.js';
import { deflatedZip, inlineRows, recentTemplateRows, templateWith, templateXlsx } from './sheet-fixtures.js';
import { createTransferRouter } from './transfer.router.js';

const SEED = { until: '2021-12-31', casesPerYear: 400 } as const;
const column = (header: string): number => CASE_HEADERS.indexOf(header);

interface ErrorBody {
  errors: { message: string; extensions: Record<string, unknown> & { code: string } }[];
}

/** An answer read off a raw socket (null when the server closed it without one). */
interface RawAnswer {
  status: number;
  body: string;
}

/**
 * Sends `chunks` as the body of a POST over a plain socket, so a test controls every byte (a body that
 * stops short, a client that goes away). `abortAfter` destroys the request after that many chunks.
 */
function rawPost(
  url: string,
  headers: Record<string, string>,
  chunks: (string | Buffer)[],
  abortAfter?: number,
): Promise<RawAnswer | null> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
      res.on('error', reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // An aborted request ends in a socket error on our side: the attack, not a failure of the test.
      if (abortAfter !== undefined) resolve(null);
      else reject(error);
    });
    chunks.forEach((chunk, i) => {
      if (abortAfter !== undefined && i === abortAfter) {
        // Let the server take in what was sent, then vanish mid-body.
        setTimeout(() => req.destroy(), 100);
        return;
      }
      req.write(chunk);
    });
    if (abortAfter === undefined) req.end();
  });
}

const BOUNDARY = 'lianxin-test-boundary';

function part(disposition: string, content: string, type = 'text/csv'): string {
  return `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${type}\r\n\r\n${content}\r\n`;
}

const CLOSE = `--${BOUNDARY}--\r\n`;

describeEachDatabase('spreadsheet endpoints under attack', (dialect) => {
  let api: TestApi;
  let malian: string;
  /** Headers of a 马莲渠乡 clerk, sent as the dashboard would send them (same origin, custom header). */
  let clerk: Record<string, string>;
  let admin: Record<string, string>;
  let clerkUser: AuthUser;
  /** The template's rows moved to the last few days (an open month). */
  let recent: { headers: string[]; rows: string[][] };

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    const townships: { code: string; name: string }[] = await api.dataSource.query(
      'SELECT code, name FROM township',
    );
    malian = townships.find((t) => t.name === '马莲渠乡')!.code;
    ({ user: clerkUser } = await api.auth.createUser({
      username: 'malian-clerk',
      role: Role.CLERK,
      townshipCode: malian,
    }));
    const sameSite = { origin: api.url, 'x-requested-with': 'lianxin' };
    clerk = { ...(await api.headersOf('malian-clerk')), ...sameSite };
    admin = { ...api.authHeaders, ...sameSite };
    // The template's first example row is a 马莲渠乡 case (陈木闸村): the clerk may import it.
    recent = recentTemplateRows();
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function upload(
    headers: Record<string, string>,
    file: Buffer,
    name: string,
    query = '',
  ): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([file]), name);
    return fetch(`${api.url}/import/cases${query}`, { method: 'POST', body: form, headers });
  }

  /** The template's 马莲渠乡 row, received days ago, with some cells changed, as a CSV file written cell for cell. */
  function recentCsv(changes: Record<string, string> = {}): Buffer {
    const row = [...recent.rows[0]!];
    for (const [header, value] of Object.entries(changes)) row[column(header)] = value;
    return Buffer.from(stringify([recent.headers, row]));
  }

  async function stillServing(): Promise<void> {
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    const again = await upload(clerk, recentCsv(), 'again.csv');
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ imported: 1, committed: true });
  }

  describe('finding 1: a malformed upload is answered 400 and the server keeps serving', () => {
    const multipart = (): Record<string, string> => ({
      ...clerk,
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    });

    it('a body that ends without its closing boundary ("Unexpected end of form")', async () => {
      const body = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\nContent-Type: text/csv\r\n\r\n案件编号,标题\r\n`;
      const answer = await rawPost(
        `${api.url}/import/cases`,
        {
          ...multipart(),
          'content-length': String(Buffer.byteLength(body)),
        },
        [body],
      );
      expect(answer!.status).toBe(400);
      const error = (JSON.parse(answer!.body) as ErrorBody).errors[0]!;
      expect(error.extensions).toEqual({ code: 'BAD_REQUEST', field: 'file' });
      expect(error.message).toMatch(
        /^(the upload is incomplete|malformed multipart body): Unexpected end of/,
      );
      await stillServing();
    });

    it.each<[string, string, RegExp]>([
      [
        'the same, sent chunked',
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\n\r\nabc`,
        /Unexpected end of/,
      ],
      [
        'a part header that never ends',
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"`,
        /Unexpected end of form|Malformed part header/,
      ],
      [
        'a part header over 16 KB (malformed)',
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${'x'.repeat(20_000)}"\r\n\r\nabc\r\n${CLOSE}`,
        /Malformed part header/,
      ],
      [
        'a file part without a name',
        part('form-data; filename="a.csv"', 'a,b') + CLOSE,
        /^unexpected file part without a name: send the sheet as "file"$/,
      ],
      [
        'a file part under another name',
        part('form-data; name="sheet"; filename="a.csv"', 'a,b') + CLOSE,
        /^unexpected file part "sheet"/,
      ],
      [
        'two files',
        part('form-data; name="file"; filename="a.csv"', 'a,b') +
          part('form-data; name="file"; filename="b.csv"', 'a,b') +
          CLOSE,
        /^send one file per import$/,
      ],
      [
        'a flood of fields',
        Array.from({ length: 50 }, (_, i) => part(`form-data; name="f${i}"`, 'x', 'text/plain')).join('') +
          CLOSE,
        /^more than 10 form fields$/,
      ],
      [
        'no file at all',
        part('form-data; name="note"', 'x', 'text/plain') + CLOSE,
        /^no multipart field "file"$/,
      ],
    ])('%s', async (_what, body, message) => {
      // Chunked (no Content-Length): the request ends where the body does.
      const answer = await rawPost(`${api.url}/import/cases`, multipart(), [body]);
      expect(answer!.status).toBe(400);
      const error = (JSON.parse(answer!.body) as ErrorBody).errors[0]!;
      expect(error.extensions.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(message);
      await stillServing();
    });

    it('a body that is not multipart, or multipart without a boundary', async () => {
      for (const type of ['text/csv', 'multipart/form-data']) {
        const answer = await rawPost(`${api.url}/import/cases`, { ...clerk, 'content-type': type }, ['a,b']);
        expect(answer!.status).toBe(400);
        const error = (JSON.parse(answer!.body) as ErrorBody).errors[0]!;
        expect(error.extensions.code).toBe('BAD_REQUEST');
        expect(error.message).toMatch(/^expected multipart\/form-data/);
      }
      await stillServing();
    });

    it('a client that goes away mid-upload', async () => {
      const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n`;
      const answer = await rawPost(
        `${api.url}/import/cases`,
        { ...multipart(), 'content-length': String(10 * 1024 * 1024) },
        [head, 'x'.repeat(64 * 1024), 'never sent'],
        2,
      );
      expect(answer).toBeNull();
      await stillServing();
    });

    it('a file over 50 MB is answered 413', async () => {
      const response = await upload(clerk, Buffer.alloc(50 * 1024 * 1024 + 1, 0x61), 'huge.csv');
      expect(response.status).toBe(413);
      const error = ((await response.json()) as ErrorBody).errors[0]!;
      expect(error).toEqual({
        message: 'file larger than 50 MB',
        extensions: { code: 'PAYLOAD_TOO_LARGE', field: 'file' },
      });
      await stillServing();
    });
  });

  describe('finding 4: a small XLSX that unzips to 60 MB is refused before it is parsed', () => {
    it('answers 413 naming the limit, and a normal XLSX import still works', async () => {
      const bomb = deflatedZip(
        await templateWith((rows) => rows + inlineRows(15_000, '村民反映'.repeat(25))),
      );
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      const response = await upload(clerk, bomb, 'bomb.xlsx');
      expect(response.status).toBe(413);
      const error = ((await response.json()) as ErrorBody).errors[0]!;
      // "declares": refused on the zip directory's sizes, before a byte was inflated.
      expect(error.message).toMatch(/^the workbook declares more than 20 MB of content once unzipped/);
      expect(error.extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        field: 'file',
        limit: 'xlsxInflatedBytes',
        max: 20 * 1024 * 1024,
      });
      const normal = await upload(clerk, templateXlsx(), 'template.xlsx');
      // The template's second row is in 扁担沟镇, outside this clerk's area: refused as a row, not a file.
      expect(normal.status).toBe(422);
      expect(await normal.json()).toMatchObject({ rows: 2, valid: 1, rejected: 1 });
      // Its valid row is dated June 2023, a closed month: the clerk's partial import is refused whole,
      // the administrator's with a reason goes in as a revision — the workbook read fine both times.
      const cases = async () =>
        Number(
          ((await api.dataSource.query('SELECT count(*) AS n FROM petition_case')) as { n: unknown }[])[0]!.n,
        );
      const before = await cases();
      const closed = await upload(clerk, templateXlsx(), 'template.xlsx', '?partial=1');
      expect(closed.status).toBe(403);
      expect(((await closed.json()) as ErrorBody).errors[0]!.extensions).toMatchObject({
        code: 'PERIOD_CLOSED',
        // Received, closed and rated in June; its statutory due date (60 days) in August.
        months: ['2023-06', '2023-08'],
      });
      expect(await cases()).toBe(before);
      const revised = await upload(admin, templateXlsx(), 'template.xlsx', '?partial=1&reason=paper%20files');
      expect(revised.status).toBe(200);
      expect(await revised.json()).toMatchObject({ imported: 2, committed: true });
    });
  });

  describe('finding 13: exported cells never start a formula, and re-import unchanged', () => {
    const TITLE = '=HYPERLINK("http://x","y")';
    const SUMMARY = '@SUM(1)';
    const CODE = `LT-${localDate(new Date()).slice(0, 4)}-900001`;
    let fresh: { db: TestDatabase; ds: DialectDataSource };

    beforeAll(async () => {
      fresh = await (async () => {
        const db = await createTestDatabase(dialect);
        const ds = await openDatabase({ database: db.config, idNumbers: api.idNumbers });
        await loadSeed(ds, api.idNumbers, { until: '2021-01-31', cases: 5 });
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
      })();
      // A hostile clerk's file: the cells as typed, no quote (the importer leaves them as they are).
      const response = await upload(
        clerk,
        recentCsv({ 案件编号: CODE, 标题: TITLE, 摘要: SUMMARY, 延期理由: '' }),
        'formula.csv',
      );
      expect(response.status).toBe(200);
      const stored: { title: string; summary: string }[] = await api.dataSource.query(
        `SELECT title, summary FROM petition_case WHERE code = '${CODE}'`,
      );
      expect(stored).toEqual([{ title: TITLE, summary: SUMMARY }]);
    });
    afterAll(async () => {
      await fresh?.ds.destroy();
      await fresh?.db.drop();
    });

    // The day the recent rows were received (the clerk's cases of this suite, in an open month).
    const receivedDay = (): string => recent.rows[0]![column('登记时间')]!.slice(0, 10);
    const filter = (): string =>
      encodeURIComponent(JSON.stringify({ from: receivedDay(), to: receivedDay() }));

    async function exported(format: 'csv' | 'xlsx'): Promise<{ file: Buffer; cells: string[] }> {
      const response = await fetch(`${api.url}/export/cases.${format}?filter=${filter()}`, {
        headers: clerk,
      });
      expect(response.status).toBe(200);
      const file = Buffer.from(await response.arrayBuffer());
      let rows: string[][];
      if (format === 'csv') rows = parseCsvSync(file, { bom: true }) as string[][];
      else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file as unknown as ArrayBuffer);
        rows = [];
        workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as string[]).slice(1)));
      }
      const row = rows.find((r) => r[column('案件编号')] === CODE)!;
      return { file, cells: row };
    }

    it.each(['csv', 'xlsx'] as const)(
      '%s: the cells start with a quote; re-imported, the text is the original',
      async (format) => {
        const { file, cells } = await exported(format);
        expect(cells[column('标题')]).toBe(`'${TITLE}`);
        expect(cells[column('摘要')]).toBe(`'${SUMMARY}`);
        // Numbers stay numbers: 人数 is not escaped.
        expect(cells[column('人数')]).toBe('1');
        await fresh.ds.query('DELETE FROM case_day_rollup');
        await fresh.ds.query('DELETE FROM case_township_rollup');
        await fresh.ds.query('DELETE FROM case_month_rollup');
        await fresh.ds.query('DELETE FROM case_event');
        await fresh.ds.query('DELETE FROM case_petitioner');
        await fresh.ds.query('DELETE FROM case_fact_version');
        await fresh.ds.query('DELETE FROM petition_case');
        const { report } = await importCases(fresh.ds, api.idNumbers, file, { fileName: `export.${format}` });
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
      const q = (sql: string): Promise<{ id: number | string; code: string }[]> => api.dataSource.query(sql);
      const [repeat] = await q(
        `SELECT id, code FROM petition_case WHERE township_code = '${malian}' AND matter_type <> 'ACCUSATION' ORDER BY id LIMIT 1`,
      );
      const [accusation] = await q(
        `SELECT id, code FROM petition_case WHERE township_code <> '${malian}' AND matter_type = 'ACCUSATION' ORDER BY id LIMIT 1`,
      );
      repeatCode = repeat!.code;
      accusationCode = accusation!.code;
      // The 马莲渠乡 petitioner also filed an accusation in another township: the repeat mark links them.
      await api.dataSource.query(
        `UPDATE petition_case SET repeat_of_id = ${Number(accusation!.id)} WHERE id = ${Number(repeat!.id)}`,
      );
    });

    async function repeatOfCell(headers: Record<string, string>, format: 'csv' | 'xlsx'): Promise<string> {
      const response = await fetch(`${api.url}/export/cases.${format}`, { headers });
      expect(response.status).toBe(200);
      const file = Buffer.from(await response.arrayBuffer());
      let rows: string[][];
      if (format === 'csv') rows = parseCsvSync(file, { bom: true }) as string[][];
      else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file as unknown as ArrayBuffer);
        rows = [];
        workbook.worksheets[0]!.eachRow((row) => rows.push(Array.from(row.values as string[]).slice(1)));
      }
      const row = rows.find((r) => r[column('案件编号')] === repeatCode);
      expect(row).toBeDefined();
      return row![column('重复访原案件编号')] ?? '';
    }

    it.each(['csv', 'xlsx'] as const)(
      '%s: empty for a 马莲渠乡 clerk, the code for an administrator',
      async (format) => {
        expect(await repeatOfCell(clerk, format)).toBe('');
        expect(await repeatOfCell(admin, format)).toBe(accusationCode);
      },
    );

    it('agrees with GraphQL, which answers repeatOf null to the clerk', async () => {
      const [row] = (await api.dataSource.query(
        `SELECT id FROM petition_case WHERE code = '${repeatCode}'`,
      )) as { id: number | string }[];
      const query = `query($id: ID!) { case(id: $id) { code repeatOf { code } } }`;
      const asClerk = await api.graphqlAs<{ case: { repeatOf: unknown } }>(
        await api.headersOf('malian-clerk'),
        query,
        { id: String(row!.id) },
      );
      expect(asClerk.data?.case.repeatOf).toBeNull();
      const asAdmin = await api.graphql<{ case: { repeatOf: { code: string } } }>(query, {
        id: String(row!.id),
      });
      expect(asAdmin.data?.case.repeatOf).toEqual({ code: accusationCode });
    });

    it('the direct export (CLI, tests) applies the same rule for a clerk policy', async () => {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      await exportCases(
        api.dataSource,
        api.idNumbers,
        selectCases({}, new Date(), new AccessPolicy(clerkUser)),
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

describe('errors no route expected (Express 5 passes rejected handlers on)', () => {
  /** The transfer router alone on a bare app, over dependencies that fail where a test says. */
  async function serve(deps: Partial<Parameters<typeof createTransferRouter>[0]>): Promise<{
    url: string;
    close(): Promise<void>;
  }> {
    const app = express();
    app.use(createTransferRouter(deps as Parameters<typeof createTransferRouter>[0]));
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const { port } = server.address() as { port: number };
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  const someClerk: AuthUser = {
    id: 1,
    username: 'c',
    displayName: 'c',
    role: Role.CLERK,
    scope: {},
    leaderId: null,
    unitId: null,
  };
  const failingDatabase = {
    query: () => Promise.reject(new Error('connection refused: db.internal:5432')),
  } as unknown as DialectDataSource;

  it.each([
    ['the sign-in check throws', { userOf: () => Promise.reject(new Error('token store down')) }],
    ['the database fails during an import', { userOf: async () => someClerk, dataSource: failingDatabase }],
  ])('%s: a typed JSON 500 without the detail', async (_what, deps) => {
    const server = await serve(deps);
    try {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from('标题\r\nx\r\n')]), 'a.csv');
      const response = await fetch(`${server.url}/import/cases`, { method: 'POST', body: form });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({
        errors: [
          { message: 'the request failed on the server', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
    } finally {
      await server.close();
    }
  });
});
